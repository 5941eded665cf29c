/** AVOID_PHRASE: an overused or vague phrase from the avoid lists. */
import { linePlace } from "../place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "AVOID_PHRASE",
    scope: "role",
    severity: "warning",
    description: "An overused or vague phrase (\"team player\", \"results-driven\", \"responsible for\") from the shared or the role's avoid list.",
    docs: {
      why: "Recruiters skip buzzwords and clichés: they claim a quality without showing it, and they cost points in the score (−2 each, up to −10).",
      details: "A phrase that allows evidence (\"scalable\") is excused when a metric backs it in the same bullet. A weak opening (\"Responsible for\") that already has a WEAK_OPENING hint on the same bullet is not repeated here; it still costs its points.",
      fires: { bullets: ["Results-driven team player who built the payment API in Python for 3 mobile apps"] },
      passes: { bullets: ["Built the payment API in Python with 2 other engineers for 3 mobile apps, serving 2,000 requests/s"] },
    },
  },
  check(t, ctx) {
    for (const a of t.avoid) {
      if (a.excused) continue;
      ctx.report({
        message: `"${a.matched}" is an overused or vague phrase.`,
        place: linePlace(a.line, a.start, a.end),
        section: a.section,
        quote: a.matched,
        suggestion: a.suggestion,
        data: { avoidKind: t.avoidKind.get(a.id) ?? "buzzword", matched: a.matched },
      });
    }
  },
});
