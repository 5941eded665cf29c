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
    const token = isDigit(c) ? readNumberToken(text, i, space) : isLetter(text, i) ? readWordToken(text, i, space) : readSymbolToken(text, i, space);
    out.push(token);
    i = token.end;
    space = false;
  }
  return out;
}

/** End of the thousands groups (",000") after the digits ending at `j`; `j` itself when there are none. */
function thousandsGroupsEnd(text: string, j: number): number {
  const n = text.length;
  while (
    j + 3 < n &&
    text.charCodeAt(j) === 44 &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    isDigit(text.charCodeAt(j + 3)) &&
    (j + 4 >= n || !isDigit(text.charCodeAt(j + 4)))
  ) {
    j += 4;
  }
  return j;
}

/** The number starting at `start`: digits, thousands groups, decimals or a dotted version, then a glued suffix. */
function readNumberToken(text: string, start: number, space: boolean): MetricToken {
  const n = text.length;
  let j = start;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  let grouped = false;
  let dots = 0;
  // thousands groups: only when the first group has 1-3 digits
  if (j - start <= 3) {
    const groupsEnd = thousandsGroupsEnd(text, j);
    grouped = groupsEnd > j;
    j = groupsEnd;
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
  return { kind: "num", text: text.slice(start, j), lower: suffix.toLowerCase(), start, end: j, spaceBefore: space, value, dots, grouped, digits, suffix };
}

/** The word starting at `start`: letters, digits and inner apostrophes ("S3", "k8s", "don't"). */
function readWordToken(text: string, start: number, space: boolean): MetricToken {
  const n = text.length;
  let j = start + 1;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (isDigit(d) || isLetter(text, j)) j++;
    else if ((d === 39 || d === 0x2019) && j + 1 < n && isLetter(text, j + 1)) j += 2;
    else break;
  }
  const w = text.slice(start, j);
  return { kind: "word", text: w, lower: w.toLowerCase(), start, end: j, spaceBefore: space };
}

/** One symbol at `start`, a surrogate pair kept together. */
function readSymbolToken(text: string, start: number, space: boolean): MetricToken {
  const c = text.charCodeAt(start);
  const j = c >= 0xd800 && c <= 0xdbff && start + 1 < text.length ? start + 2 : start + 1;
  const s = text.slice(start, j);
  return { kind: "sym", text: s, lower: s, start, end: j, spaceBefore: space };
}
