/**
 * Match units: tokens split at "/" and "-" so "event-driven" equals "event
 * driven" and "Python/Django" yields both names.
 */
import { foldToken, isDashCodePoint, numberKey, stemWord, tokenize } from "../normalize/index.js";

/**
 * A match unit: a token, or a part of a token split at "-" or "/".
 * Hyphen and slash are dropped, so "event-driven" = "event driven" and
 * "Python/Django" yields "python" and "django", while "CI/CD" still matches
 * an alias "CI/CD" (compiled the same way).
 */
export interface MatchUnit {
  /** As written. */
  text: string;
  /** Lower-case, NFKC. */
  folded: string;
  /** Porter stem of `folded` (plain words only). */
  stem: string;
  /** Number-free form of `folded` ("systems" → "system"; see `numberKey`). */
  num: string;
  /** Offsets in the text that was tokenized. */
  start: number;
  end: number;
}

/** Tokens longer than this are skipped: no skill name is this long, and it caps work on hostile input. */
export const MAX_UNIT_LENGTH = 64;

function isSplitChar(cp: number): boolean {
  return cp === 0x2f || isDashCodePoint(cp);
}

/** Split `text` into match units (see {@link MatchUnit}), in linear time; with `withStems: false`, each `stem` is "". */
export function toUnits(text: string, withStems = true): MatchUnit[] {
  const units: MatchUnit[] = [];
  for (const tok of tokenize(text, withStems)) {
    if (tok.end - tok.start > MAX_UNIT_LENGTH) continue;
    let hasSplit = false;
    for (let i = 0; i < tok.text.length; i++) {
      if (isSplitChar(tok.text.charCodeAt(i))) {
        hasSplit = true;
        break;
      }
    }
    if (!hasSplit) {
      units.push({ text: tok.text, folded: tok.folded, stem: tok.stem, num: tok.num, start: tok.start, end: tok.end });
      continue;
    }
    let partStart = 0;
    const t = tok.text;
    for (let i = 0; i <= t.length; i++) {
      if (i === t.length || isSplitChar(t.charCodeAt(i))) {
        if (i > partStart) {
          const part = t.slice(partStart, i);
          const folded = foldToken(part);
          units.push({ text: part, folded, stem: withStems ? stemWord(folded) : "", num: numberKey(folded), start: tok.start + partStart, end: tok.start + i });
        }
        partStart = i + 1;
      }
    }
  }
  return units;
}

/** Folded unit strings of a phrase ("Event-Driven Architecture" → ["event", "driven", "architecture"]). */
export function phraseKey(text: string): string[] {
  return toUnits(text, false).map((u) => u.folded);
}
