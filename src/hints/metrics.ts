/**
 * Finds measured figures in a bullet ("cut p95 latency from 420 ms to 95 ms",
 * "$180K per year", "12,000 requests per second") and tells real metrics from
 * numbers that are not achievements: years and dates, phone numbers, versions
 * ("Java 17", "OAuth 2.0", "HTTP/2"), standards ("ISO 27001"), course codes,
 * "24/7", ordinals, list numbering and names with digits ("S3", "k8s").
 *
 * Decisions (documented, tested):
 * - "doubled", "tripled", "halved", "tenfold", "N times faster" are multipliers.
 * - "24/7" is not a metric; "top 10%" and "top 5" are ranks; "#1" (up to #10) is a rank.
 * - "N years" alone is tenure, not a metric; inside "from … to …" it counts.
 * - A bare number needs a unit, a "+", a magnitude ("10k"), thousands
 *   separators ("20,000") or a following noun to count ("25 endpoints").
 * - Spelled numbers count with a noun ("two engineers"); "one" does not.
 * - Vague plural magnitudes ("dozens of", "thousands of", "millions of") are
 *   not a specific number: not metrics.
 * - A duration that gives the length of an engagement or artefact ("6 month
 *   contract", "3-month internship", "17 minute presentation") is not a
 *   result: not a metric. "Delivered in 3 months" is.
 * - A duration after "for" ("served for 6 months", "for about 3 weeks") is
 *   how long an activity went on, not a result: not a metric.
 * - Digits inside a URL, an e-mail address or an ID ("bit.ly/3xYz12",
 *   "2019CS10234") are not numbers.
 *
 * One tokenizer pass plus constant look-around per token: linear time.
 */
import {
  COMPARATIVES,
  COUNT_NOUNS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  HYPHEN_COUNT_NOUNS,
  MAGNITUDES,
  MONTHS,
  MULTIPLIER_WORDS,
  NOT_PLURAL,
  ENGAGEMENT_NOUNS,
  NUMBER_WORDS,
  ORDINAL_SUFFIXES,
  RANK_WORDS,
  RATE_ADVERBS,
  RATE_PERIODS,
  STOP_WORDS,
  UNITS,
  VERSION_NAMES,
  YEAR_UNITS,
  type UnitInfo,
} from "./metric-lexicon.js";
import { tokenizeForMetrics, type MetricToken } from "./metric-tokens.js";
import type { Metric, MetricKind } from "./types.js";

/** What the classifier found at one token. */
interface Found {
  kind: MetricKind;
  /** First and last token of the metric. */
  first: number;
  last: number;
  value?: number;
  unit?: string;
}

/** Result of looking at one number: a metric, a plain number, or not a metric at all. */
type NumberReading = { found: Found } | { bare: true; value: number; last: number } | null;

const SENTENCE_BREAK = new Set([".", ";", ":", "!", "?", "(", "[", "•", "·", "|", "–", "—", "-", "*", "\"", "“", "/", "►", "▪", "●", "◦", "○"]);
const UPGRADE_WORD = /^(upgrad|migrat|port|bump|updat|mov|switch|convert)/;
const ARROWS = new Set(["→", "⇒", "➔", "➜", "⟶"]);
/** Fractions that size a change after "by": "by a quarter", "by two thirds". */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["half", 1 / 2], ["third", 1 / 3], ["thirds", 1 / 3], ["quarter", 1 / 4], ["quarters", 1 / 4], ["fifth", 1 / 5], ["fifths", 1 / 5], ["tenth", 1 / 10], ["tenths", 1 / 10],
]);
/** Hedges allowed between "by" and a fraction: "by about a quarter". */
const HEDGES: ReadonlySet<string> = new Set(["about", "roughly", "nearly", "almost", "around", "over", "approximately", "some"]);

function tok(toks: MetricToken[], i: number): MetricToken | undefined {
  return i >= 0 && i < toks.length ? toks[i] : undefined;
}

function isWord(t: MetricToken | undefined, lower?: string): t is MetricToken {
  return t !== undefined && t.kind === "word" && (lower === undefined || t.lower === lower);
}

