/** EXPERIENCE_BELOW_LEVEL: fewer years on the resume than the level usually asks for. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "EXPERIENCE_BELOW_LEVEL",
    scope: "role",
    severity: "info",
    description: "With a level, the dated roles add up to fewer years than the role's postings at that level usually ask for.",
    docs: {
      why: "ATS filters and recruiters compare years of experience with the level; roles without dates count as no years, which is the usual cause.",
      details: "Years come from the dated experience entries (overlaps counted once); the ranges per level come from the role file's `yearsByLevel`.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], level: "lead" },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], level: "junior" },
    },
  },
  check(t, ctx) {
    const range = ctx.level ? t.role.yearsByLevel?.[ctx.level] : undefined;
    if (!range || t.years <= 0) return;
    const [lo, hi] = range;
    if (t.years >= lo) return;
    ctx.report({
      message: `The dated roles add up to ${t.years} years; ${ctx.level} ${t.role.title} postings usually ask for ${lo}–${hi}.`,
      suggestion: "Check that every role has its dates (month and year), including internships and freelance work.",
    });
  },
});
