/** UNQUANTIFIED_BULLET: a bullet of work without a measured result. */
import { bulletPlace } from "../place.js";
import { defineRule } from "../rule.js";
import { suggestMetric } from "../suggest.js";

export const rule = defineRule({
  meta: {
    code: "UNQUANTIFIED_BULLET",
    scope: "bullet",
    severity: "warning",
    description: "An experience, project or volunteer bullet has no measured result (%, $, count with a unit, time, before→after).",
    docs: {
      why: "Recruiters skim for impact, and a number is the fastest proof of it: \"cut p95 latency from 420 ms to 95 ms\" says what a bullet without one only claims. The score's quantified component counts these bullets.",
      details: "A metric is a percent, an amount of money, a count with a unit (\"12 services\", \"3M requests/day\"), a duration, a rate, a size, a multiplier or a before→after pair. The suggestion names the kind of number that fits the bullet's verb (latency for \"optimized\", throughput for \"scaled\") and never invents the figure.",
      fires: { bullets: ["Optimized slow PostgreSQL queries for the reporting service"] },
      passes: { bullets: ["Cut p95 latency of the reporting service from 420 ms to 95 ms by rewriting its PostgreSQL queries"] },
    },
    options: {
      minWords: { type: "integer", default: 4, minimum: 1, description: "Bullets with fewer words are left to BULLET_TOO_SHORT." },
    },
  },
  check(t, ctx) {
    if (t.metrics.length > 0 || t.words < ctx.options.minWords) return;
    ctx.report({
      message: "This bullet has no measured result. Numbers (%, time, users, cost) show impact.",
      place: bulletPlace(t.resume, t.bullet, t.index),
      section: t.bullet.section,
      quote: t.text,
      suggestion: suggestMetric(t.opening),
    });
  },
});