function isSym(t: MetricToken | undefined, s: string): boolean {
  return t !== undefined && t.kind === "sym" && t.text === s;
}

function glued(t: MetricToken | undefined): boolean {
  return t !== undefined && !t.spaceBefore;
}

function sentenceInitial(toks: MetricToken[], j: number): boolean {
  const p = tok(toks, j - 1);
  return p === undefined || (p.kind === "sym" && SENTENCE_BREAK.has(p.text));
}

/** A name that a number after it belongs to: "Java 17", "Spring Boot 3", "ISO 27001", "Q3 2021". */
function nameLike(toks: MetricToken[], j: number): boolean {
  const w = toks[j];
  if (w === undefined || w.kind !== "word") return false;
  if (VERSION_NAMES.has(w.lower)) return true;
  if (/\d/.test(w.text)) return true;
  const first = w.text.charCodeAt(0);
  const upper = w.text !== w.lower && w.text[0] === w.text[0]!.toUpperCase() && !(first >= 97 && first <= 122);
  if (!upper) return isSym(tok(toks, j - 1), ".") && glued(w); // ".js 18", ".NET 8"
  if (w.text.length >= 2 && w.text === w.text.toUpperCase()) return true;
  return !sentenceInitial(toks, j);
}

function isPlural(t: MetricToken): boolean {
  if (t.kind !== "word") return false;
  const w = t.text;
  if (w.length >= 3 && /^[A-Z]{2,}s$/.test(w)) return true; // APIs, VMs, PRs
  if (w !== t.lower) return false;
  if (w.length < 3 || !w.endsWith("s") || w.endsWith("ss")) return false;
  return !NOT_PLURAL.has(w);
}

function unitOf(t: MetricToken | undefined): UnitInfo | undefined {
  if (t === undefined) return undefined;
  if (t.kind === "sym") {
    if (t.text === "%") return { kind: "percent", unit: "%" };
    if (t.text === "×") return { kind: "multiplier", unit: "x" };
    return undefined;
  }
  if (t.kind !== "word") return undefined;
  return UNITS.get(t.lower);
}

/** After a quantity ending at token `last`: a rate period ("/s", "per day", "a day", "daily")? Returns the new last token. */
function rateAfter(toks: MetricToken[], last: number): number {
  const a = tok(toks, last + 1);
  const b = tok(toks, last + 2);
  if (a === undefined) return -1;
  if (a.kind === "sym" && a.text === "/" && isWord(b) && RATE_PERIODS.has(b.lower)) return last + 2;
  if (isWord(a) && (a.lower === "per" || a.lower === "a" || a.lower === "an" || a.lower === "each" || a.lower === "every")) {
    if (isWord(b) && RATE_PERIODS.has(b.lower)) return last + 2;
  }
  if (isWord(a) && RATE_ADVERBS.has(a.lower)) return last + 1;
  return -1;
}

/** True when a glued hyphen and word follow token `j` ("on" in "on-premises"). */
function hyphenJoinsAt(toks: MetricToken[], j: number): boolean {
  return isSym(toks[j + 1], "-") && glued(toks[j + 1]) && isWord(toks[j + 2]) && glued(toks[j + 2]);
}

/** Looks for the noun a count belongs to within three tokens after `i` ("25 public endpoints"). */
function countNounAfter(toks: MetricToken[], i: number): number {
  let seen = 0;
  for (let j = i + 1; seen < 3 && j < toks.length; j++, seen++) {
    let t = toks[j]!;
    if (t.kind !== "word") return -1;
    // coordinated modifiers do not use up the window: "140 utility and port operators"
    if (seen > 0 && (t.lower === "and" || t.lower === "or") && isWord(toks[j + 1]) && !STOP_WORDS.has(toks[j + 1]!.lower)) {
      seen--;
      continue;
    }
    // hyphenated compounds count as one word, judged by their last part: "peer-reviewed", "analyst-hours",
    // "on-premises" (so a compound that starts with a stop word is not a stop word)
    if (!hyphenJoinsAt(toks, j) && STOP_WORDS.has(t.lower)) return -1;
    while (hyphenJoinsAt(toks, j)) {
      j += 2;
      t = toks[j]!;
    }
    if (YEAR_UNITS.has(t.lower)) return -1;
    if (COUNT_NOUNS.has(t.lower) || isPlural(t) || (seen > 0 && UNITS.has(t.lower) && UNITS.get(t.lower)!.kind === "duration")) {
      // compound nouns: "3 data centers", "2 pull requests"
      const nx = toks[j + 1];
      if (nx !== undefined && nx.kind === "word" && !STOP_WORDS.has(nx.lower) && !YEAR_UNITS.has(nx.lower) && (isPlural(nx) || COUNT_NOUNS.has(nx.lower))) return j + 1;
      return j;
    }
    if (UNITS.has(t.lower)) return -1;
  }
  return -1;
}

