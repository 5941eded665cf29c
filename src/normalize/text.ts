import {
  isDashCodePoint,
  isDoubleQuoteCodePoint,
  isIgnorableCodePoint,
  isNewlineCodePoint,
  isSingleQuoteCodePoint,
  isSpaceCodePoint,
} from "./chars.js";

/**
 * Normalize text for analysis, in linear time:
 * NFKC (ligatures "ﬁ" → "fi", full-width forms), zero-width characters, soft
 * hyphens and BOM removed, every dash → "-", curly quotes → straight quotes,
 * each run of whitespace → one space (or one "\n" when the run holds a line
 * break), and the result trimmed.
 */
export function normalizeText(s: string): string {
  const nfkc = s.normalize("NFKC");
  const out: string[] = [];
  let pendingSpace = false;
  let pendingNewline = false;
  for (const ch of nfkc) {
    const cp = ch.codePointAt(0) as number;
    if (isIgnorableCodePoint(cp)) continue;
    if (isSpaceCodePoint(cp)) {
      pendingSpace = true;
      if (isNewlineCodePoint(cp)) pendingNewline = true;
      continue;
    }
    if (pendingSpace) {
      if (out.length > 0) out.push(pendingNewline ? "\n" : " ");
      pendingSpace = false;
      pendingNewline = false;
    }
    if (isDashCodePoint(cp)) out.push("-");
    else if (isSingleQuoteCodePoint(cp)) out.push("'");
    else if (isDoubleQuoteCodePoint(cp)) out.push('"');
    else out.push(ch);
  }
  return out.join("");
}
