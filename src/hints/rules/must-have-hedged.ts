/** MUST_HAVE_HEDGED: a must-have the resume only says it is familiar with. */
import { keywordPlace } from "../keyword-place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "MUST_HAVE_HEDGED",
    scope: "role",
    severity: "warning",
    description: "A must-have keyword appears only hedged (\"familiar with\", \"exposure to\", \"learning\").",
    docs: {
      why: "\"Familiar with Kubernetes\" tells a recruiter you have not used it in earnest; for a must-have that is often a reason to pass. It earns half the credit in the score.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL for 3 mobile apps, serving 2,000 requests/s", "Familiar with Docker from side projects and 2 hackathons"] },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"] },
    },
  },
  check(t, ctx) {
    for (const r of t.mustHave) {
      if (r.status !== "hedged") continue;
      ctx.report({
        message: `${r.label} is a must-have, but the resume only says you are familiar with it or learning it.`,
        place: keywordPlace(r, t.found),
        suggestion: `If you have used ${r.label} in real work, say where and what you built with it; drop "familiar with".`,
        skillId: r.id,
      });
    }
  },
});
