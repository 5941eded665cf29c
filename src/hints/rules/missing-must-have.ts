/** MISSING_MUST_HAVE: a must-have keyword of the role is not in the resume. */
import { labelWithOptions } from "../keyword-place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "MISSING_MUST_HAVE",
    scope: "role",
    severity: "error",
    description: "A must-have keyword of the role (or a skill the job posting requires) is missing from the resume.",
    docs: {
      why: "Recruiters filter an ATS by the skills a role cannot do without; a resume that never names one is left out of the search, whatever else it shows. Must-haves are half of the score.",
      details: "An entry with options (\"a backend language\") is met by any one of its skills; a skill implied by a narrower one (MySQL → SQL) counts.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL for 3 mobile apps, serving 2,000 requests/s"] },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"] },
    },
  },
  check(t, ctx) {
    for (const r of t.mustHave) {
      if (r.status !== "missing") continue;
      ctx.report({
        message: `Must-have keyword for ${t.role.title} is missing: ${labelWithOptions(r)}.`,
        suggestion: "If you have used it, name it in an experience bullet that says what you did with it, and list it under Skills.",
        skillId: r.id,
      });
    }
  },
});
