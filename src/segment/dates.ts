/**
 * Date ranges in entry headers: "Jan 2019 – Present", "03/2018 - 11/2021",
 * "2017–2020", "Summer 2021", "2019 to now"... and the overlap-free sum of
 * the years they cover.
 *
 * Every regex here is anchored on a short token or has bounded repetition,
 * and callers only pass lines of bounded length, so the scan is linear.
 */

/** A date range found in a line. */
export interface DateRange {
  /** "YYYY-MM". */
  start: string;
  /** "YYYY-MM" or "present". */
  end: string;
  /** The range as written. */
  text: string;
  /** Offset of `text` in the line. */
  index: number;
  /** True when both ends carry only a year. */
  yearOnly: boolean;
  /** A template's placeholder ("Jan 20XX – Present"): a date line, but `start` and `end` are "". */
  placeholder?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 1 };

const MONTH_RE = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const SEASON_RE = "(?:spring|summer|fall|autumn|winter)";
const YEAR_RE = "(?:19|20)\\d{2}";
/** One date: "Jan 2019", "Mar. 2020", "January, 2019", "03/2018", "2018", "Summer 2021", "Jan '19". */
const DATE_RE = `(?:${MONTH_RE}(?:\\.|-(?=\\d))?,?\\s{0,3}(?:${YEAR_RE}|'\\d{2})|${SEASON_RE}\\s{1,3}${YEAR_RE}|(?:0?[1-9]|1[0-2])\\s?[/.]\\s?${YEAR_RE}|${YEAR_RE}(?!\\s?[/.]\\d))`;
const PRESENT_RE = "(?:present|current(?:ly)?|now|today|ongoing|to\\s?date|till\\s?date|date)";
const SEP_RE = "(?:\\s{0,3}(?:-{1,2}|–|—|~|−)\\s{0,3}|\\s{1,3}(?:to|until|till|through|thru)\\s{1,3})";

/** Two months sharing one year: "July — Dec 2017", "Mar-Apr 2020". */
const MONTH_PAIR = new RegExp(`(?<![\\w/.])(${MONTH_RE})\\.?${SEP_RE}(${MONTH_RE})\\.?,?\\s{0,3}(${YEAR_RE})(?![\\w/%])`, "gi");

/** A placeholder year of a template: "20XX", "XXXX", "YYYY". */
const PLACEHOLDER_YEAR = "(?:(?:19|20)[Xx]{2}|[Xx]{4}|YYYY)";
const PLACEHOLDER_DATE = `(?:${MONTH_RE}\\.?,?\\s{0,3})?${PLACEHOLDER_YEAR}`;
const PLACEHOLDER_RANGE = new RegExp(`(?<![\\w/.])${PLACEHOLDER_DATE}(?:${SEP_RE}(?:${PLACEHOLDER_DATE}|${DATE_RE}|${PRESENT_RE}))?(?![\\w/%])`, "gi");

/** A year glued to letters by a hyphen is an identifier ("INC-2041", "JIRA-2019"), not a date. */
const RANGE = new RegExp(`(?<![\\w/.])(?<![A-Za-z]-)(${DATE_RE})(?:${SEP_RE}(${DATE_RE}|${PRESENT_RE}))?(?![\\w/%])`, "gi");

/** Parses one date as written; null when it is not a date. */
export function parseDate(text: string): { ym: string; yearOnly: boolean } | null {
  const t = text.trim().toLowerCase().replace(/[.,]|(?<=[a-z])-(?=\d)/g, " ").replace(/\s+/g, " ").trim();
  let m = /^([a-z]+) ?('?\d{2,4})$/.exec(t);
  if (m) {
    const word = m[1] as string;
    const y = normalizeYear(m[2] as string);
    if (y === null) return null;
    const month = MONTHS[word] ?? SEASONS[word];
    if (month === undefined) return null;
    return { ym: ym(y, month), yearOnly: false };
  }
  m = /^(\d{1,2}) ?[/ ] ?(\d{4})$/.exec(t);
  if (m) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return null;
    return { ym: ym(Number(m[2]), month), yearOnly: false };
  }
  m = /^(\d{4})$/.exec(t);
  if (m) return { ym: ym(Number(m[1]), 1), yearOnly: true };
  return null;
}

