/** WEAK_OPENING: a bullet that opens with a duty phrase instead of an action verb. */
import { bulletPlace } from "../place.js";
import { defineRule } from "../rule.js";

const WEAK_OPENINGS: ReadonlyArray<[RegExp, string]> = [
  [/^responsible\s+for\b/i, "Responsible for"],
  [/^worked\s+(on|with|in)\b/i, "Worked on"],
  [/^helped\b/i, "Helped"],
  [/^assist(ed|ing)?\b/i, "Assisted"],
  [/^(was\s+)?involved\s+in\b/i, "Involved in"],
  [/^participated\s+in\b/i, "Participated in"],
  [/^duties\s+includ(ed|e)\b/i, "Duties included"],
  [/^tasked\s+with\b/i, "Tasked with"],
  [/^(was\s+)?in\s+charge\s+of\b/i, "In charge of"],
  [/^contributed\s+to\b/i, "Contributed to"],
  [/^exposure\s+to\b/i, "Exposure to"],
];

const STRONG_VERBS = "Built, Designed, Led, Migrated, Automated, Cut, Scaled, Shipped, Owned";

export const rule = defineRule({
  meta: {
    code: "WEAK_OPENING",
    scope: "bullet",
    severity: "warning",
    description: "A bullet opens with a duty phrase (\"Responsible for\", \"Worked on\", \"Helped with\") instead of an action verb.",
    docs: {
      why: "The first words of a bullet are the ones a recruiter reads. A duty phrase says what the job was, not what you did, and it hides your part when the work was shared.",
      fires: { bullets: ["Responsible for the billing API and its on-call rotation"] },
      passes: { bullets: ["Built the billing API, serving 2,000 requests/s with 99.95 % uptime"] },
    },
  },
  check(t, ctx) {
    const at = t.text.length - t.opening.length;
    for (const [re, phrase] of WEAK_OPENINGS) {
      const m = re.exec(t.opening);
      if (!m) continue;
      ctx.report({
        message: `The bullet opens with "${phrase}", which describes a duty, not what you did.`,
        place: bulletPlace(t.resume, t.bullet, t.index, at, at + m[0].length),
        section: t.bullet.section,
        quote: t.text,
        suggestion: `Start with an action verb and the result: ${STRONG_VERBS}... e.g. "${phrase} the billing API" → "Built the billing API, serving N requests/s".`,
      });
      return;
    }
  },
});