/** Extends a metric over a magnitude word ("3 million", "$1.2 bn"). */
function magnitudeWordAfter(toks: MetricToken[], i: number): number {
  const a = tok(toks, i + 1);
  if (isWord(a) && a.spaceBefore && MAGNITUDES.has(a.lower) && a.lower.length > 2) return i + 1;
  return -1;
}

function isYearNumber(t: MetricToken): boolean {
  return t.digits === 4 && !t.grouped && t.dots === 0 && t.suffix === "" && t.value! >= 1950 && t.value! <= 2099;
}

function withRate(toks: MetricToken[], f: Found): Found {
  const r = rateAfter(toks, f.last);
  if (r < 0) return f;
  return { ...f, last: r, kind: f.kind === "money" || f.kind === "percent" ? f.kind : "rate" };
}

/** A number token with the tokens around it, as the readers below look at it. */
interface NumberAt {
  toks: MetricToken[];
  i: number;
  t: MetricToken;
  prev: MetricToken | undefined;
  prev2: MetricToken | undefined;
  next: MetricToken | undefined;
  next2: MetricToken | undefined;
  /** "top" before the number: a rank ("top 10%", "top 5"). */
  topBefore: boolean;
}

/**
 * Reads the number at `i`: a metric, a plain number, or null when it is a date, version, phone...
 * The readers run in order and each either decides (a reading or null) or passes (undefined).
 */
function readNumber(toks: MetricToken[], i: number, phone: Uint8Array): NumberReading {
  const t = toks[i]!;
  if (phone[i] === 1) return null;
  if (t.dots! > 1) return null; // 3.11.2, 10.0.0.1
  const prev = tok(toks, i - 1);
  const at: NumberAt = { toks, i, t, prev, prev2: tok(toks, i - 2), next: tok(toks, i + 1), next2: tok(toks, i + 2), topBefore: isWord(prev, "top") };
  if (isPartOfCode(at)) return null;
  const money = readMoney(at);
  if (money !== undefined) return money;
  if (t.suffix) return readSuffixed(at);
  const withUnit = readUnitAfter(at);
  if (withUnit !== undefined) return withUnit;
  return readPlainNumber(at);
}

/** Digits that are part of an ID, a version, a time, a ratio, list numbering, or the first half of a range. */
function isPartOfCode({ toks, i, t, prev, prev2, next, next2 }: NumberAt): boolean {
  // digits glued after a number with letters: an ID or code ("3xYz12", "2019CS10234")
  if (prev && glued(t) && prev.kind === "num") return true;
  // glued to a preceding "/", ".", ":" or "_" after a word or number: HTTP/2, 24/7, 10:30, v1.2
  if (prev && glued(t) && prev.kind === "sym" && (prev.text === "/" || prev.text === "." || prev.text === ":" || prev.text === "_")) {
    if (prev2 && glued(prev) && prev2.kind !== "sym") return true;
  }
  // glued to a following "/" or ":" and a number: 24/7, 10/2020, 3:1
  if (next && glued(next) && next.kind === "sym" && (next.text === "/" || next.text === ":") && next2?.kind === "num" && glued(next2)) return true;
  // list numbering: "1. Intro", "2) Design"
  if (i === 0 && next && glued(next) && (next.text === "." || next.text === ")") && t.suffix === "" && tok(toks, i + 2)?.spaceBefore !== false) return true;
  // first half of a range "5-10 engineers": let the second half carry the metric
  if (next && glued(next) && (next.text === "-" || next.text === "–") && next2?.kind === "num" && glued(next2)) return true;
  return false;
}

