/** MUST_HAVE_ONLY_LISTED: a must-have named only in a skills list. */
import { keywordPlace } from "../keyword-place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "MUST_HAVE_ONLY_LISTED",
    scope: "role",
    severity: "warning",
    description: "A must-have keyword appears only in a skills list, never in a bullet that shows it in use.",
    docs: {
      why: "Recruiters and newer ATS weigh a skill shown in use (\"Built X with Kafka\") above a name in a list; a must-have only listed earns no context points in the score.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL for 3 mobile apps, serving 2,000 requests/s"], skills: "Python, PostgreSQL, Docker" },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], skills: "Python, PostgreSQL, Docker" },
    },
  },
  check(t, ctx) {
    for (const r of t.mustHave) {
      if (r.status === "missing" || r.status === "hedged" || r.evidence !== "listed") continue;
      ctx.report({
        message: `${r.label} is a must-have but appears only in a skills list: show where you used it.`,
        place: keywordPlace(r, t.found),
        suggestion: `Add a bullet under Experience or Projects naming ${r.label} and what it achieved.`,
        skillId: r.id,
      });
    }
  },
});
