/** JD_MISSING_PREFERRED: a skill the job posting would like is not in the resume. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "JD_MISSING_PREFERRED",
    scope: "job",
    severity: "info",
    description: "With a job description: a skill the posting lists as preferred (\"nice to have\") is not in the resume.",
    docs: {
      why: "Preferred skills rank one matching resume above another in an ATS search; add the ones you have used.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL and Docker\n\nNice to have\n- Kubernetes\n" },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 Kubernetes clusters, serving 2,000 requests/s"], jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL and Docker\n\nNice to have\n- Kubernetes\n" },
    },
  },
  check(t, ctx) {
    for (const id of t.preferredMissing) {
      const name = t.posting.preferred.find((s) => s.id === id)?.name ?? id;
      ctx.report({ message: `The posting would like ${name}; the resume does not mention it.`, skillId: id });
    }
  },
});