/** Money: "$1.2M", "€ 30k", "USD 200,000", "200,000 USD"; undefined when no currency is next to the number. */
function readMoney({ toks, i, t, prev, prev2, next }: NumberAt): NumberReading | undefined {
  const currencyBefore =
    (prev?.kind === "sym" && CURRENCY_SYMBOLS.has(prev.text)) ||
    (isWord(prev) && CURRENCY_CODES.has(prev.lower) && prev.lower.length === 3) ||
    (prev?.kind === "sym" && prev.text === "$" && isWord(prev2, "us"));
  if (!currencyBefore && !(isWord(next) && CURRENCY_CODES.has(next.lower))) return undefined;
  const suffixMag = t.suffix ? MAGNITUDES.get(t.lower) : undefined;
  let value = t.value!;
  let last = i;
  if (suffixMag) value *= suffixMag;
  else if (t.suffix) {
    if (!currencyBefore) return null;
  }
  const mw = magnitudeWordAfter(toks, last);
  if (mw >= 0) {
    value *= MAGNITUDES.get(toks[mw]!.lower)!;
    last = mw;
  }
  if (!currencyBefore) last = i + 1;
  const first = currencyBefore ? (prev2 && isWord(prev2, "us") && glued(prev) ? i - 2 : i - 1) : i;
  return { found: withRate(toks, { kind: "money", first, last, value, unit: currencyBefore ? prev!.text.toUpperCase() : next!.text.toUpperCase() }) };
}

/** A suffix glued to the digits: an ordinal ("3rd"), a multiplier ("10x"), a magnitude ("10k") or a unit ("200ms"). */
function readSuffixed({ toks, i, t, prev, next }: NumberAt): NumberReading {
  const s = t.lower;
  let value = t.value!;
  if (ORDINAL_SUFFIXES.has(s)) {
    if ((isWord(next) && RANK_WORDS.has(next.lower)) || (isWord(prev) && RANK_WORDS.has(prev.lower))) {
      return { found: { kind: "rank", first: i, last: isWord(next) && RANK_WORDS.has(next.lower) ? i + 1 : i, value } };
    }
    return null;
  }
  if (s === "x") {
    const last = isWord(next) && COMPARATIVES.has(next.lower) ? i + 1 : i;
    return { found: { kind: "multiplier", first: i, last, value, unit: "x" } };
  }
  const suffixMag = MAGNITUDES.get(t.lower);
  if (suffixMag !== undefined) {
    value *= suffixMag;
    const unit = unitOf(next);
    if (unit && unit.kind !== "multiplier") return { found: withRate(toks, { kind: unit.kind, first: i, last: i + 1, value, unit: unit.unit }) };
    const noun = countNounAfter(toks, i);
    if (noun >= 0) return { found: withRate(toks, { kind: "count", first: i, last: noun, value, unit: toks[noun]!.lower }) };
    return { found: withRate(toks, { kind: "count", first: i, last: i, value }) };
  }
  const u = UNITS.get(s);
  if (u) return { found: withRate(toks, { kind: u.kind, first: i, last: i, value, unit: u.unit }) };
  if (YEAR_UNITS.has(s)) return { bare: true, value, last: i };
  return null; // 3D, 2FA, 5G, 64bit...
}

