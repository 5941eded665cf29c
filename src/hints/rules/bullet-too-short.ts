/** BULLET_TOO_SHORT: a bullet with too few words to say what was done. */
import { bulletPlace } from "../place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "BULLET_TOO_SHORT",
    scope: "bullet",
    severity: "info",
    description: "A bullet has fewer than 4 words: too little to show what was done.",
    docs: {
      why: "\"Built APIs\" tells a recruiter nothing they can weigh: not what, with what, for whom or with what result. An ATS finds few keywords in it.",
      fires: { bullets: ["Built APIs"] },
      passes: { bullets: ["Built the payment API in Python for 3 mobile apps"] },
    },
    options: {
      minWords: { type: "integer", default: 4, minimum: 1, description: "Fewest words of a useful bullet." },
    },
  },
  check(t, ctx) {
    if (t.words >= ctx.options.minWords) return;
    ctx.report({
      message: `The bullet has only ${t.words} word${t.words === 1 ? "" : "s"}.`,
      place: bulletPlace(t.resume, t.bullet, t.index),
      section: t.bullet.section,
      quote: t.text,
      suggestion: "Say what you did, with what, and the result: \"Built X with Y, cutting Z by N %\".",
    });
  },
});
