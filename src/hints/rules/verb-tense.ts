/** VERB_TENSE: a bullet of an ended role in the present tense; in a current role, a bullet in the role's other tense. */
import { resumeGrammar, type BulletGrammar } from "../bullet-grammar.js";
import type { Nlp } from "../helpers.js";
import { bulletPlace } from "../place.js";
import { defineRule, type BulletTarget } from "../rule.js";
import { grammarOfTarget, monthName, pastOf, presentOf, roleEnded } from "../writing.js";

/** The tense most of an entry's bullets use (ties: its first bullet with a tense), and how many use each. */
interface RoleTense {
  tense: "past" | "present";
  past: number;
  present: number;
}

function roleTense(t: BulletTarget, nlp: Nlp): RoleTense | null {
  const grammar = resumeGrammar(t.resume, nlp);
  let past = 0;
  let present = 0;
  let first: "past" | "present" | null = null;
  t.resume.bullets.forEach((b, i) => {
    if (b.entryIndex !== t.bullet.entryIndex) return;
    const tense = grammar[i]?.verb?.tense;
    if (!tense) return;
    first ??= tense;
    if (tense === "past") past++;
    else present++;
  });
  if (first === null) return null;
  return { tense: past > present ? "past" : present > past ? "present" : first, past, present };
}

function tenseOf(g: BulletGrammar | null): "past" | "present" | null {
  return g?.verb?.tense ?? null;
}

export const rule = defineRule({
  meta: {
    code: "VERB_TENSE",
    scope: "bullet",
    severity: "warning",
    description: "A bullet of a role that has ended is in the present tense (\"Build and maintain...\"); in a current role, a bullet in the other tense than most of the role's bullets (info).",
    docs: {
      why: "A role you have left reads in the past tense: \"Build and maintain the billing API\" under a job that ended in 2020 reads as a copied job description, or as a role you never updated. In a current role either tense is fine, but one role that switches between them reads as pasted together.",
      details:
        "The tense is the lead verb's, read with compromise and the verbs of `keywords/verbs.json`: \"Led\" is past, \"Lead\" present. A verb spelled alike in both tenses (\"Cut\", \"Set\", \"Put\", \"Read\") takes the tense of a verb joined to it (\"Cut costs and reduced latency\"); alone it has none and is never flagged. A bullet that opens with a gerund or a noun phrase has no tense (WEAK_OPENING is about those). A role has ended when its end date is before this month; a role without dates is not checked. Off unless turned on: it loads compromise (see the README).",
      fires: {
        bullets: ["Migrated 40 services to Kubernetes, cutting deploy time by 60 %"],
        earlierRole: { title: "Developer, Initech", dates: "Mar 2016 – Dec 2020", bullets: ["Build and maintain the billing API for 3 mobile apps"] },
      },
      passes: {
        bullets: ["Migrated 40 services to Kubernetes, cutting deploy time by 60 %"],
        earlierRole: { title: "Developer, Initech", dates: "Mar 2016 – Dec 2020", bullets: ["Built and maintained the billing API for 3 mobile apps"] },
      },
    },
    needs: ["nlp"],
    enabledByDefault: false,
  },
  check(t, ctx) {
    const g = grammarOfTarget(t, ctx);
    const v = g?.verb;
    if (!v || !v.tense || !t.entry || !ctx.helpers.nlp) return;
    const place = bulletPlace(t.resume, t.bullet, t.index, v.start, v.end);
    if (roleEnded(t.entry, ctx.now)) {
      if (v.tense !== "present") return;
      const past = pastOf(v);
      ctx.report({
        message: `"${v.text}" is in the present tense, but this role ended in ${monthName(t.entry.end!)}.`,
        place,
        section: t.bullet.section,
        quote: t.text,
        suggestion: past ? `Write "${past}" (and the bullet's other verbs in the past tense).` : "Write the bullet in the past tense.",
      });
      return;
    }
    if (t.entry.end === null) return;
    const nlp = ctx.helpers.nlp;
    const role = ctx.memo(`verb-tense:role:${t.bullet.entryIndex}`, () => roleTense(t, nlp));
    if (!role || role.past === 0 || role.present === 0 || tenseOf(g) === role.tense) return;
    const same = role.tense === "past" ? role.past : role.present;
    const other = role.tense === "past" ? pastOf(v) : presentOf(v);
    ctx.report({
      message: `"${v.text}" is in the ${v.tense} tense, but ${same} of this role's ${role.past + role.present} bullets are in the ${role.tense} tense.`,
      severity: "info",
      place,
      section: t.bullet.section,
      quote: t.text,
      suggestion: `A current role may use either tense, but one throughout: ${other ? `write "${other}", or put` : "put"} the role's other bullets in the ${v.tense} tense.`,
    });
  },
});
