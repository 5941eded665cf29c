/**
 * Entries of experience-like sections (experience, projects, volunteer) and
 * of education: header lines, title, organization and dates.
 *
 * Rule: a non-bullet line of ≤ 20 words with a date range (or a single dated
 * month / season / year) is an entry's date line. Up to two plain short lines
 * just before it (no sentence end, ≤ 12 words) belong to its header
 * ("Software Engineer II, Team" / "Globex | NY  Aug 2024 – Present"), and up
 * to two short lines after it when they are a location ("Austin, TX", "Remote")
 * or give the title / organization the header still lacks.
 * An organization line above a dated title line ("Acme Corporation" /
 * "Staff Engineer  Aug 2024 – Present") is a banner: later entries that are
 * indented under it (or name only a title) inherit the organization.
 */
import type { SectionKind } from "../types.js";
import { endsSentence, startsLowercase } from "./bullets.js";
import { findLocation } from "./contact.js";
import { findDateRange, type DateRange } from "./dates.js";
import { hasOrgHint, hasTitleWord, isClosingPlace, isDegree, isSchoolName, roleFromHeaderLines, splitHeaderParts, splitHeaderSegments } from "./organizations.js";
import { wordCount } from "../util/words.js";
import { danglingEnd } from "../util/dangling.js";

/** A line as seen by entry detection. */
export interface EntryLine {
  /** 0-based document index. */
  index: number;
  text: string;
  x?: number;
  /** True when the line starts with a bullet marker. */
  bullet: boolean;
}

/** An entry found in one section. */
export interface FoundEntry {
  /** Document indexes of the header lines, ascending. */
  headerLines: number[];
  /** Document index of the dated line. */
  dateLine: number;
  title: string | null;
  organization: string | null;
  range: DateRange | null;
}

/**
 * True when a line starts lower case as a wrapped sentence does: names that
 * start lower case ("ivi.ru", "eBay", "iRobot", "iOS Developer") do not count.
 */
function startsAsContinuation(t: string): boolean {
  return startsLowercase(t) && !/^[a-z][\w-]*(?:\.[a-z]{2,}\b|[A-Z])/u.test(t);
}

function isShortPlain(l: EntryLine | undefined, maxWords: number): l is EntryLine {
  if (!l || l.bullet) return false;
  const t = l.text.trim();
  if (t === "" || t.length > 160 || wordCount(t) > maxWords) return false;
  if (endsSentence(t) && !/\b[A-Z][a-z]{0,3}\.$/.test(t)) return false;
  return !startsAsContinuation(t);
}

/** The date range of a line when it can be an entry's date line. */
export function entryDate(l: EntryLine): DateRange | null {
  if (l.bullet) return null;
  const t = l.text.trim();
  if (t.length > 200 || wordCount(t) > 20) return null;
  if (startsAsContinuation(t) && !/^(?:[a-z]{3,9}\.?\s)?(?:\d{1,2}[/.])?(?:19|20)\d{2}/i.test(t)) return null;
  return findDateRange(t);
}

function stripRange(text: string, r: DateRange | null): string {
  if (!r) return text;
  return (text.slice(0, r.index) + " | " + text.slice(r.index + r.text.length))
    // "Acme, Manchester (Mar 2022 – present)": the parentheses that held the dates go with them.
    .replace(/\(\s*\|\s*\)/gu, " | ")
    .replace(/\((?:anticipated|expected)\)/gi, "")
    .replace(/\b(?:expected|anticipated|since|from)\b/gi, "");
}

/** "Tech: Node.js, TypeScript, Fastify": a labelled list under a role, never a title or an employer. */
export function isLabelledList(text: string): boolean {
  return /^\s*[^\s:,]{1,20}(?:\s[^\s:,]{1,20})?:\s*\S[^,]*,/u.test(text);
}

/** A line ending on a word that cannot end a sentence or a header ("with the", "of", "and"). */
const DANGLING_END = danglingEnd();

