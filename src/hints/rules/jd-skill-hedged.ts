/** JD_SKILL_HEDGED: a skill the posting asks for appears only hedged. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "JD_SKILL_HEDGED",
    scope: "job",
    severity: "info",
    description: "With a job description: a skill the posting asks for appears in the resume only hedged (\"familiar with\").",
    docs: {
      why: "The ATS finds the keyword, but the recruiter reads \"familiar with\" as not yet used in earnest.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL for 3 mobile apps, serving 2,000 requests/s", "Familiar with Docker from side projects and 2 hackathons"], jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL and Docker\n" },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL and Docker\n" },
    },
  },
  check(t, ctx) {
    for (const s of [...t.posting.required, ...t.posting.preferred]) {
      const f = t.found.get(s.id);
      if (!f || !f.hedged || f.implied) continue;
      ctx.report({
        message: `The posting asks for ${s.name}; the resume only says it is familiar with it.`,
        suggestion: `Show ${s.name} in use in a bullet, if you have used it.`,
        skillId: s.id,
      });
    }
  },
});