/** A percent, multiplier or "N-noun" word after the number; undefined when none decides. */
function readUnitAfter({ toks, i, t, next, next2, topBefore }: NumberAt): NumberReading | undefined {
  const value = t.value!;
  const unit = unitOf(next);
  // "N percent", "N %"
  if (unit?.kind === "percent") {
    let last = i + 1;
    if (next!.lower === "per" && isWord(next2, "cent")) last = i + 2;
    return { found: withRate(toks, { kind: topBefore ? "rank" : "percent", first: topBefore ? i - 1 : i, last, value, unit: "%" }) };
  }
  if (isWord(next, "per") && isWord(next2, "cent")) {
    return { found: { kind: topBefore ? "rank" : "percent", first: topBefore ? i - 1 : i, last: i + 2, value, unit: "%" } };
  }
  if (unit?.kind === "multiplier") {
    const last = isWord(next2) && COMPARATIVES.has(next2.lower) ? i + 2 : i + 1;
    return { found: { kind: "multiplier", first: i, last, value, unit: "x" } };
  }
  if (isWord(next, "times")) {
    if (isWord(next2) && COMPARATIVES.has(next2.lower)) return { found: { kind: "multiplier", first: i, last: i + 2, value, unit: "x" } };
    const r = rateAfter(toks, i + 1);
    if (r >= 0) return { found: { kind: "rate", first: i, last: r, value, unit: "times" } };
  }
  // "N-noun": "5-person team", "3-month", "10-fold"
  if (next && glued(next) && next.text === "-" && isWord(next2) && glued(next2)) {
    if (nameLike(toks, i - 1)) return null; // COVID-19 style handled by prev; here "N-" after a name
    const hu = UNITS.get(next2.lower);
    if (hu || HYPHEN_COUNT_NOUNS.has(next2.lower)) {
      const kind: MetricKind = hu ? hu.kind : next2.lower === "fold" ? "multiplier" : "count";
      return { found: { kind, first: i, last: i + 2, value, unit: hu ? hu.unit : next2.lower } };
    }
    return null; // 3-tier, 64-bit, 12-factor
  }
  return undefined;
}

/** A number after a name (Java 17, OAuth 2.0, ISO 27001, Fortune 500, COVID-19) or in a date ("Jan 2020", "March 15, 2021"). */
function isNameOrDateNumber({ toks, i, t, prev, next, topBefore }: NumberAt): boolean {
  let p = i - 1;
  if (isSym(prev, "-") && glued(t) && glued(prev)) p = i - 2;
  if (!topBefore && p >= 0 && nameLike(toks, p)) return true;
  if ((isWord(prev) && MONTHS.has(prev.lower)) || (isWord(next) && MONTHS.has(next.lower))) return true;
  if (isSym(prev, ",") && isWord(tok(toks, i - 3)) && MONTHS.has(toks[i - 3]!.lower)) return true;
  return false;
}

/** A number with no suffix and no percent or multiplier after it: a unit, a magnitude, a count noun, a rank or a rate, or bare. */
function readPlainNumber(at: NumberAt): NumberReading {
  const { toks, i, t, prev, prev2, next, topBefore } = at;
  let value = t.value!;
  const unit = unitOf(next);
  if (unit !== undefined) {
    return { found: withRate(toks, { kind: unit.kind, first: i, last: i + 1, value, unit: unit.unit }) };
  }
  if (isNameOrDateNumber(at)) return null;
  if (isWord(next) && YEAR_UNITS.has(next.lower)) return { bare: true, value, last: i + 1 };

  const mw = magnitudeWordAfter(toks, i);
  if (mw >= 0) {
    value *= MAGNITUDES.get(toks[mw]!.lower)!;
    const noun = countNounAfter(toks, mw);
    const last = noun >= 0 ? noun : mw;
    return { found: withRate(toks, { kind: "count", first: i, last, value, unit: noun >= 0 ? toks[noun]!.lower : undefined }) };
  }
  if (topBefore) return { found: { kind: "rank", first: i - 1, last: i, value } };

  // "200+ endpoints", "300+"
  if (next && glued(next) && next.text === "+") {
    const noun = countNounAfter(toks, i + 1);
    return { found: withRate(toks, { kind: "count", first: i, last: noun >= 0 ? noun : i + 1, value, unit: noun >= 0 ? toks[noun]!.lower : undefined }) };
  }
  const noun = countNounAfter(toks, i);
  if (noun >= 0) {
    if (isYearNumber(t) && noun !== i + 1) return null; // "in 2021 new services" vs "2000 users"
    return { found: withRate(toks, { kind: "count", first: i, last: noun, value, unit: toks[noun]!.lower }) };
  }
  // "team of 8", "group of 5"
  if (isWord(prev, "of") && isWord(prev2) && (prev2.lower === "team" || prev2.lower === "group" || prev2.lower === "staff" || prev2.lower === "squad")) {
    return { found: { kind: "count", first: i - 2, last: i, value, unit: "people" } };
  }
  // "30 per day"
  const r = rateAfter(toks, i);
  if (r >= 0 && !isYearNumber(t)) return { found: { kind: "rate", first: i, last: r, value } };
  if (isYearNumber(t)) return null;
  if (t.grouped) return { found: { kind: "count", first: i, last: i, value } };
  return { bare: true, value, last: i };
}

