/**
 * The report's `bullets[].verb`: each work bullet's lead verb as the writing
 * rules read it (the same reading, shared through `resumeGrammar`'s cache).
 */
import type { ReportBulletVerb } from "../report/types.js";
import type { SegmentedResume } from "../types.js";
import { resumeGrammar } from "./bullet-grammar.js";
import type { Nlp } from "./helpers.js";
import { bulletPlace } from "./place.js";

/**
 * By bullet index: the verb (or null when the bullet opens with no verb) of
 * each work bullet that was read; undefined for bullets of other sections.
 */
export function bulletVerbs(resume: SegmentedResume, nlp: Nlp): Array<ReportBulletVerb | null | undefined> {
  const grammar = resumeGrammar(resume, nlp);
  return resume.bullets.map((b, i) => {
    const g = grammar[i];
    if (!g) return undefined;
    const v = g.verb;
    if (!v || (g.opening !== "verb" && g.opening !== "gerund" && g.opening !== "duty")) return null;
    const out: ReportBulletVerb = { text: v.text, lemma: v.lemma, tense: v.tense, form: v.form };
    const column = bulletPlace(resume, b, i, v.start, v.end).start.column;
    if (column !== undefined) out.column = column;
    return out;
  });
}
