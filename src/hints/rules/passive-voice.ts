/** PASSIVE_VOICE: a bullet in the passive voice. */
import { bulletPlace } from "../place.js";
import { defineRule } from "../rule.js";

/** Past participles that are not regular "-ed" forms. */
const IRREGULAR_PARTICIPLES =
  "built|led|made|written|run|done|given|taken|driven|shown|known|chosen|grown|held|kept|set|sent|spent|brought|taught|found|won|rewritten|overseen|undertaken|responsible";
const PASSIVE = new RegExp(`\\b(was|were|been|being)\\s+(?:[a-z]+ly\\s+)?((?:[a-z]+ed)|${IRREGULAR_PARTICIPLES})\\b`, "i");
/** Passives that report recognition, which reads fine ("was promoted"). */
const OK_PASSIVES: ReadonlySet<string> = new Set([
  "promoted", "awarded", "selected", "recognized", "recognised", "nominated", "invited", "named", "chosen", "elected", "hired", "asked", "based", "located", "tasked", "involved", "interested", "focused", "engaged",
]);

export const rule = defineRule({
  meta: {
    code: "PASSIVE_VOICE",
    scope: "bullet",
    severity: "info",
    description: "A bullet uses the passive (\"was responsible\", \"were migrated by me\"), which hides who did the work.",
    docs: {
      why: "A recruiter wants to know what you did. \"The services were migrated\" leaves it open whether you migrated them; \"Migrated 40 services\" does not.",
      details: "A form of \"to be\" followed by a past participle. Passives that report recognition (\"was promoted\", \"was awarded\") are fine and are not flagged.",
      fires: { bullets: ["The payment services were migrated to Kubernetes, cutting deploy time by 60 %"] },
      passes: { bullets: ["Migrated the payment services to Kubernetes, cutting deploy time by 60 %"] },
    },
  },
  check(t, ctx) {
    const m = PASSIVE.exec(t.text);
    if (!m || OK_PASSIVES.has(m[2]!.toLowerCase())) return;
    ctx.report({
      message: `"${m[0]}" is passive; it hides who did the work.`,
      place: bulletPlace(t.resume, t.bullet, t.index, m.index, m.index + m[0].length),
      section: t.bullet.section,
      quote: t.text,
      suggestion: "Rewrite in the active voice with you as the doer: \"was responsible for migrating X\" → \"Migrated X\".",
    });
  },
});
