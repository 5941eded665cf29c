/**
 * Negation and hedging cues before a mention ("no Java", "familiar with
 * Kafka"), scanned back within the mention's sentence.
 */
import type { MatchUnit } from "./units.js";

/**
 * Negation and hedging cues, as folded unit sequences, and the scan that
 * finds one before a mention in the same sentence.
 */

/** A cue: its units and how many units may sit between the cue and the mention. */
interface Cue {
  units: string[];
  /** Most units between the cue's end and the mention (Infinity: up to the sentence start). */
  maxGap: number;
  /** Only counts as the sentence's first words ("Learning Rust"). */
  sentenceStart?: boolean;
}

const WIDE = Number.POSITIVE_INFINITY;

const NEGATION_CUES: Cue[] = [
  { units: ["no", "experience"], maxGap: WIDE },
  { units: ["no", "knowledge"], maxGap: WIDE },
  { units: ["no", "exposure"], maxGap: WIDE },
  { units: ["no", "background"], maxGap: WIDE },
  { units: ["never", "used"], maxGap: WIDE },
  { units: ["never", "worked"], maxGap: WIDE },
  { units: ["not", "familiar"], maxGap: WIDE },
  { units: ["not", "experienced"], maxGap: WIDE },
  { units: ["unfamiliar"], maxGap: WIDE },
  { units: ["lack", "of"], maxGap: 3 },
  { units: ["not"], maxGap: 2 },
  { units: ["never"], maxGap: 2 },
  { units: ["without"], maxGap: 2 },
  { units: ["no"], maxGap: 1 },
  // A thing named only as what was not chosen: "instead of a separate SPA", "an alternative to Shopify".
  { units: ["instead", "of"], maxGap: 2 },
  { units: ["rather", "than"], maxGap: 2 },
  { units: ["alternative", "to"], maxGap: 2 },
  { units: ["alternatives", "to"], maxGap: 2 },
];

/** Words right after a name that say it was not the thing used ("a home-grown Shopify alternative", "a Trello clone"). */
const NEGATING_AFTER = new Set(["alternative", "alternatives", "competitor", "competitors", "clone", "clones", "lookalike"]);

/** Who a piece of work was for: "for the React Native app", "for our iOS team". */
const BENEFICIARIES = new Set(["app", "apps", "team", "teams", "client", "clients", "squad", "squads", "developers", "engineers"]);

/**
 * "for the" / "for our" before a mention and a word for an app or a team
 * after it: the technology names whom the work served ("a backend-for-frontend
 * for the React Native app"), not what the owner used. Null otherwise.
 */
export function beneficiaryOf(units: readonly MatchUnit[], mentionStart: number, mentionEnd: number): string | null {
  const next = units[mentionEnd];
  if (!next || !BENEFICIARIES.has(next.folded) || mentionStart < 2) return null;
  const det = units[mentionStart - 1].folded;
  if (units[mentionStart - 2].folded !== "for" || (det !== "the" && det !== "our")) return null;
  return `for ${det} … ${next.folded}`;
}

/** Words joined to a name by a hyphen that say it was left out: "Cucumber-free page objects", "jQuery-less". */
const NEGATING_SUFFIXES = new Set(["free", "less"]);

/**
 * The word right after a mention that says the named thing was not used
 * ("Shopify alternative", "Cucumber-free"), or null. `text` is the text the
 * units index, to tell a hyphen from a space ("AWS free tier" stays).
 */
export function negationAfter(units: readonly MatchUnit[], mentionEnd: number, text: string): string | null {
  const next = units[mentionEnd];
  if (!next) return null;
  if (NEGATING_AFTER.has(next.folded)) return next.folded;
  const prev = units[mentionEnd - 1];
  if (prev && NEGATING_SUFFIXES.has(next.folded) && text.slice(prev.end, next.start) === "-") return `-${next.folded}`;
  return null;
}

const HEDGE_CUES: Cue[] = [
  { units: ["familiar"], maxGap: WIDE },
  { units: ["familiarity"], maxGap: WIDE },
  { units: ["exposure", "to"], maxGap: WIDE },
  { units: ["exposed", "to"], maxGap: WIDE },
  { units: ["basic", "knowledge"], maxGap: WIDE },
  { units: ["basic", "understanding"], maxGap: WIDE },
  { units: ["basics", "of"], maxGap: WIDE },
  { units: ["some", "experience"], maxGap: WIDE },
  { units: ["some", "exposure"], maxGap: WIDE },
  { units: ["limited", "experience"], maxGap: WIDE },
  { units: ["currently", "learning"], maxGap: WIDE },
  { units: ["learning"], maxGap: WIDE, sentenceStart: true },
  { units: ["beginner"], maxGap: WIDE },
  { units: ["novice"], maxGap: WIDE },
  { units: ["introductory"], maxGap: WIDE },
];

