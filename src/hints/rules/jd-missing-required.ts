/** JD_MISSING_REQUIRED: a skill the job posting requires is not in the resume. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "JD_MISSING_REQUIRED",
    scope: "job",
    severity: "error",
    description: "With a job description: a skill the posting requires is not in the resume.",
    docs: {
      why: "Recruiters search the ATS with the posting's requirements first; a required skill the resume never names keeps it out of those searches.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], jobDescription: "Backend Engineer\n\nRequirements\n- 3+ years building services in Python\n- PostgreSQL, Docker and Kafka\n" },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL and Kafka, shipped in Docker images to 3 regions, serving 2,000 requests/s"], jobDescription: "Backend Engineer\n\nRequirements\n- 3+ years building services in Python\n- PostgreSQL, Docker and Kafka\n" },
    },
  },
  check(t, ctx) {
    for (const id of t.requiredMissing) {
      const name = t.posting.required.find((s) => s.id === id)?.name ?? id;
      ctx.report({
        message: `The posting requires ${name}, and the resume does not mention it.`,
        suggestion: `If you have used ${name}, name it in a bullet that shows what you did with it.`,
        skillId: id,
      });
    }
  },
});