/** Finds the entries among a section's lines (in document order). */
export function findEntries(lines: readonly EntryLine[], kind: SectionKind): FoundEntry[] {
  // The longest line of the section (in characters, at most 200): how wide a wrapped line runs.
  const maxChars = lines.reduce((m, l) => Math.max(m, Math.min(l.text.trim().length, 200)), 0);
  const dated: number[] = [];
  // A dated line right after a line that ends on a function word finishes that sentence ("…mentored the" / "Spring 2019 intern cohort.").
  // A line indented under a bullet is that bullet's wrapped text ("• Lead three teams … on Amazon" / "EKS; hired 11 engineers in 2022.").
  const ranges: Array<DateRange | null> = lines.map((l, i) => (i > 0 && (DANGLING_END.test((lines[i - 1] as EntryLine).text.trimEnd()) || isContinuationOfBullet(lines, i)) ? null : entryDate(l)));
  ranges.forEach((r, i) => {
    if (r) dated.push(i);
  });
  const scan: EntryScan = { lines, kind, ranges, dated, used: new Set<number>(), maxChars };
  const out: FoundEntry[] = [];
  let banner: Banner | null = null;
  for (const i of dated) {
    if (scan.used.has(i)) continue;
    const draft = readHeader(scan, i);
    readLinesBelow(scan, i, draft);
    banner = settleRole(scan, i, draft, out[out.length - 1], banner);
    draft.header.sort((a, b) => a - b);
    out.push({ headerLines: draft.header, dateLine: draft.line.index, title: draft.title, organization: draft.organization, range: draft.range });
  }
  if (kind === "experience" || kind === "volunteer") {
    const undated = undatedRoles(lines, scan.used);
    if (undated.length > 0) return [...out, ...undated].sort((a, b) => (a.headerLines[0] as number) - (b.headerLines[0] as number));
  }
  return out;
}

/** A section's lines and what `findEntries` learnt of them, shared by its steps. */
interface EntryScan {
  lines: readonly EntryLine[];
  kind: SectionKind;
  /** The date range of each line that can be an entry's date line. */
  ranges: ReadonlyArray<DateRange | null>;
  /** Positions of the dated lines, ascending. */
  dated: readonly number[];
  /** Positions already taken by an entry's header. */
  used: Set<number>;
  /** The longest line of the section (in characters, at most 200). */
  maxChars: number;
  /**
   * True once an entry whose header already named its employer had a bare
   * name on the line below it ("Senior Engineer, Thameside Ledger Ltd" /
   * "London"): in this layout that line is the city, in later entries too.
   */
  placeBelow?: boolean;
}

/** An organization line above a dated title line, which later entries under it inherit. */
interface Banner {
  org: string;
  x?: number;
}

/** An entry being read around its dated line. */
interface EntryDraft {
  /** The dated line and its range. */
  line: EntryLine;
  range: DateRange | null;
  /** Document indexes of the header lines, in the order they were taken. */
  header: number[];
  /** The plain header lines above the dated line. */
  pre: EntryLine[];
  /** Comma parts of the dated line (its date cut out), and of the lines above. */
  own: string[];
  preParts: string[];
  /** Comma parts of every header line so far. */
  parts: string[];
  /** Segments of comma parts of every header line so far (`splitHeaderSegments`). */
  segLines: string[][][];
  title: string | null;
  organization: string | null;
  /** True when the title segment was split into title and organization (a later line may still name the organization). */
  split?: boolean;
}

/** How a header without a title word reads: a project names itself first, a role its organization. */
function untitledOf(kind: SectionKind): "name-first" | "organization" {
  return kind === "projects" ? "name-first" : "organization";
}

/**
 * The dated line at position `i` and the header lines above it (up to two
 * short plain lines not used yet), taken as used, with the role their parts
 * give (none in education, which reads its parts at the end).
 */
