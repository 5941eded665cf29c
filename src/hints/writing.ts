/**
 * What the writing rules (VERB_TENSE, REPEATED_VERB, and WEAK_OPENING and
 * PASSIVE_VOICE with `grammar: true`) share: the grammar of a bullet target,
 * a verb written in another form, a role's dates.
 */
import type { ExperienceEntry } from "../types.js";
import { resumeGrammar, type BulletGrammar, type LeadVerb } from "./bullet-grammar.js";
import type { BulletTarget, RuleContext } from "./rule.js";
import { verbLexicon } from "./verb-lexicon.js";

/** The grammar of the target's bullet, or null when compromise is not loaded or the bullet was not read. */
export function grammarOfTarget(t: BulletTarget, ctx: Pick<RuleContext, "helpers">): BulletGrammar | null {
  const nlp = ctx.helpers.nlp;
  if (!nlp) return null;
  return resumeGrammar(t.resume, nlp)[t.index] ?? null;
}

/** `word` with the case of `like` ("built", "Led" → "Built"; "BUILT" stays upper case). */
export function withCaseOf(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] !== undefined && like[0] === like[0].toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** The lead verb in the past tense ("Build" → "Built"), in its case; null when the past is not known. */
export function pastOf(v: LeadVerb): string | null {
  const past = verbLexicon().past(v.lemma);
  return past === undefined ? null : withCaseOf(past, v.text);
}

/** The lead verb in the present tense as bullets write it (the base: "Built" → "Build"). */
export function presentOf(v: LeadVerb): string {
  return withCaseOf(v.lemma, v.text);
}

/** "this month" as "YYYY-MM" in UTC. */
export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Whether a role has ended before `now`'s month: false for "present", a later end, or no end date. */
export function roleEnded(entry: ExperienceEntry, now: Date): boolean {
  return entry.end !== null && entry.end !== "present" && entry.end < monthOf(now);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2020-12" → "Dec 2020". */
export function monthName(yyyyMm: string): string {
  const [y, m] = yyyyMm.split("-");
  return `${MONTHS[Number(m) - 1] ?? ""} ${y}`.trim();
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}
