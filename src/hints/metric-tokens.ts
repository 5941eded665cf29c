/**
 * A linear, allocation-light tokenizer for metric detection: numbers (with
 * thousands separators, decimals, dotted versions and an attached suffix such
 * as "k", "ms", "x", "nd"), words, and single symbols. One pass over the
 * characters, no regular expression that can backtrack.
 */

/** Token kinds of the metric scanner. */
export type MetricTokenKind = "num" | "word" | "sym";

/** One token of the metric scanner. */
export interface MetricToken {
  kind: MetricTokenKind;
  /** The token as written (numbers include their attached suffix). */
  text: string;
  /** Lower-cased `text` (for numbers: the suffix only, lower-cased). */
  lower: string;
  start: number;
  end: number;
  /** True when whitespace (or the start of the text) comes right before. */
  spaceBefore: boolean;
  /** Numbers: the numeric value without the suffix. */
  value?: number;
  /** Numbers: how many "." the digits contain (2+ means a version like 3.11.2). */
  dots?: number;
  /** Numbers: true when written with thousands separators ("12,000"). */
  grouped?: boolean;
  /** Numbers: how many digits. */
  digits?: number;
  /** Numbers: letters written right after the digits ("k" in "10k"), as written. */
  suffix?: string;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

const LETTER = /\p{L}/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  return LETTER.test(text[i]!);
}

/**
 * Splits `text` into metric tokens in one left-to-right pass (linear time).
 * Words run over letters, digits and inner apostrophes ("S3", "k8s", "don't");
 * a number takes the letters glued after it as its suffix ("10k", "120ms").
 */
export function tokenizeForMetrics(text: string): MetricToken[] {
  const out: MetricToken[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      let grouped = false;
      let dots = 0;
      // thousands groups: only when the first group has 1-3 digits
      if (j - i <= 3) {
        while (
          j + 3 < n &&
          text.charCodeAt(j) === 44 &&
          isDigit(text.charCodeAt(j + 1)) &&
          isDigit(text.charCodeAt(j + 2)) &&
          isDigit(text.charCodeAt(j + 3)) &&
          (j + 4 >= n || !isDigit(text.charCodeAt(j + 4)))
        ) {
          grouped = true;
          j += 4;
        }
      }
      while (j + 1 < n && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        dots++;
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      const numEnd = j;
      while (j < n && isLetter(text, j)) j++;
      const raw = text.slice(start, numEnd);
      const suffix = text.slice(numEnd, j);
      let digits = 0;
      for (let k = 0; k < raw.length; k++) if (isDigit(raw.charCodeAt(k))) digits++;
      const value = dots > 1 ? Number.NaN : Number(raw.replace(/,/g, ""));
      out.push({
        kind: "num",
        text: text.slice(start, j),
        lower: suffix.toLowerCase(),
        start,
        end: j,
        spaceBefore: space,
        value,
        dots,
        grouped,
        digits,
        suffix,
      });
      i = j;
    } else if (isLetter(text, i)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d) || isLetter(text, j)) j++;
        else if ((d === 39 || d === 0x2019) && j + 1 < n && isLetter(text, j + 1)) j += 2;
        else break;
      }
      const w = text.slice(start, j);
      out.push({ kind: "word", text: w, lower: w.toLowerCase(), start, end: j, spaceBefore: space });
      i = j;
    } else {
      // one symbol; keep surrogate pairs together
      const j = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
      const s = text.slice(start, j);
      out.push({ kind: "sym", text: s, lower: s, start, end: j, spaceBefore: space });
      i = j;
    }
    space = false;
  }
  return out;
}