function readHeader(scan: EntryScan, i: number): EntryDraft {
  const { lines, kind } = scan;
  const line = lines[i] as EntryLine;
  const range = scan.ranges[i] ?? null;
  const own = splitHeaderParts(stripRange(line.text, range));
  const header = [line.index];
  scan.used.add(i);
  const pre = headerLinesAbove(scan, i);
  pre.forEach((p, k) => {
    header.push(p.index);
    scan.used.add(i - pre.length + k);
  });
  const preParts = pre.map((p) => splitHeaderParts(p.text)).flat();
  const segLines = [...pre.map((p) => splitHeaderSegments(p.text)), splitHeaderSegments(stripRange(line.text, range))];
  // "Senior Database Administrator, Northwind" / "Retail — Jan 2020 – Present": a header wrapped in a narrow column
  // ends its line inside the employer's name; the dated line's first word finishes it.
  const above = pre[pre.length - 1];
  if (kind !== "education" && above !== undefined && wrapsIntoDatedLine(above.text, line.text, range, scan.maxChars)) {
    segLines.splice(segLines.length - 2, 2, splitHeaderSegments(`${above.text.trim()} ${stripRange(line.text, range).trim()}`));
  } else if (kind !== "education" && pre.length === 2 && wrapsIntoNextLine((pre[0] as EntryLine).text, (pre[1] as EntryLine).text, scan.maxChars)) {
    // "Senior Bioinformatics Engineer — Fenland Genomics" / "Institute" / "Jan 2021 – present": one header wrapped above its dates.
    segLines.splice(0, 2, splitHeaderSegments(`${(pre[0] as EntryLine).text.trim()} ${(pre[1] as EntryLine).text.trim()}`));
  }
  const role = kind === "education" ? { title: null, organization: null, split: false } : roleFromHeaderLines(segLines, untitledOf(kind));
  return { line, range, header, pre, own, preParts, parts: [...preParts, ...own], segLines, title: role.title, organization: role.organization, split: role.split };
}

/** Up to two short plain lines above the dated line at `i` that can be its header, in document order. */
function headerLinesAbove(scan: EntryScan, i: number): EntryLine[] {
  const { lines, used } = scan;
  const line = lines[i] as EntryLine;
  const pre: EntryLine[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const p = lines[j];
    if (used.has(j) || !isShortPlain(p, 12) || entryDate(p) !== null || isSentenceLike(p.text) || isLabelledList(p.text)) break;
    if (j > 0 && isContinuationOfBullet(lines, j)) break;
    // A line indented past the dated line is the wrapped end of the body above, not a header line.
    if (p.x !== undefined && line.x !== undefined && p.x > line.x + 3) break;
    pre.unshift(p);
  }
  return pre;
}

/**
 * Lines below the dated line at `i` (up to two short ones): a location, or
 * the title / organization the header still lacks, which are added to the
 * header and read again for the role.
 */
function readLinesBelow(scan: EntryScan, i: number, draft: EntryDraft): void {
  const { lines, kind, ranges } = scan;
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const p = lines[j];
    if (!isShortPlain(p, 12) || ranges[j] || scan.dated.includes(j) || isLabelledList(p.text) || isSentenceLike(p.text)) break;
    const t = p.text.trim();
    const loc = findLocation(t);
    const isLoc = loc !== null || /^(?:remote|hybrid|on-?site)\b|\s(?:remote|hybrid|on-?site)$/i.test(t);
    // "Kasa   Seoul, S.Korea" right above the next dated line opens that entry.
    if (loc !== null && ranges[j + 1] && splitHeaderParts(t).length > 0) break;
    const noOrg = draft.organization === null || draft.split === true;
    if (j === i + 1 && draft.organization !== null && draft.split !== true && isNameLine(t) && !hasOrgHint(t) && !hasTitleWord(t)) scan.placeBelow = true;
    const titleAfterDate = draft.range !== null && draft.range.index === draft.line.text.length - draft.line.text.trimStart().length;
    // "Software Engineer, Orbitfold Analytics   2017 – 2020" / "Cambridge" after such an entry: the comma's employer stands.
    const named = draft.title !== null && (isNameLine(t) || isOrgWithPlace(t, p, draft.line, titleAfterDate)) && !(draft.split === true && scan.placeBelow === true);
    const fills = kind !== "education" && ((draft.title === null && hasTitleWord(t)) || (noOrg && !hasTitleWord(t) && (hasOrgHint(t) || named)));
    if (!isLoc && !fills) break;
    draft.header.push(p.index);
    scan.used.add(j);
    // "Senior Software Engineer · Springfield, IL": a location line can carry the missing title too.
    if (fills) {
      draft.parts = [...draft.parts, ...splitHeaderParts(t)];
      draft.segLines.push(splitHeaderSegments(t));
      const role = roleFromHeaderLines(draft.segLines, untitledOf(kind));
      draft.title = role.title;
      draft.organization = role.organization;
      draft.split = role.split;
    }
  }
}

/**
 * The entry's title and organization from its neighbours: a title-only
 * header right under the previous entry's keeps that employer; an
 * organization line above a dated title line opens a banner that later
 * entries indented under it (or naming only a title) inherit. An education
 * entry takes its school and degree from its parts. Returns the banner open
 * after this entry.
 */
