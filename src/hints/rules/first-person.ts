/** FIRST_PERSON: a bullet with "I", "me", "my", or opening with "we"/"our". */
import { bulletPlace } from "../place.js";
import { defineRule } from "../rule.js";

const FIRST_PERSON_ANY = /(?:^|[\s(])(I|me|my|myself|My|Me|Myself)(?=$|[\s,;:!?)'.\u2019])/;
const FIRST_PERSON_START = /^(we|our|us)\b/i;

export const rule = defineRule({
  meta: {
    code: "FIRST_PERSON",
    scope: "bullet",
    severity: "info",
    description: "A bullet uses \"I\", \"me\", \"my\" or opens with \"we\"/\"our\"; resumes drop the pronoun.",
    docs: {
      why: "Resume bullets are written without the pronoun by convention; \"I\" reads as informal, and \"we\" hides which part was yours.",
      details: "\"I/O\" and the acronym \"IO\" are not pronouns and are not flagged.",
      fires: { bullets: ["We migrated 40 services to Kubernetes in 6 months"] },
      passes: { bullets: ["Migrated 40 services to Kubernetes in 6 months, cutting disk I/O by 30 %"] },
    },
  },
  check(t, ctx) {
    let start: number;
    let word: string;
    const any = FIRST_PERSON_ANY.exec(t.text);
    if (any) {
      word = any[1]!;
      start = any.index + any[0].length - word.length;
    } else {
      const lead = t.text.replace(/^[^A-Za-z]+/, "");
      const m = FIRST_PERSON_START.exec(lead);
      if (!m) return;
      word = m[1]!;
      start = t.text.length - lead.length;
    }
    ctx.report({
      message: `The bullet uses "${word}"; resume bullets leave out the pronoun.`,
      place: bulletPlace(t.resume, t.bullet, t.index, start, start + word.length),
      section: t.bullet.section,
      quote: t.text,
      suggestion: "Drop the pronoun and start with the verb: \"I built X\" → \"Built X\"; \"We migrated\" → \"Migrated\" (say your part).",
    });
  },
});