/** Words that end the scope of a cue ("no Java, but strong Kotlin"). */
const SCOPE_BREAKERS = new Set(["but", "however", "although", "though", "whereas", "yet"]);

/** Words after "not" that make it not a negation ("not only", "not just"). */
const NOT_EXCEPTIONS = new Set(["only", "just", "merely", "simply"]);

/** Units scanned back from a mention, at most. */
const LOOKBACK = 16;

function cueEndsAt(units: readonly MatchUnit[], k: number, cue: Cue): boolean {
  const n = cue.units.length;
  if (k - n + 1 < 0) return false;
  for (let i = 0; i < n; i++) if (units[k - n + 1 + i].folded !== cue.units[i]) return false;
  return true;
}

/** Cues indexed by their last unit, so the backward scan does one lookup per unit. */
function indexByLast(cues: readonly Cue[]): Map<string, Cue[]> {
  const m = new Map<string, Cue[]>();
  for (const c of cues) {
    const last = c.units[c.units.length - 1];
    const list = m.get(last) ?? [];
    list.push(c);
    m.set(last, list);
  }
  return m;
}

const NEGATION_BY_LAST = indexByLast(NEGATION_CUES);
const HEDGE_BY_LAST = indexByLast(HEDGE_CUES);

function findCue(
  units: readonly MatchUnit[],
  mentionStart: number,
  sentenceStart: number,
  cueIndex: ReadonlyMap<string, Cue[]>,
  covered: readonly boolean[],
): string | null {
  const floor = Math.max(sentenceStart, mentionStart - LOOKBACK);
  for (let k = mentionStart - 1; k >= floor; k--) {
    if (SCOPE_BREAKERS.has(units[k].folded)) return null;
    if (covered[k]) continue;
    const cues = cueIndex.get(units[k].folded);
    if (!cues) continue;
    const gapBase = mentionStart - 1 - k;
    for (const cue of cues) {
      if (gapBase > cue.maxGap) continue;
      if (!cueEndsAt(units, k, cue)) continue;
      const cueStart = k - cue.units.length + 1;
      if (cueStart < sentenceStart) continue;
      if (cue.sentenceStart && cueStart !== sentenceStart) continue;
      if (cue.units.length === 1 && cue.units[0] === "not" && k + 1 < units.length && NOT_EXCEPTIONS.has(units[k + 1].folded)) continue;
      return cue.units.join(" ");
    }
  }
  return null;
}

/** The negation cue before a mention in its sentence ("no experience", "without"), or null. */
export function findNegation(units: readonly MatchUnit[], mentionStart: number, sentenceStart: number, covered: readonly boolean[]): string | null {
  return findCue(units, mentionStart, sentenceStart, NEGATION_BY_LAST, covered);
}

/** The hedging cue before a mention in its sentence ("familiar", "exposure to"), or null. */
export function findHedge(units: readonly MatchUnit[], mentionStart: number, sentenceStart: number, covered: readonly boolean[]): string | null {
  return findCue(units, mentionStart, sentenceStart, HEDGE_BY_LAST, covered);
}

/** Words of an interest in books: a name in the same clause is a title or an author ("reading all of Kafka"). */
const READING_CUE = /\b(?:read|reads|reading|reader|novels?|books?|book club|authors?|literature|fiction|poetry|poems?)\b/i;

/** Marks that end a clause of an interests line ("Skiing; reading Kafka on the Shore, chess"). */
const CLAUSE_MARK = /[;,•·|\n]/;

/**
 * True when the clause of `text` around [start, end) speaks of reading or
 * books: in an interests section, "reading Kafka on the Shore twice a year"
 * names a novel, not the message broker. Used only there.
 */
export function inReadingClause(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_MARK.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !CLAUSE_MARK.test(text.charAt(to))) to++;
  return READING_CUE.test(text.slice(from, start) + " " + text.slice(end, to));
}

