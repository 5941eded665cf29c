/**
 * Lines set in tiny type: what the TINY_TEXT rule reports and what the score
 * leaves out of its reading (score/stuffing.ts). One definition for both, so
 * the score never depends on how the rule is configured: the score always
 * uses the defaults.
 */
import type { ExtractedDocument, ExtractedLine } from "../types.js";

/** Text below this size (points) is tiny whatever the body size. */
export const TINY_FONT_PT = 6;
/** Text below this share of the body's median size is tiny. */
export const TINY_FONT_RATIO = 0.6;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The lines with letters set below `minFontPt`, or below `minRatio` of the
 * median size of the sized lines (the body), and that median. Formats
 * without font sizes have none.
 */
export function tinyLines(doc: ExtractedDocument, minFontPt = TINY_FONT_PT, minRatio = TINY_FONT_RATIO): { lines: ExtractedLine[]; body: number } {
  const sized = doc.lines.filter((l) => l.fontSize !== undefined && l.fontSize > 0 && /\p{L}/u.test(l.text));
  if (sized.length === 0) return { lines: [], body: 0 };
  const body = median(sized.map((l) => l.fontSize!));
  const limit = Math.max(minFontPt, body * minRatio);
  return { lines: sized.filter((l) => l.fontSize! < limit && (l.fontSize! < minFontPt || l.fontSize! < body * minRatio)), body };
}
