/** PASSIVE_VOICE: a bullet in the passive voice. */
import { bulletPlace } from "../place.js";
import { defineRule } from "../rule.js";
import { grammarOfTarget } from "../writing.js";

/** Past participles that are not regular "-ed" forms. */
const IRREGULAR_PARTICIPLES =
  "built|led|made|written|run|done|given|taken|driven|shown|known|chosen|grown|held|kept|set|sent|spent|brought|taught|found|won|rewritten|overseen|undertaken";
/** Without compromise: a past form of "to be" and a participle ("was migrated", "were written"). */
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
    description: "A bullet uses the passive (\"The API was rewritten\", \"were migrated by me\"), which hides who did the work.",
    docs: {
      why: "A recruiter wants to know what you did. \"The services were migrated\" leaves it open whether you migrated them; \"Migrated 40 services\" does not.",
      details:
        "A form of \"to be\" followed by a past participle. Passives that report recognition (\"was promoted\", \"was awarded\") are fine and are not flagged. With `grammar: true` (the CLI's text, Markdown and HTML output turn it on) the passive is read with compromise's tags: also \"is\"/\"are\" and \"get\" passives, irregular participles (\"was split\", \"are run\"), words between (\"is now used\", \"were all managed\"), and a bullet that opens with a participle and its doer (\"Adopted by 3 teams\") or a participle that is never a past tense (\"Rewritten in Rust\"); a participle after a noun (\"APIs used by 3,000 merchants\", \"a team focused on reliability\") and an adjective (\"was responsible for\") are not passives.",
      fires: { bullets: ["The payment services were migrated to Kubernetes, cutting deploy time by 60 %"] },
      passes: { bullets: ["Migrated the payment services to Kubernetes, cutting deploy time by 60 %"] },
    },
    options: {
      grammar: { type: "boolean", default: false, description: "Read the passive with compromise (more accurate; loads compromise, see the README)." },
    },
    needs: (options) => (options.grammar ? ["nlp"] : []),
  },
  check(t, ctx) {
    let found: { text: string; start: number; end: number } | null = null;
    if (ctx.options.grammar) {
      const g = grammarOfTarget(t, ctx);
      if (g?.passive) found = g.passive;
    } else {
      const m = PASSIVE.exec(t.text);
      if (m && !OK_PASSIVES.has(m[2]!.toLowerCase())) found = { text: m[0], start: m.index, end: m.index + m[0].length };
    }
    if (!found) return;
    ctx.report({
      message: `"${found.text}" is passive; it hides who did the work.`,
      place: bulletPlace(t.resume, t.bullet, t.index, found.start, found.end),
      section: t.bullet.section,
      quote: t.text,
      suggestion: "Rewrite in the active voice with you as the doer: \"The API was rewritten in Go\" → \"Rewrote the API in Go\".",
    });
  },
});
