/**
 * What lies between two units: the characters that break a phrase, so a
 * catalog name never runs across a comma, a pipe or a sentence end.
 */
import type { MatchUnit } from "./units.js";

/**
 * Characters that end a phrase: a catalog name never runs across them
 * unless the alias itself has one at that place ("backup & recovery").
 * "&" between spaced words joins two names ("Data & Analytics" is not "data
 * analytics"); inside a token it is part of the name ("R&D", "AT&T" are one
 * token and never split). "/" and "-" are not breakers: "CI/CD" and
 * "event-driven" are written that way.
 */
export const PHRASE_BREAKERS = "&,;:|()[]{}•·.!?\t";

/** True when `text[from, to)` holds a phrase-breaking character. */
export function gapBreaks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PHRASE_BREAKERS.includes(text.charAt(i))) return true;
  return false;
}

/**
 * For each unit, whether the gap after it (before the next unit) holds a
 * phrase breaker; the last entry is always false.
 */
export function breaksAfter(text: string, units: readonly MatchUnit[]): boolean[] {
  const out: boolean[] = new Array(units.length).fill(false);
  for (let k = 0; k + 1 < units.length; k++) out[k] = gapBreaks(text, units[k].end, units[k + 1].start);
  return out;
}

/**
 * True when a match of `len` units at `k` crosses no breaker that the
 * alias does not have at the same place (`aliasBreaks[i]`: the alias's gap
 * after its unit i holds a breaker).
 */
export function spanAllowed(breaks: readonly boolean[], k: number, len: number, aliasBreaks: readonly boolean[]): boolean {
  for (let i = 0; i + 1 < len; i++) if (breaks[k + i] && !aliasBreaks[i]) return false;
  return true;
}