/** Marks digit groups that form a phone number: "+1 415 555 0199", "(646) 555-0107". */
function markPhones(toks: MetricToken[], phone: Uint8Array): void {
  let i = 0;
  while (i < toks.length) {
    if (toks[i]!.kind !== "num" || toks[i]!.suffix !== "") {
      i++;
      continue;
    }
    let digits = toks[i]!.digits!;
    let nums = 1;
    let j = i;
    let k = i + 1;
    // walk over separators "(", ")", "-", ".", "+" and spaces between plain numbers
    for (;;) {
      let s = k;
      let seps = 0;
      while (s < toks.length && toks[s]!.kind === "sym" && "()-.+–".includes(toks[s]!.text) && seps < 3) {
        s++;
        seps++;
      }
      const nt = toks[s];
      if (nt === undefined || nt.kind !== "num" || nt.suffix !== "" || nt.grouped || nt.digits! > 5) break;
      digits += nt.digits!;
      nums++;
      j = s;
      k = s + 1;
    }
    const plus = isSym(tok(toks, i - 1), "+") || isSym(tok(toks, i - 1), "(");
    const allYears = nums === 2 && isYearNumber(toks[i]!) && isYearNumber(toks[j]!);
    if (((nums >= 2 && digits >= 7) || (nums === 1 && digits >= 10 && !toks[i]!.grouped && toks[i]!.dots === 0) || (plus && digits >= 7)) && !allYears) {
      for (let m = i; m <= j; m++) phone[m] = 1;
    }
    i = j + 1;
  }
}

/** Metrics that start at a word: "doubled", "two engineers", "millions of users", "zero downtime". */
function readWord(toks: MetricToken[], i: number): Found | null {
  const t = toks[i]!;
  if (MULTIPLIER_WORDS.has(t.lower)) return { kind: "multiplier", first: i, last: i, unit: "x" };
  // any number word + "fold": "thirtyfold", "twentyfold" ("manifold", "scaffold" have no number)
  if (t.lower.endsWith("fold")) {
    const n = NUMBER_WORDS.get(t.lower.slice(0, -4));
    if (n !== undefined && n > 1) return { kind: "multiplier", first: i, last: i, value: n, unit: "x" };
  }
  // a fraction as the size of a change, read at its count word: "fell by about a quarter", "cut by two thirds"
  const fractionWord = tok(toks, i + 1);
  const fraction = isWord(fractionWord) ? FRACTIONS.get(fractionWord.lower) : undefined;
  if (fraction !== undefined) {
    const many = t.lower === "a" || t.lower === "one" ? 1 : NUMBER_WORDS.get(t.lower);
    let by = i - 1;
    if (isWord(tok(toks, by)) && HEDGES.has(toks[by]!.lower)) by--;
    if (many !== undefined && many >= 1 && isWord(tok(toks, by), "by")) {
      return { kind: "percent", first: by, last: i + 1, value: Math.round(many * fraction * 1000) / 10, unit: "%" };
    }
  }
  // "by half", "in half", "twice as fast"
  if (t.lower === "half" && (isWord(tok(toks, i - 1), "by") || isWord(tok(toks, i - 1), "in"))) return { kind: "multiplier", first: i - 1, last: i, value: 0.5, unit: "x" };
  if (t.lower === "twice" && isWord(tok(toks, i + 1), "as")) return { kind: "multiplier", first: i, last: i, value: 2, unit: "x" };
  const n = NUMBER_WORDS.get(t.lower);
  if (n !== undefined) {
    const next = tok(toks, i + 1);
    if (t.lower === "zero") {
      if (isWord(next) && (COUNT_NOUNS.has(next.lower) || isPlural(next))) return { kind: "count", first: i, last: i + 1, value: 0, unit: next.lower };
      return null;
    }
    if (isWord(next, "times") && isWord(tok(toks, i + 2)) && COMPARATIVES.has(toks[i + 2]!.lower)) {
      return { kind: "multiplier", first: i, last: i + 2, value: n, unit: "x" };
    }
    if (isSym(next, "-") && glued(next) && isWord(tok(toks, i + 2), "fold")) return { kind: "multiplier", first: i, last: i + 2, value: n, unit: "x" };
    const u = unitOf(next);
    if (u && u.kind !== "multiplier" && u.kind !== "percent" && next!.lower.length > 2) {
      return withRate(toks, { kind: u.kind, first: i, last: i + 1, value: n, unit: u.unit });
    }
    if (isWord(next, "percent")) return { kind: "percent", first: i, last: i + 1, value: n, unit: "%" };
    const noun = countNounAfter(toks, i);
    if (noun >= 0) return withRate(toks, { kind: "count", first: i, last: noun, value: n, unit: toks[noun]!.lower });
    return null;
  }
  return null;
}