function normalizeYear(s: string): number | null {
  if (s.startsWith("'")) {
    const n = Number(s.slice(1));
    return n < 50 ? 2000 + n : 1900 + n;
  }
  if (s.length !== 4) return null;
  return Number(s);
}

function ym(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Finds date ranges (or single dates) in a line, in order. A single date
 * gives `start === end`; "since 07/2022" runs to "present". Ranges whose end
 * is before their start are dropped. A line with no real date but a
 * template's placeholder ("Aug 20XX – Mar 20XX") gives placeholder ranges.
 */
export function findDateRanges(line: string): DateRange[] {
  if (line.length > 400) return [];
  const out: DateRange[] = [];
  MONTH_PAIR.lastIndex = 0;
  for (let m = MONTH_PAIR.exec(line); m !== null; m = MONTH_PAIR.exec(line)) {
    const year = Number(m[3]);
    const a = MONTHS[(m[1] as string).toLowerCase().slice(0, 4).replace(/\.$/u, "")] ?? MONTHS[(m[1] as string).toLowerCase().slice(0, 3)];
    const b = MONTHS[(m[2] as string).toLowerCase().slice(0, 4).replace(/\.$/u, "")] ?? MONTHS[(m[2] as string).toLowerCase().slice(0, 3)];
    if (a === undefined || b === undefined) continue;
    out.push({ start: ym(a <= b ? year : year - 1, a), end: ym(year, b), text: m[0].trim(), index: m.index, yearOnly: false });
  }
  const taken = (at: number): boolean => out.some((r) => at >= r.index && at < r.index + r.text.length);
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(line); m !== null; m = RANGE.exec(line)) {
    if (taken(m.index)) continue;
    const s = parseDate(m[1] as string);
    if (!s) continue;
    let end = s.ym;
    let yearOnly = s.yearOnly;
    if (m[2] !== undefined) {
      const e = parseDate(m[2]);
      if (e) {
        end = e.ym;
        yearOnly = yearOnly && e.yearOnly;
      } else {
        end = "present";
      }
    }
    // "since 07/2022": an open range.
    if (m[2] === undefined && /\bsince\s*$/iu.test(line.slice(Math.max(0, m.index - 8), m.index))) end = "present";
    if (end !== "present" && end < s.ym) continue;
    out.push({ start: s.ym, end, text: m[0].trim(), index: m.index, yearOnly });
  }
  out.sort((p, q) => p.index - q.index);
  if (out.length === 0 && /[Xx]{2}|YYYY/u.test(line)) {
    PLACEHOLDER_RANGE.lastIndex = 0;
    for (let m = PLACEHOLDER_RANGE.exec(line); m !== null; m = PLACEHOLDER_RANGE.exec(line)) {
      out.push({ start: "", end: "", text: m[0].trim(), index: m.index, yearOnly: false, placeholder: true });
    }
  }
  return out;
}

/** The best range of a line: the first one that is a true range, else the first date. */
export function findDateRange(line: string): DateRange | null {
  const all = findDateRanges(line);
  return all.find((r) => r.start !== r.end || r.end === "present") ?? all[0] ?? null;
}

function monthIndex(ymText: string): number {
  const [y, m] = ymText.split("-");
  return Number(y) * 12 + Number(m) - 1;
}

/**
 * Total years covered by the ranges, overlaps counted once, one decimal.
 * "present" is `now`. Month-precise ranges count both end months
 * (Jan–Mar = 3 months); year-only ranges count end − start (2017–2020 = 3 years).
 */
export function totalYears(ranges: ReadonlyArray<{ start: string | null; end: string | null; yearOnly?: boolean }>, now: Date): number {
  const nowIdx = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const spans: Array<[number, number]> = [];
  for (const r of ranges) {
    if (!r.start || !r.end) continue;
    const s = monthIndex(r.start);
    let e: number;
    if (r.end === "present") e = nowIdx + 1;
    else e = monthIndex(r.end) + (r.yearOnly ? 0 : 1);
    e = Math.min(e, nowIdx + 1);
    if (e > s) spans.push([s, e]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let months = 0;
  let curS = -1;
  let curE = -1;
  for (const [s, e] of spans) {
    if (s > curE) {
      months += curE - curS;
      curS = s;
      curE = e;
    } else if (e > curE) curE = e;
  }
  months += curE - curS;
  return Math.round((months / 12) * 10) / 10;
}
