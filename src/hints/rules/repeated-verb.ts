/** REPEATED_VERB: the same lead verb opens several bullets of the resume. */
import { resumeGrammar, type VerbFormName } from "../bullet-grammar.js";
import type { Nlp } from "../helpers.js";
import { bulletPlace } from "../place.js";
import { defineRule, type BulletTarget } from "../rule.js";
import { gerund, thirdPerson, verbLexicon } from "../verb-lexicon.js";
import { grammarOfTarget, ordinal, withCaseOf } from "../writing.js";

/** Lemmas that are not action verbs ("Was responsible", "Had ownership"). */
const NOT_ACTIONS: ReadonlySet<string> = new Set(["be", "have", "do"]);

/** For each bullet index, the 1-based rank of its lead verb among the bullets opening with the same lemma, and the lemma's count. */
interface Repeats {
  rank: Map<number, number>;
  count: Map<string, number>;
  /** Every lemma that opens a bullet (alternatives already used are not suggested). */
  used: Set<string>;
}

function repeats(t: BulletTarget, nlp: Nlp): Repeats {
  const grammar = resumeGrammar(t.resume, nlp);
  const rank = new Map<number, number>();
  const count = new Map<string, number>();
  const used = new Set<string>();
  grammar.forEach((g, i) => {
    const v = g?.verb;
    if (!g || !v || (g.opening !== "verb" && g.opening !== "gerund") || NOT_ACTIONS.has(v.lemma)) return;
    const n = (count.get(v.lemma) ?? 0) + 1;
    count.set(v.lemma, n);
    rank.set(i, n);
    used.add(v.lemma);
  });
  return { rank, count, used };
}

/** A verb of the group in the lead verb's form ("Built", "Build", "Builds", "Building"). */
function inForm(base: string, past: string, form: VerbFormName): string {
  if (form === "past" || form === "same") return past;
  if (form === "third-person") return thirdPerson(base);
  if (form === "gerund") return gerund({ base, past });
  return base;
}

export const rule = defineRule({
  meta: {
    code: "REPEATED_VERB",
    scope: "bullet",
    severity: "info",
    description: "The same lead verb opens three or more bullets of the resume (\"Developed...\" ×4); the third and later ones are flagged, with verbs of the same meaning.",
    docs: {
      why: "A recruiter skims the first word of each bullet. Four bullets that open with \"Developed\" read as one bullet four times and hide what differed: whether you designed, migrated, led or cut something.",
      details:
        "The lead verb is read with compromise; its forms count as one (\"Developed\", \"Develop\", \"Developing\"). Bullets that open with a duty phrase (\"Worked on\", \"Helped\") are WEAK_OPENING's and are not counted, nor are \"was\"/\"had\". The alternatives come from the groups of `keywords/verbs.json` (verbs of the same meaning), leaving out verbs the resume already opens with. Off unless turned on: it loads compromise (see the README).",
      fires: { bullets: ["Developed the billing API in Python for 3 mobile apps", "Developed a rate limiter in Go handling 90M requests a day", "Developed a CLI in Rust used by 40 engineers"] },
      passes: { bullets: ["Developed the billing API in Python for 3 mobile apps", "Built a rate limiter in Go handling 90M requests a day", "Wrote a CLI in Rust used by 40 engineers"] },
    },
    options: {
      minCount: { type: "integer", default: 3, minimum: 2, description: "The bullet from which a repeated lead verb is flagged (3: the third and later ones)." },
    },
    needs: ["nlp"],
    enabledByDefault: false,
  },
  check(t, ctx) {
    const g = grammarOfTarget(t, ctx);
    const v = g?.verb;
    const nlp = ctx.helpers.nlp;
    if (!v || !nlp) return;
    const r = ctx.memo("repeated-verb:repeats", () => repeats(t, nlp));
    const rank = r.rank.get(t.index);
    if (rank === undefined || rank < ctx.options.minCount) return;
    const lex = verbLexicon();
    const group = lex.group(v.lemma);
    const others = (group?.verbs ?? []).filter((o) => !r.used.has(o.base)).slice(0, 3).map((o) => withCaseOf(inForm(o.base, o.past, v.form), v.text));
    ctx.report({
      message: `"${v.text}" (or another form of "${v.lemma}") opens ${r.count.get(v.lemma)} bullets; this is the ${ordinal(rank)}.`,
      place: bulletPlace(t.resume, t.bullet, t.index, v.start, v.end),
      section: t.bullet.section,
      quote: t.text,
      suggestion: others.length > 0 ? `Say what you did here with another verb: ${others.join(", ")}... (or the verb that says what was different).` : "Say what you did here with another verb, one that says what was different.",
    });
  },
});