function settleRole(scan: EntryScan, i: number, draft: EntryDraft, prev: FoundEntry | undefined, banner: Banner | null): Banner | null {
  const { pre, own, preParts } = draft;
  if (scan.kind === "education") {
    draft.organization = draft.parts.find((p) => isSchoolName(p)) ?? draft.parts.find((p) => !isDegree(p) && !/\bgpa\b/i.test(p)) ?? null;
    draft.title = draft.parts.find((p) => isDegree(p)) ?? null;
    return banner;
  }
  // Titles stacked under one employer ("Lead Engineer, Upstatement" / "Senior Engineer  2020 – 2022"): a title-only
  // header right under the previous entry's header belongs to the same employer.
  if (draft.organization === null && draft.title !== null && pre.length === 0 && prev && (prev.headerLines[prev.headerLines.length - 1] as number) === scan.lines[i - 1]?.index) {
    draft.organization = prev.organization;
  }
  if (pre.length > 0 && preParts.length > 0 && !preParts.some(hasTitleWord) && own.some(hasTitleWord)) {
    const opened: Banner = { org: draft.segLines[0]?.[0]?.[0] ?? (preParts[0] as string), ...(pre[0]?.x !== undefined ? { x: pre[0].x } : {}) };
    draft.organization = opened.org;
    draft.title = own.join(", ");
    return opened;
  }
  if (pre.length > 0) return null;
  if (!banner) return banner;
  const indented = banner.x !== undefined && draft.line.x !== undefined && draft.line.x > banner.x + 2;
  if (indented || (banner.x === undefined && own.length === 1 && hasTitleWord(own[0] as string))) {
    draft.organization = banner.org;
    draft.title = own.join(", ") || null;
    return banner;
  }
  return null;
}

/**
 * True when a header line (trimmed) reads as cut inside a name by the column's
 * width: it runs near the full width of the section (≥ 75% of its longest
 * line, at most 160 characters) and ends in a capitalised word without a
 * separator after it.
 */
function breaksInsideName(a: string, maxChars: number): boolean {
  return a.length >= 0.75 * maxChars && a.length <= 160 && /\p{Lu}[\p{L}&.'-]*$/u.test(a) && !/[.;:,|·•—–-]$/u.test(a);
}

/**
 * True when a header line wrapped into the next header line, inside the
 * employer's name: the first runs near the full width of the section (≥ 75%
 * of its longest line), has a title word before a separator (— – | · or a
 * comma) and ends in a capitalised word without one; the second is one or two
 * capitalised words with no separator, digit or title word
 * ("Senior Bioinformatics Engineer — Fenland Genomics" / "Institute").
 */
function wrapsIntoNextLine(first: string, second: string, maxChars: number): boolean {
  const a = first.trim();
  const b = second.trim();
  if (!breaksInsideName(a, maxChars)) return false;
  const sep = /\s[—–|·]\s|,\s/u.exec(a);
  if (sep === null || !hasTitleWord(a.slice(0, sep.index))) return false;
  return /^\p{Lu}[\p{L}&.'-]*(?: \p{Lu}[\p{L}&.'-]*)?$/u.test(b) && !hasTitleWord(b);
}

/**
 * True when a header line wrapped into the dated line below it, inside a
 * name: the line runs near the full width of the section (≥ 75% of its
 * longest line), ends in a capitalised word without a separator, its last
 * comma part is one word (no title word) after a title, and the dated line
 * opens with one capitalised word (no title word) before a strong separator
 * ("Retail — Jan 2020 – Present").
 */
