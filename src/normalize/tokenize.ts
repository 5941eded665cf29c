import type { Token } from "../types.js";
import { isDashCodePoint, isIgnorableCodePoint, isWordCodePoint } from "./chars.js";
import { numberKey } from "./number.js";
import { stemWord } from "./stem.js";

/** Characters that join two word parts inside one token: "Node.js", "CI/CD", "scikit-learn", "snake_case", "R&D". */
function isConnector(cp: number): boolean {
  return cp === 0x2e || cp === 0x2f || cp === 0x5f || cp === 0x26 || isDashCodePoint(cp);
}

/** Suffix characters kept at the end of a name: "C++", "C#", "F#". */
function isSuffix(cp: number): boolean {
  return cp === 0x2b || cp === 0x23;
}

function cpAt(s: string, i: number): number {
  return i < s.length ? (s.codePointAt(i) as number) : -1;
}

function cpSize(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** True when the token can continue at `j` with a word character (ignorables skipped). */
function wordFollows(s: string, j: number): boolean {
  let k = j;
  // Skip at most a few invisible characters; each is also consumed by the caller.
  for (let guard = 0; guard < 4 && k < s.length; guard++) {
    const cp = cpAt(s, k);
    if (isWordCodePoint(cp)) return true;
    if (!isIgnorableCodePoint(cp)) return false;
    k += cpSize(cp);
  }
  return false;
}

/**
 * Case-folded matching form of a token's text: invisible characters dropped,
 * dashes unified to "-", NFKC, lower case.
 */
export function foldToken(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (isIgnorableCodePoint(cp)) continue;
    out += isDashCodePoint(cp) ? "-" : ch;
  }
  return out.normalize("NFKC").toLowerCase();
}

/** Memo of folded, stemmed and number-free forms by token text (capped, so hostile input cannot grow it without bound). */
const formsMemo = new Map<string, { folded: string; stem: string; num: string }>();
const MAX_FORMS_MEMO = 50_000;
const MAX_MEMO_TOKEN = 40;

function formsOf(tokText: string): { folded: string; stem: string; num: string } {
  if (tokText.length > MAX_MEMO_TOKEN) {
    const folded = foldToken(tokText);
    return { folded, stem: stemWord(folded), num: numberKey(folded) };
  }
  let f = formsMemo.get(tokText);
  if (f === undefined) {
    const folded = foldToken(tokText);
    f = { folded, stem: stemWord(folded), num: numberKey(folded) };
    if (formsMemo.size >= MAX_FORMS_MEMO) formsMemo.clear();
    formsMemo.set(tokText, f);
  }
  return f;
}

/** Folded and number-free forms without the stem (""), from the memo when it has them; never stored in the memo. */
function plainFormsOf(tokText: string): { folded: string; stem: string; num: string } {
  const hit = tokText.length > MAX_MEMO_TOKEN ? undefined : formsMemo.get(tokText);
  if (hit !== undefined) return { folded: hit.folded, stem: "", num: hit.num };
  const folded = foldToken(tokText);
  return { folded, stem: "", num: numberKey(folded) };
}

/**
 * Split text into word tokens with offsets into `text`, in linear time (a
 * hand-written scanner, no regex backtracking).
 *
 * A token starts at a letter or digit (or at "." directly before one, for
 * ".NET") and continues over letters, digits and marks; a connector (". / - _ &")
 * stays inside only when a word character follows it ("Node.js", "CI/CD",
 * "scikit-learn", "HTTP/2"), so sentence punctuation never sticks ("Redis." →
 * "Redis"); "+" and "#" stay as suffixes ("C++", "C#"). Zero-width characters
 * and soft hyphens inside a word are kept in `text` but dropped from `folded`.
 * With `withStems: false`, each `stem` is "" (for callers that read only the
 * folded and number-free forms, such as compiling catalog keys: the Porter
 * stemmer is most of that cost).
 */
export function tokenize(text: string, withStems = true): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevWord = false;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    const size = cpSize(cp);
    const startsDotName = cp === 0x2e && !prevWord && wordFollows(text, i + 1);
    if (!isWordCodePoint(cp) && !startsDotName) {
      prevWord = false;
      i += size;
      continue;
    }
    const start = i;
    let j = i + size;
    let lastVisibleEnd = j;
    for (;;) {
      if (j >= n) break;
      const c = text.codePointAt(j) as number;
      const cs = cpSize(c);
      if (isWordCodePoint(c)) {
        j += cs;
        lastVisibleEnd = j;
        continue;
      }
      if (isIgnorableCodePoint(c)) {
        j += cs;
        continue;
      }
      if (isSuffix(c)) {
        j += cs;
        lastVisibleEnd = j;
        continue;
      }
      if (isConnector(c) && wordFollows(text, j + cs)) {
        j += cs;
        continue;
      }
      break;
    }
    const end = lastVisibleEnd;
    const tokText = text.slice(start, end);
    const forms = withStems ? formsOf(tokText) : plainFormsOf(tokText);
    tokens.push({ text: tokText, folded: forms.folded, stem: forms.stem, num: forms.num, start, end });
    i = j;
    prevWord = true;
  }
  return tokens;
}