/** "from 800 ms to 120 ms", "41% → 86%": a before-after pair starting at "from" (index `i`) or at a number. */
function readBeforeAfter(toks: MetricToken[], i: number, phone: Uint8Array): Found | null {
  const fromWord = isWord(toks[i], "from");
  const a = fromWord ? i + 1 : i;
  let aStart = a;
  if (toks[a]?.kind === "sym" && CURRENCY_SYMBOLS.has(toks[a]!.text)) aStart = a + 1;
  const first = toks[aStart];
  if (first === undefined || first.kind !== "num") return null;
  const r1 = readNumber(toks, aStart, phone);
  if (r1 === null) return null;
  const end1 = "found" in r1 ? r1.found.last : r1.last;
  // the joiner: "to" within two tokens (allowing a unit word we did not read), or an arrow
  let j = end1 + 1;
  let joinerFound = false;
  for (let step = 0; step < 3 && j < toks.length; step++, j++) {
    const x = toks[j]!;
    if ((fromWord && isWord(x, "to")) || (x.kind === "sym" && ARROWS.has(x.text))) {
      joinerFound = true;
      break;
    }
    if (x.kind === "sym" && x.text === "-" && isSym(tok(toks, j + 1), ">")) {
      j++;
      joinerFound = true;
      break;
    }
    if (x.kind !== "word" || STOP_WORDS.has(x.lower)) break;
  }
  if (!joinerFound) return null;
  let b = j + 1;
  if (toks[b]?.kind === "sym" && CURRENCY_SYMBOLS.has(toks[b]!.text)) b++;
  if (toks[b]?.kind !== "num") return null;
  const r2 = readNumber(toks, b, phone);
  if (r2 === null) return null;
  if ("bare" in r1 && "bare" in r2) {
    const t1 = toks[aStart]!;
    const t2 = toks[b]!;
    if (isYearNumber(t1) || isYearNumber(t2)) return null;
    if (!fromWord) return null;
    // versions: "Java from 8 to 17", "upgraded from 2.7 to 3.8"
    if (nameLike(toks, i - 1)) return null;
    for (let k = Math.max(0, i - 8); k < i; k++) if (toks[k]!.kind === "word" && UPGRADE_WORD.test(toks[k]!.lower)) return null;
  }
  const last = "found" in r2 ? r2.found.last : r2.last;
  return { kind: "before-after", first: fromWord ? i : a, last, value: "found" in r2 ? r2.found.value : r2.value, unit: "found" in r2 ? r2.found.unit : undefined };
}

/**
 * True when the duration ending at token `last` gives the length of an
 * engagement or artefact: "6 month contract", "3-month paid internship",
 * "6-month-long project".
 */
function lengthOfEngagement(toks: MetricToken[], last: number): boolean {
  let words = 0;
  for (let j = last + 1; j < toks.length && words < 2; j++) {
    const t = toks[j]!;
    if (isSym(t, "-") && glued(t) && isWord(toks[j + 1], "long")) {
      j++;
      continue;
    }
    if (t.kind !== "word" || STOP_WORDS.has(t.lower)) return false;
    if (ENGAGEMENT_NOUNS.has(t.lower)) return true;
    words++;
  }
  return false;
}