function wrapsIntoDatedLine(aboveText: string, datedText: string, range: DateRange | null, maxChars: number): boolean {
  const a = aboveText.trim();
  if (!breaksInsideName(a, maxChars)) return false;
  const commaParts = a.split(/,\s+/u);
  const last = commaParts[commaParts.length - 1] as string;
  // One word each side: "…, Business Credit Journey" / "Globex Financial | NY" is a team, then the employer.
  if (commaParts.length < 2 || /\s/u.test(last) || hasTitleWord(last) || !hasTitleWord(commaParts[0] as string)) return false;
  const rest = stripRange(datedText, range).trim();
  const m = /^(\p{Lu}[\p{L}&.'-]*)\s*(?:[—–|·•]|\s-\s|$)/u.exec(rest);
  return m !== null && !hasTitleWord(m[1] as string);
}

/**
 * Roles printed without dates: a short plain header line that names a role
 * (a title, maybe with the employer: "Office Manager, Nod Publishing"), with
 * at most one more short header line right after it, followed by a bullet.
 * The entry's `dateLine` is its first header line and `range` is null.
 */
function undatedRoles(lines: readonly EntryLine[], used: ReadonlySet<number>): FoundEntry[] {
  const out: FoundEntry[] = [];
  const taken = new Set<number>(used);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as EntryLine;
    if (taken.has(i) || !isShortPlain(l, 12) || isSentenceLike(l.text) || isLabelledList(l.text)) continue;
    if (i > 0 && isContinuationOfBullet(lines, i)) continue;
    const header = [i];
    const next = lines[i + 1];
    if (next && !taken.has(i + 1) && isShortPlain(next, 12) && !isSentenceLike(next.text) && !isLabelledList(next.text) && lines[i + 2]?.bullet) header.push(i + 1);
    if (!lines[(header[header.length - 1] as number) + 1]?.bullet) continue;
    const role = roleFromHeaderLines(header.map((k) => splitHeaderSegments((lines[k] as EntryLine).text)));
    if (role.title === null) continue;
    for (const k of header) taken.add(k);
    out.push({ headerLines: header.map((k) => (lines[k] as EntryLine).index), dateLine: l.index, title: role.title, organization: role.organization, range: null });
  }
  return out;
}

/** A short name in title case ("NGP Professional Education"): every word of four or more letters capitalised, no digits. */
function isNameLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || /[\d.!?;:@]/u.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 6 && words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}&]/u.test(w));
}

/**
 * "Mistral Banque en ligne, Paris" under a dated title line: a name that has
 * lower-case words ("en ligne", "générale") and then a place after its last
 * comma ("Rhodanie Assurances, Lyon (France)" in Europass), set at the title
 * line's indent (when positions are known and the line does not open on its dates). A name
 * line in title case needs none of this (`isNameLine`).
 */
function isOrgWithPlace(text: string, line: EntryLine, titleLine: EntryLine, titleAfterDate: boolean): boolean {
  // When the dated line opens on its dates ("01/2020–Present  Senior .NET Developer"), its title starts past them,
  // at a position the line does not give: the indent cannot be compared.
  if (!titleAfterDate && line.x !== undefined && titleLine.x !== undefined && Math.abs(line.x - titleLine.x) > 1.5) return false;
  const m = /^(\p{Lu}[^,\d.!?;:@]{1,60}),\s*([^,]+)$/u.exec(text.trim());
  return m !== null && isClosingPlace((m[2] as string).trim());
}

/** Lower-case words that titles, degrees and organization names use. */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "and", "the", "for", "in", "at", "on", "to", "with", "de", "du", "la", "le", "von", "van", "der", "y", "e", "et", "und", "&"]);

/**
 * True when a line reads as a sentence rather than a title or organization:
 * three or more lower-case words other than connectors ("of", "and", "in"...),
 * e.g. "Mentored six engineers on distributed systems design".
 */
export function isSentenceLike(text: string): boolean {
  if (text.length > 300) return true;
  let lower = 0;
  for (const w of text.trim().split(/\s+/)) {
    if (/^\p{Ll}/u.test(w) && !CONNECTORS.has(w)) lower++;
  }
  return lower >= 3;
}

/** True when line j (plain) continues a bullet just above it (it starts lower case). */
function isContinuationOfBullet(lines: readonly EntryLine[], j: number): boolean {
  const above = lines[j - 1];
  const l = lines[j] as EntryLine;
  if (!above) return false;
  if (above.bullet && l.x !== undefined && above.x !== undefined) return l.x > above.x + 1.5;
  return false;
}

/** School names of education lines that carry no date (a school on its own line). */
export function undatedSchools(lines: readonly EntryLine[], used: ReadonlySet<number>): Array<{ index: number; name: string }> {
  const out: Array<{ index: number; name: string }> = [];
  for (const l of lines) {
    if (l.bullet || used.has(l.index) || l.text.length > 200) continue;
    const school = splitHeaderParts(l.text).find((p) => isSchoolName(p) && p.split(/\s+/).length <= 8);
    if (school) out.push({ index: l.index, name: school });
  }
  return out;
}
