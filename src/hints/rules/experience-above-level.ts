/** EXPERIENCE_ABOVE_LEVEL: far more years on the resume than the level's range. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "EXPERIENCE_ABOVE_LEVEL",
    scope: "role",
    severity: "info",
    description: "With a level, the dated roles add up to well over (5 years past) the top of the level's usual range.",
    docs: {
      why: "Recruiters read a large gap between experience and the level applied for as a mismatch (over-qualified, or a level set by mistake).",
      fires: {
        bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"],
        earlierRole: { title: "Developer, Initech", dates: "Mar 2008 – Dec 2020", bullets: ["Maintained the billing system's 40 batch jobs in Java"] },
        level: "junior",
      },
      passes: {
        bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"],
        earlierRole: { title: "Developer, Initech", dates: "Mar 2008 – Dec 2020", bullets: ["Maintained the billing system's 40 batch jobs in Java"] },
        level: "lead",
      },
    },
    options: {
      yearsOver: { type: "integer", default: 5, minimum: 0, description: "Years past the top of the level's range before the rule fires." },
    },
  },
  check(t, ctx) {
    const range = ctx.level ? t.role.yearsByLevel?.[ctx.level] : undefined;
    if (!range || t.years <= 0) return;
    const [lo, hi] = range;
    if (t.years < lo || t.years <= hi + ctx.options.yearsOver) return;
    ctx.report({
      message: `The dated roles add up to ${t.years} years, well above the usual ${lo}–${hi} for a ${ctx.level} role.`,
      suggestion: "Consider applying at a more senior level, or trim the oldest roles to a line each.",
    });
  },
});
