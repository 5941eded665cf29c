/** WEAK_OPENING: a bullet that opens with a duty phrase, a gerund or a noun phrase instead of an action verb. */
import type { OpeningKind } from "../bullet-grammar.js";
import { dutyPhraseAt } from "../duty-phrases.js";
import { bulletPlace } from "../place.js";
import { defineRule, type BulletTarget } from "../rule.js";
import { verbLexicon } from "../verb-lexicon.js";
import { grammarOfTarget } from "../writing.js";

const STRONG_VERBS = "Built, Designed, Led, Migrated, Automated, Cut, Scaled, Shipped, Owned";

/** A weak opening: what kind, the words, and their offsets in the bullet's text. */
interface Weak {
  kind: Extract<OpeningKind, "duty" | "gerund" | "noun-phrase">;
  phrase: string;
  start: number;
  end: number;
}

/** Without compromise: a duty phrase, or a gerund of a known verb, after any marker, pronoun and adverb. */
function weakWithoutGrammar(t: BulletTarget): Weak | null {
  const lead = /^(?:[A-Za-z]+ly\s+)?/.exec(t.opening)![0];
  const at = t.text.length - t.opening.length + lead.length;
  const rest = t.opening.slice(lead.length);
  const duty = dutyPhraseAt(rest);
  if (duty) return { kind: "duty", phrase: duty.phrase, start: at, end: at + duty.length };
  const word = /^[A-Za-z]+/.exec(rest)?.[0];
  if (word && /ing$/i.test(word) && verbLexicon().form(word.toLowerCase())?.kinds.has("gerund")) return { kind: "gerund", phrase: word, start: at, end: at + word.length };
  return null;
}

function message(w: Weak): string {
  if (w.kind === "duty") return `The bullet opens with "${w.phrase}", which describes a duty, not what you did.`;
  if (w.kind === "gerund") return `The bullet opens with "${w.phrase}", an -ing form: it describes an activity, not what you did.`;
  return `The bullet opens with a noun phrase ("${w.phrase}"), not with what you did.`;
}

export const rule = defineRule({
  meta: {
    code: "WEAK_OPENING",
    scope: "bullet",
    severity: "warning",
    description: "A bullet opens with a duty phrase (\"Responsible for\", \"Worked on\", \"Helped with\"), a gerund (\"Working on\") or a noun phrase (\"Involvement in\") instead of an action verb.",
    docs: {
      why: "The first words of a bullet are the ones a recruiter reads. A duty phrase or a noun phrase says what the job was, not what you did, and it hides your part when the work was shared; an -ing form describes an activity without an outcome.",
      details:
        "Duty phrases: \"Responsible for\", \"Worked on/with\", \"Helped\", \"Assisted\", \"(Was) involved in\", \"Participated in\", \"Duties included\", \"Tasked with\", \"In charge of\", \"Contributed to\", \"Exposure to\", \"Part of\", also after \"was\" or an adverb (\"Worked closely with\"). Gerunds (\"Designing and building...\") are found by the verbs of `keywords/verbs.json`. With `grammar: true` (the CLI's text, Markdown and HTML output turn it on) compromise's tags also find noun-phrase openings (\"Involvement in\", \"Design and implementation of\", \"Lead engineer for\", \"Distributed tracing rollout\") and gerunds of any verb. A bullet that opens with a figure (\"40% faster builds by...\") or a label (\"Tools: Go, Kafka\") is not weak, nor one whose noun phrase is the subject of a passive (PASSIVE_VOICE says it).",
      fires: { bullets: ["Responsible for the billing API and its on-call rotation"] },
      passes: { bullets: ["Built the billing API, serving 2,000 requests/s with 99.95 % uptime"] },
    },
    options: {
      grammar: { type: "boolean", default: false, description: "Read the opening with compromise, which also finds noun phrases (loads compromise, see the README)." },
    },
    needs: (options) => (options.grammar ? ["nlp"] : []),
  },
  check(t, ctx) {
    let weak: Weak | null = null;
    if (ctx.options.grammar) {
      const g = grammarOfTarget(t, ctx);
      if (g && g.openingPhrase && (g.opening === "duty" || g.opening === "gerund" || g.opening === "noun-phrase")) {
        const duty = g.opening === "duty" ? dutyPhraseAt(g.openingPhrase.text) : null;
        weak = { kind: g.opening, phrase: duty?.phrase ?? g.openingPhrase.text, start: g.openingPhrase.start, end: g.openingPhrase.end };
      }
    } else {
      weak = weakWithoutGrammar(t);
    }
    if (!weak) return;
    ctx.report({
      message: message(weak),
      place: bulletPlace(t.resume, t.bullet, t.index, weak.start, weak.end),
      section: t.bullet.section,
      quote: t.text,
      suggestion: `Start with an action verb and the result: ${STRONG_VERBS}... e.g. "${weak.kind === "duty" ? weak.phrase : "Responsible for"} the billing API" → "Built the billing API, serving N requests/s".`,
      data: { opening: weak.kind },
    });
  },
});
