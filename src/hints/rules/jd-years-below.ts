/** JD_YEARS_BELOW: fewer years on the resume than the posting asks for. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "JD_YEARS_BELOW",
    scope: "job",
    severity: "warning",
    description: "With a job description: the resume's dated roles add up to fewer years than the posting asks for.",
    docs: {
      why: "Many ATS filter on years of experience; undated roles count as none, which is the usual cause.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], jobDescription: "Backend Engineer\n\nRequirements\n- 10+ years building services in Python\n- PostgreSQL and Docker\n" },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], jobDescription: "Backend Engineer\n\nRequirements\n- 2+ years building services in Python\n- PostgreSQL and Docker\n" },
    },
  },
  check(t, ctx) {
    const required = t.posting.yearsRequired;
    if (required === null || t.yearsOnResume >= required) return;
    ctx.report({
      message: `The posting asks for ${required}+ years; the resume shows ${t.yearsOnResume}.`,
      suggestion: "Make sure every relevant role has dates, including internships and contract work.",
    });
  },
});
