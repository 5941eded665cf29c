/**
 * Comparison tokens: NFKC, case-folded runs of letters and digits. Markup,
 * bullets and punctuation never make a token, so "**Go**," and "• Go" agree.
 */

/** A comparison token with its place in a line. */
export interface CompareToken {
  /** Folded text. */
  t: string;
  /** Index of the line in its list. */
  line: number;
  /** Offsets in the line's NFKC text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** NFKC + lower case, the form both sides are compared in. */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** Tokens of one line (offsets refer to `foldText(text)`). */
export function lineTokens(text: string, line: number): CompareToken[] {
  const folded = foldText(text);
  const out: CompareToken[] = [];
  for (const m of folded.matchAll(WORD)) {
    out.push({ t: m[0], line, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Letters and digits only, folded: the form damaged words are compared in. */
export function compactLetters(text: string): string {
  return (foldText(text).match(WORD) ?? []).join("");
}

/** True when the text holds characters no ATS can read: U+FFFD, private-use code points, C0 controls. */
export function hasBadGlyphs(text: string): boolean {
  return /[\uFFFD\p{Co}\u0000-\u0008\u000E-\u001F]/u.test(text);
}
