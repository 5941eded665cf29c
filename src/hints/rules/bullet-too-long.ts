/** BULLET_TOO_LONG: a bullet with too many words, or wrapped over too many lines. */
import { bulletPlace } from "../place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "BULLET_TOO_LONG",
    scope: "bullet",
    severity: "info",
    description: "A bullet has more than 40 words, or wraps over more than 2 lines with at least 25 words; recruiters skim.",
    docs: {
      why: "Recruiters spend seconds per resume and read the start of each bullet. A long bullet buries its result, and one idea per bullet is easier to scan and to match.",
      details: "Lines alone mislead in a narrow column (11 words can take 3 lines there), so the line count counts only from `minWordsForLineRule` words up.",
      fires: {
        bullets: [
          "Designed, built and operated the event ingestion platform for the analytics team, working closely with product managers, data scientists and three other backend teams to define the schemas, retention rules, replay tooling and alerting, and then migrated all of the legacy cron jobs onto it",
        ],
      },
      passes: { bullets: ["Built the event ingestion platform on Kafka, handling 40,000 events/s for 3 analytics teams"] },
    },
    options: {
      maxWords: { type: "integer", default: 40, minimum: 1, description: "Most words of a bullet." },
      maxLines: { type: "integer", default: 2, minimum: 1, description: "Most lines a bullet may wrap over..." },
      minWordsForLineRule: { type: "integer", default: 25, minimum: 1, description: "...counted only when the bullet has at least this many words." },
    },
  },
  check(t, ctx) {
    const { maxWords, maxLines, minWordsForLineRule } = ctx.options;
    const lines = t.bullet.endLine - t.bullet.line + 1;
    if (!(t.words > maxWords || (lines > maxLines && t.words >= minWordsForLineRule))) return;
    ctx.report({
      message: `The bullet has ${t.words} words over ${lines} line${lines === 1 ? "" : "s"}; recruiters skim.`,
      place: bulletPlace(t.resume, t.bullet, t.index),
      section: t.bullet.section,
      quote: t.text,
      suggestion: `Keep one idea per bullet, at most ${maxWords} words and ${maxLines} lines: action, what, measured result. Split the rest into a second bullet.`,
    });
  },
});