/** Approximations between "for" and a duration: "for about 6 months", "for over 3 weeks". */
const APPROX_WORDS: ReadonlySet<string> = new Set(["about", "around", "over", "nearly", "almost", "roughly", "some", "approximately", "the", "a", "full", "first", "past", "last"]);

/**
 * True when the duration starting at token `first` is how long an activity
 * went on, introduced by "for" ("Served for 6 months as on-call lead",
 * "ran the pilot for about 3 weeks"): a span of time, not a result. "In 3
 * months", "by 6 weeks" and "from 6 weeks to 2 days" still count.
 */
function spanOfActivity(toks: MetricToken[], first: number): boolean {
  let j = first - 1;
  for (let k = 0; k < 2 && j >= 0 && toks[j]!.kind === "word" && APPROX_WORDS.has(toks[j]!.lower); k++) j--;
  return isWord(toks[j], "for");
}

/** Tokens inside a URL, a web address or an e-mail address ("https://…/p/12345", "bit.ly/3xYz12"). */
function markAddresses(text: string, toks: MetricToken[], masked: Uint8Array): void {
  if (!/[/@]|www\./u.test(text)) return;
  let k = 0;
  const chunk = /\S+/gu;
  for (let m = chunk.exec(text); m !== null; m = chunk.exec(text)) {
    const w = m[0];
    const isAddress = w.includes("://") || /^\(?www\./iu.test(w) || /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+\/\S/u.test(w) || /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\./u.test(w);
    const end = m.index + w.length;
    while (k < toks.length && toks[k]!.start < m.index) k++;
    for (; k < toks.length && toks[k]!.start < end; k++) if (isAddress) masked[k] = 1;
  }
}

/**
 * All metrics in `text`, in order, not overlapping. Linear in the length of
 * the text (one tokenizer pass, bounded look-around per token).
 */
export function findMetrics(text: string): Metric[] {
  const toks = tokenizeForMetrics(text);
  const phone = new Uint8Array(toks.length);
  markPhones(toks, phone);
  const masked = new Uint8Array(toks.length);
  markAddresses(text, toks, masked);
  const out: Metric[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    let f: Found | null = null;
    if (masked[i] === 1) {
      i++;
      continue;
    }
    if (t.kind === "num" || (t.kind === "sym" && CURRENCY_SYMBOLS.has(t.text)) || isWord(t, "from")) {
      f = readBeforeAfter(toks, i, phone);
    }
    if (f === null && t.kind === "num") {
      const r = readNumber(toks, i, phone);
      if (r !== null && "found" in r) f = r.found;
    } else if (f === null && t.kind === "word") {
      f = readWord(toks, i);
    } else if (f === null && t.kind === "sym" && t.text === "#") {
      const nx = tok(toks, i + 1);
      if (nx?.kind === "num" && glued(nx) && nx.suffix === "" && nx.value! >= 1 && nx.value! <= 10 && t.spaceBefore) {
        f = { kind: "rank", first: i, last: i + 1, value: nx.value };
      }
    }
    if (f !== null && f.kind === "duration" && (lengthOfEngagement(toks, f.last) || spanOfActivity(toks, f.first))) f = null;
    if (f === null) {
      i++;
      continue;
    }
    const first = Math.min(f.first, i);
    const start = toks[first]!.start;
    const end = toks[f.last]!.end;
    const prev = out[out.length - 1];
    if (prev !== undefined && start < prev.end) {
      // overlap with the previous metric ("top" before a percent): keep the earlier one
      i = Math.max(i + 1, f.last + 1);
      continue;
    }
    const m: Metric = { kind: f.kind, text: text.slice(start, end), start, end };
    if (f.value !== undefined && Number.isFinite(f.value)) m.value = f.value;
    if (f.unit !== undefined) m.unit = f.unit;
    out.push(m);
    i = Math.max(i + 1, f.last + 1);
  }
  return out;
}

/** True when `text` carries at least one real metric (see `findMetrics`). */
export function isQuantified(text: string): boolean {
  return findMetrics(text).length > 0;
}
