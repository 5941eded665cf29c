/**
 * Segmentation: extracted lines → sections, bullets, contact, dated entries
 * and organization names.
 */
import type { Bullet, ExperienceEntry, ExtractedDocument, ExtractedLine, Section, SectionKind, SegmentedLine, SegmentedResume } from "../types.js";
import { continuesBullet, endsSentence, startsLowercase, stripBulletMarker } from "./bullets.js";
import { extractContact, fillContactFromLinks, findEmail, findLocation, findPhone } from "./contact.js";
import { findDateRange, totalYears, type DateRange } from "./dates.js";
import { CONNECTORS, findEntries, isSentenceLike, undatedSchools, type EntryLine, type FoundEntry } from "./entries.js";
import { detectHeadings, type DetectedHeading } from "./sections.js";
import { isTitlePart, withoutDescriptor } from "./organizations.js";
import { statedEntries } from "./stated-entries.js";
import { bodyFontSize, lineStyle } from "./style.js";
import { namesSpokenLanguage } from "./spoken-languages.js";
import { findUnheadedSummary } from "./summary.js";
import { unbulletIconHeadings } from "./icon-headings.js";

export { findDateRange, findDateRanges, parseDate, totalYears, type DateRange } from "./dates.js";
export { classifyHeading, collapseLetterSpacing, type HeadingMatch } from "./headings.js";
export { findEmail, findPhone, findLinkedin, findGithub, findWebsite, findLocation, findName, looksLikeName } from "./contact.js";
export { stripBulletMarker } from "./bullets.js";

/** Options of `segment`. */
export interface SegmentOptions {
  /** The date "present" stands for (default: now). */
  now?: Date;
}

/** Kinds whose dated entries go to `experience.entries`. */
const ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(["experience", "projects", "volunteer"]);
/** Kinds whose plain sentence lines under an entry become bullets when the entry has no glyph bullets. */
const PSEUDO_BULLET_KINDS: ReadonlySet<SectionKind> = ENTRY_KINDS;

/**
 * Splits an extracted document into sections, bullets, contact details,
 * dated entries and organization names. Deterministic for a given `now`.
 */
export function segment(doc: ExtractedDocument, options: SegmentOptions = {}): SegmentedResume {
  const now = options.now ?? new Date();
  const body = bodyFontSize(doc.lines);
  const given = doc.lines.map((l) => lineStyle(l, body));
  const src = unbulletIconHeadings(doc.lines, given);
  const styles = src === doc.lines ? given : src.map((l) => lineStyle(l, body));
  const headings = detectHeadings(src, styles);
  const { sections, sectionOf } = buildSections(src, headings);
  experienceUnderOtherHeadings(src, sections, sectionOf);
  unheadedRoles(src, sections, sectionOf);
  programmingLanguageLists(src, sections, sectionOf);

  const layout: Layout = {
    src,
    out: segmentedLines(src, sections, sectionOf, headings),
    sectionOf,
    inlineHeadings: new Set(headings.filter((h) => h.inline).map((h) => h.index)),
    labelPrefix: labelPrefixes(headings),
    furniture: pageFurniture(src),
  };
  const gathered: Gathered = { bullets: [], pseudoBullets: new Set(), entries: [], entryYears: [], orgs: [] };
  sections.forEach((section, sIdx) => segmentSection(doc, layout, section, sIdx, gathered));
  dropProseParagraphs(gathered.bullets, gathered.pseudoBullets, layout.out);

  return {
    lines: layout.out,
    sections,
    bullets: gathered.bullets,
    contact: contactOf(doc, sections, sectionOf),
    experience: { years: totalYears(gathered.entryYears, now), entries: gathered.entries },
    organizations: gathered.orgs,
  };
}

/** The lines with their sections, and what the per-section steps of `segment` read of them. */
interface Layout {
  src: readonly ExtractedLine[];
  /** The output lines, one per extracted line; the section steps mark entries and bullets on them. */
  out: SegmentedLine[];
  sectionOf: readonly number[];
  /** Lines that carry a heading and content on the same line. */
  inlineHeadings: ReadonlySet<number>;
  /** Label text to strip from lines that carry a heading and content (label rails), by line index. */
  labelPrefix: ReadonlyMap<number, string>;
  /** Page numbers and running headers or footers (`pageFurniture`). */
  furniture: ReadonlySet<number>;
}

/** What `segment` gathers over the sections, in reading order. */
interface Gathered {
  bullets: Bullet[];
  /** The glyph-less bullets (plain sentence lines under an entry), which `dropProseParagraphs` may take back. */
  pseudoBullets: Set<Bullet>;
  entries: ExperienceEntry[];
  /** The date ranges of dated experience entries, for the total years. */
  entryYears: Array<{ start: string | null; end: string | null; yearOnly?: boolean }>;
  orgs: string[];
}

/** The output line of each extracted line, with its section and whether it is a heading (or a rail label's bare continuation). */
function segmentedLines(src: readonly ExtractedLine[], sections: readonly Section[], sectionOf: readonly number[], headings: readonly DetectedHeading[]): SegmentedLine[] {
  return src.map((l, i) => {
    const s = sectionOf[i] as number;
    const sl: SegmentedLine = {
      line: l.index + 1,
      text: l.text,
      page: l.page,
      section: (sections[s] as Section).kind,
      sectionIndex: s,
      isHeading: headings.some((h) => h.index === i || (h.continuation?.index === i && restOfLabel(l.text, h.continuation.prefix) === "")),
    };
    if (l.fontSize !== undefined) sl.fontSize = l.fontSize;
    if (l.bold !== undefined) sl.bold = l.bold;
    return sl;
  });
}

/** The label text of each line that carries a heading and content (an inline heading, a rail label and its continuation). */
function labelPrefixes(headings: readonly DetectedHeading[]): Map<number, string> {
  const labelPrefix = new Map<number, string>();
  for (const h of headings) {
    if (h.inline) labelPrefix.set(h.index, h.prefix ?? h.text);
    if (h.continuation) labelPrefix.set(h.continuation.index, h.continuation.prefix);
  }
  return labelPrefix;
}

/** Adds an organization name once, trimmed, when it is 2 to 100 characters long. */
function addOrg(orgs: string[], o: string | null): void {
  if (!o) return;
  const t = o.trim();
  if (t.length >= 2 && t.length <= 100 && !orgs.includes(t)) orgs.push(t);
}

/**
 * One section's share of the resume: its dated entries (with their
 * organizations and years) or its schools, the titles roles give in their
 * first line, the entry marks of its lines, and its bullets.
 */
function segmentSection(doc: ExtractedDocument, layout: Layout, section: Section, sIdx: number, gathered: Gathered): void {
  const eLines = sectionEntryLines(layout, section, sIdx);
  let found: FoundEntry[] = [];
  // Entries the source states as data (JSON Resume) come as given; otherwise they are read from the text.
  if (ENTRY_KINDS.has(section.kind) || section.kind === "education") found = statedEntries(doc, eLines) ?? findEntries(eLines, section.kind);
  const headerSet = new Set(found.flatMap((f) => f.headerLines));
  // Entry index per line: from the entry's first header line to the next entry's first header line.
  let entryAt = new Map<number, number>();
  if (ENTRY_KINDS.has(section.kind)) {
    entryAt = recordEntries(found, section, eLines, gathered);
  } else if (section.kind === "education") {
    for (const f of found) addOrg(gathered.orgs, f.organization);
    for (const s of undatedSchools(eLines, headerSet)) {
      addOrg(gathered.orgs, s.name);
      headerSet.add(s.index);
    }
  }
  if (section.kind === "experience" || section.kind === "volunteer") titlesFromFirstLines(gathered.entries, section.kind, eLines, entryAt, headerSet);
  for (const el of eLines) {
    const sl = layout.out[el.index] as SegmentedLine;
    if (headerSet.has(el.index)) sl.isEntryHeader = true;
    const e = entryAt.get(el.index);
    if (e !== undefined) sl.entryIndex = e;
  }
  collectBullets(layout, section.kind, eLines, entryAt, headerSet, gathered);
}

/**
 * A section's body lines as entry detection reads them: its own lines less
 * headings, page furniture and bare labels, each with its rail label cut off.
 */
function sectionEntryLines(layout: Layout, section: Section, sIdx: number): EntryLine[] {
  const { src, out, sectionOf, inlineHeadings, labelPrefix, furniture } = layout;
  const eLines: EntryLine[] = [];
  for (let i = section.startLine - 1; i <= section.endLine - 1; i++) {
    if (sectionOf[i] !== sIdx) continue;
    if ((out[i] as SegmentedLine).isHeading && !inlineHeadings.has(i)) continue;
    if (furniture.has(i)) continue;
    const raw = (src[i] as ExtractedLine).text;
    const prefix = labelPrefix.get(i);
    if ((prefix !== undefined ? restOfLabel(raw, prefix) : raw).trim() === "") continue;
    eLines.push(entryLineOf(src[i] as ExtractedLine, i, prefix));
  }
  return eLines;
}

/** One body line for entry detection: its text after the rail label (if any), and whether it is a bullet. */
function entryLineOf(l: ExtractedLine, i: number, prefix: string | undefined): EntryLine {
  let text = prefix !== undefined ? restOfLabel(l.text, prefix) : l.text;
  let bullet = l.bullet === true || stripBulletMarker(l.text) !== null;
  // An icon before a date ("📅 Apr 2021 – Present") reads as a bullet glyph: it is the entry's date line.
  const rest = bullet ? stripBulletMarker(text) : null;
  if (rest !== null && isDateOnly(rest)) {
    text = rest;
    bullet = false;
  }
  const el: EntryLine = { index: i, text, bullet };
  if (l.x !== undefined) el.x = l.x;
  return el;
}

/**
 * Appends the entries found in an experience-like section (with the years of
 * dated experience and the organizations, projects aside) and returns the
 * entry index of each of its lines, from an entry's first header line to the
 * next entry's.
 */
function recordEntries(found: readonly FoundEntry[], section: Section, eLines: readonly EntryLine[], gathered: Gathered): Map<number, number> {
  const entryAt = new Map<number, number>();
  found.forEach((f, k) => {
    const entryIndex = gathered.entries.length;
    const dated = f.range !== null && f.range.placeholder !== true;
    const organization = withoutDescriptor(f.organization);
    gathered.entries.push({
      title: f.title,
      organization,
      start: dated ? (f.range as DateRange).start : null,
      end: dated ? (f.range as DateRange).end : null,
      dateText: f.range?.text ?? null,
      line: (f.headerLines[0] as number) + 1,
      section: section.kind,
    });
    if (section.kind === "experience" && dated) gathered.entryYears.push({ start: (f.range as DateRange).start, end: (f.range as DateRange).end, yearOnly: (f.range as DateRange).yearOnly });
    if (section.kind !== "projects") addOrg(gathered.orgs, organization);
    const from = f.headerLines[0] as number;
    const to = k + 1 < found.length ? ((found[k + 1] as FoundEntry).headerLines[0] as number) - 1 : section.endLine - 1;
    for (const el of eLines) if (el.index >= from && el.index <= to) entryAt.set(el.index, entryIndex);
  });
  return entryAt;
}

/**
 * A role whose header names no title may give it in its first line or bullet
 * ("• Senior .NET Developer", "Role: QA Lead"): such a line becomes part of
 * the header; a title that only opens the line leaves it body text.
 */
function titlesFromFirstLines(entries: ExperienceEntry[], kind: SectionKind, eLines: readonly EntryLine[], entryAt: ReadonlyMap<number, number>, headerSet: Set<number>): void {
  for (const [k, entry] of entries.entries()) {
    if (entry.title !== null || entry.section !== kind) continue;
    const first = eLines.find((el) => entryAt.get(el.index) === k && !headerSet.has(el.index));
    if (!first) continue;
    const title = titleLine(first.text);
    if (title !== null) {
      entry.title = title;
      headerSet.add(first.index);
      continue;
    }
    // "Android Developer on a retail client's loyalty app: …", "Graduate Developer. Maintained …": the title opens the line, which stays body text.
    entry.title = leadingTitle(first.text);
  }
}

/** The bullet being read, with its first and last line so far. */
interface OpenBullet {
  bullet: Bullet;
  first: EntryLine;
  last: EntryLine;
  /** True for a glyph-less bullet (a plain sentence line or an item of an indented list). */
  pseudo: boolean;
}

/**
 * The bullets of a section: lines with a glyph, the items of a list whose
 * glyphs are missing from the text layer, and (in experience-like sections,
 * under an entry without glyph bullets) plain sentence lines; each joined
 * with the wrapped lines that continue it.
 */
function collectBullets(layout: Layout, kind: SectionKind, eLines: readonly EntryLine[], entryAt: ReadonlyMap<number, number>, headerSet: ReadonlySet<number>, gathered: Gathered): void {
  const { src, out, inlineHeadings } = layout;
  const glyphEntries = new Set<number>();
  for (const el of eLines) {
    const e = entryAt.get(el.index);
    if (el.bullet && e !== undefined) glyphEntries.add(e);
  }
  const indented = PSEUDO_BULLET_KINDS.has(kind) ? indentedLists(eLines, entryAt, headerSet, glyphEntries) : new Map<number, number>();
  // Characters of a "full" line in this section: a wrapped line fills most of the width.
  const fullWidth = 0.85 * eLines.reduce((m, el) => Math.max(m, Math.min(el.text.trim().length, 400)), 0);
  let open: OpenBullet | null = null;
  for (const el of eLines) {
    const i = el.index;
    const sl = out[i] as SegmentedLine;
    const e = entryAt.get(i);
    if (headerSet.has(i) || (sl.isHeading && !inlineHeadings.has(i))) {
      open = null;
      continue;
    }
    const start = (text: string, pseudo: boolean): OpenBullet => startBullet(gathered, { el, sl, entryIndex: e, kind }, text, pseudo);
    if (el.bullet) {
      open = start(stripBulletMarker(el.text) ?? el.text.replace(/^\s*\S\s*/, ""), false);
      continue;
    }
    const listX = e !== undefined ? indented.get(e) : undefined;
    if (listX !== undefined && el.x !== undefined) {
      // A list whose glyphs are not in the text layer (CSS squares): each indented line that starts upper case is an
      // item, a lower-case one continues it, and lines at the entry's left edge (description, stack) are no items.
      if (el.x < listX - 1.5) open = null;
      else if (open && open.bullet.entryIndex === e && startsLowercase(el.text)) extendBullet(open, el, sl, gathered.bullets.length - 1);
      else open = start(el.text, true);
      continue;
    }
    if (open && open.bullet.entryIndex === e && continuesLine(open, el, src, fullWidth)) {
      extendBullet(open, el, sl, gathered.bullets.length - 1);
      continue;
    }
    open = null;
    if (e !== undefined && PSEUDO_BULLET_KINDS.has(kind) && !glyphEntries.has(e) && isSentenceStart(el.text)) {
      open = start(el.text, true);
    }
  }
}

/** Opens a bullet on a line: appends it, points the line at it, and notes it when glyph-less. */
function startBullet(
  gathered: Gathered,
  at: { el: EntryLine; sl: SegmentedLine; entryIndex: number | undefined; kind: SectionKind },
  text: string,
  pseudo: boolean,
): OpenBullet {
  const line = at.el.index + 1;
  const b: Bullet = { text: text.trim(), line, endLine: line, section: at.kind };
  if (at.entryIndex !== undefined) b.entryIndex = at.entryIndex;
  gathered.bullets.push(b);
  at.sl.bulletIndex = gathered.bullets.length - 1;
  if (pseudo) gathered.pseudoBullets.add(b);
  return { bullet: b, first: at.el, last: at.el, pseudo };
}

/** Adds a wrapped line to the open bullet. */
function extendBullet(open: OpenBullet, el: EntryLine, sl: SegmentedLine, bulletIndex: number): void {
  open.bullet.text = `${open.bullet.text} ${el.text.trim()}`;
  open.bullet.endLine = el.index + 1;
  open.last = el;
  sl.bulletIndex = bulletIndex;
}

/**
 * The contact details: read from the header and contact sections (and the
 * whole text), completed by the links drawn there (PDF link annotations).
 */
function contactOf(doc: ExtractedDocument, sections: readonly Section[], sectionOf: readonly number[]): SegmentedResume["contact"] {
  const src = doc.lines;
  const headerLines = src.filter((_, i) => {
    const k = (sections[sectionOf[i] as number] as Section).kind;
    return k === "header" || k === "contact";
  }).map((l) => l.text);
  const contact = extractContact(headerLines, src.map((l) => l.text));
  const headerLinks = (doc.links ?? []).filter((l) => l.line !== undefined && l.line < src.length && ["header", "contact"].includes((sections[sectionOf[l.line] as number] as Section).kind));
  fillContactFromLinks(contact, headerLinks);
  return contact;
}

/** A label that gives a role's title: "Role: QA Lead", "Position – Senior Developer". */
const TITLE_LABEL = /^(?:role|position|title|job title|job|designation|post)\s*[:–—-]\s*/iu;

/**
 * The job title a role's first body line gives, bullet marker aside: a
 * labelled title ("Role: QA Lead"), or a short line that is only a title
 * ("Senior .NET Developer"); null for an achievement, a sentence or a date.
 */
export function titleLine(text: string): string | null {
  const raw = (stripBulletMarker(text) ?? text).trim();
  if (raw.length === 0 || raw.length > 100 || findDateRange(raw) !== null) return null;
  const labelled = TITLE_LABEL.exec(raw);
  const t = (labelled ? raw.slice(labelled[0].length) : raw).replace(/[.;,]\s*$/u, "").trim();
  if (t === "" || t.split(/\s+/u).length > (labelled ? 10 : 6) || isSentenceLike(t) || /[.!?;]\s/u.test(t)) return null;
  if (!labelled && (!isTitlePart(t) || startsWithVerbLike(t))) return null;
  return t;
}

/** Where a title that opens a body line ends: a sentence end, a colon, a parenthesis, or a preposition that goes on about the work. */
const TITLE_END = /(?:[.:;]\s|\s\(|\s(?:on|at|for|with|in|of)\s)/u;

/**
 * The job title that opens a role's first body line without being all of it:
 * "Android Developer on a retail client's loyalty app: …", "Graduate
 * Developer. Maintained …", "Role: Senior .NET Developer (promoted from .NET
 * Developer in 2021)."; null when the line opens with anything else.
 */
export function leadingTitle(text: string): string | null {
  const raw = (stripBulletMarker(text) ?? text).trim();
  const labelled = TITLE_LABEL.exec(raw);
  const rest = labelled ? raw.slice(labelled[0].length) : raw;
  const end = TITLE_END.exec(rest);
  if (!end) return null;
  const t = rest.slice(0, end.index).trim();
  if (t === "" || t.split(/\s+/u).length > 6 || isSentenceLike(t) || !isTitlePart(t) || startsWithVerbLike(t)) return null;
  return t;
}

/**
 * "Led two engineers", "Managed the interns": a line opening with a past-tense
 * verb is an achievement, not a title ("Certified Scrum Master" and "Lead
 * Developer" are titles).
 */
function startsWithVerbLike(text: string): boolean {
  if (/^(?:Certified|Licensed|Registered|Chartered|Qualified|Accredited)\b/u.test(text)) return false;
  return /^(?:\p{Lu}\p{Ll}{2,}ed|Led|Built|Ran|Won|Wrote|Drove|Grew|Cut|Made|Took|Taught|Brought|Began|Kept|Held|Sold|Found)\b/u.test(text);
}

/** True when a line holds only a date range, maybe with a location or a "Date:" label ("Apr 2021 – Present", "Date: 2019 – 2021 | Berlin"). */
function isDateOnly(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || !/\d\d/u.test(t)) return false;
  const r = findDateRange(t);
  if (!r) return false;
  const rest = (t.slice(0, r.index) + " " + t.slice(r.index + r.text.length)).replace(/\b(?:date|dates|since|from)\b:?/giu, " ");
  const loc = findLocation(rest.replace(/^[\s|·•,–-]+|[\s|·•,–-]+$/gu, ""));
  const left = (loc ? rest.replace(loc, " ") : rest).replace(/[^\p{L}]+/gu, " ").trim();
  return left === "" || /^(?:remote|hybrid|present)$/iu.test(left);
}

/** A page number on its own: "1/3", "Page 2 of 3", "- 2 -". */
const PAGE_NUMBER = /^(?:page\s*)?\d{1,2}\s*(?:\/|of)\s*\d{1,2}$|^page\s*\d{1,2}$|^[-–]?\s*\d{1,2}\s*[-–]?$/iu;

/**
 * Page furniture: page numbers, and running headers or footers, i.e. lines
 * whose text (digits aside) comes back on two or more pages ("June 3, 2026 ·
 * Jane Smith · Résumé · 2"). Such lines are no entry, bullet or body text.
 */
export function pageFurniture(lines: readonly ExtractedLine[]): Set<number> {
  const out = new Set<number>();
  const pagesOf = new Map<string, Set<number>>();
  const keyOf = (t: string): string => t.toLowerCase().replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim();
  const multiPage = lines.length > 0 && (lines[lines.length - 1] as ExtractedLine).page > (lines[0] as ExtractedLine).page;
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (t.length <= 12 && PAGE_NUMBER.test(t)) out.add(i);
    if (!multiPage) return;
    if (t.length < 8 || t.length > 120 || l.bullet === true) return;
    const k = keyOf(t);
    const set = pagesOf.get(k) ?? new Set<number>();
    set.add(l.page);
    pagesOf.set(k, set);
  });
  if (!multiPage) return out;
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (t.length < 8 || t.length > 120 || l.bullet === true || !/\d/u.test(t)) return;
    if ((pagesOf.get(keyOf(t))?.size ?? 0) >= 2) out.add(i);
  });
  return out;
}

/**
 * Entries whose list glyphs are missing from the text layer (CSS list
 * squares): no glyph bullets, and two or more body lines, most of them
 * starting upper case, indented past the entry's other body lines. Returns
 * the indent x of the list per entry index.
 */
function indentedLists(eLines: readonly EntryLine[], entryAt: ReadonlyMap<number, number>, headerSet: ReadonlySet<number>, glyphEntries: ReadonlySet<number>): Map<number, number> {
  const body = new Map<number, EntryLine[]>();
  for (const el of eLines) {
    const e = entryAt.get(el.index);
    if (e === undefined || glyphEntries.has(e) || headerSet.has(el.index) || el.x === undefined) continue;
    const list = body.get(e) ?? [];
    list.push(el);
    body.set(e, list);
  }
  const out = new Map<number, number>();
  for (const [e, lines] of body) {
    const base = Math.min(...lines.map((l) => l.x as number));
    const inner = lines.filter((l) => (l.x as number) > base + 4);
    if (inner.length < 2 || inner.length === lines.length) continue;
    const upper = inner.filter((l) => !startsLowercase(l.text) && /^[\p{Lu}\p{N}]/u.test(l.text.trim())).length;
    if (upper < 2 || upper * 2 < inner.length) continue;
    out.set(e, Math.min(...inner.map((l) => l.x as number)));
  }
  return out;
}

/** A line that can open a glyph-less bullet: starts with an upper-case letter or digit and has 3+ words. */
function isSentenceStart(text: string): boolean {
  const t = text.trim();
  if (t.length > 2000) return true;
  // Product names in title case leave few lower-case words ("Shipped Live Activities, WidgetKit widgets and App
  // Intents for Siri Shortcuts;"): a verb in the past tense still opens a sentence.
  return !startsLowercase(t) && /^[\p{Lu}\p{N}$]/u.test(t) && t.split(/\s+/).length >= 3 && (lowerWords(t) >= 2 || PAST_VERB_RE.test(firstWord(t)));
}


/** Lower-case words of a line other than connectors ("of", "and"...): title-case header lines have fewer than two. */
function lowerWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (/^\p{Ll}/u.test(w) && !CONNECTORS.has(w)) n++;
  return n;
}

/** True when a glyph-less block is a prose paragraph (three or more sentences), not a list item. */
export function isProseParagraph(text: string): boolean {
  if (text.length > 5000) return true;
  const ends = text.match(/[.!?](?=\s+[\p{Lu}\p{N}])/gu)?.length ?? 0;
  return ends + (endsSentence(text) ? 1 : 0) >= 3;
}

/**
 * Removes glyph-less "bullets" that are prose paragraphs (three or more
 * sentences) or, when no entry has two or more glyph-less lines, the one
 * line of an entry (a one-sentence description), and renumbers
 * `bulletIndex` of the lines.
 */
function dropProseParagraphs(bullets: Bullet[], pseudo: ReadonlySet<Bullet>, out: SegmentedLine[]): void {
  // An entry described by one glyph-less sentence has a description, not a list ("Development of web portals. (Python)").
  const perEntry = new Map<string, number>();
  const entryKey = (b: Bullet): string => `${b.section}:${b.entryIndex ?? "none"}`;
  for (const b of bullets) if (pseudo.has(b)) perEntry.set(entryKey(b), (perEntry.get(entryKey(b)) ?? 0) + 1);
  // Only when no entry of the resume lists two or more such lines: one that does shows the writer's lists have no glyphs.
  const listsWithoutGlyphs = [...perEntry.entries()].some(([k, n]) => n >= 2 && !k.endsWith(":none"));
  const lone = (b: Bullet): boolean => !listsWithoutGlyphs && b.entryIndex !== undefined && perEntry.get(entryKey(b)) === 1;
  const keep = bullets.map((b) => !(pseudo.has(b) && (isProseParagraph(b.text) || lone(b))));
  if (keep.every((k) => k)) return;
  const newIndex: number[] = [];
  let n = 0;
  keep.forEach((k) => newIndex.push(k ? n++ : -1));
  for (const sl of out) {
    if (sl.bulletIndex === undefined) continue;
    const ni = newIndex[sl.bulletIndex] as number;
    if (ni < 0) delete sl.bulletIndex;
    else sl.bulletIndex = ni;
  }
  const kept = bullets.filter((_, i) => keep[i]);
  bullets.length = 0;
  bullets.push(...kept);
}

/** Capitalised verbs in the past tense that open an achievement line ("Shipped", "Implemented", "Led", "Built"). */
const PAST_VERBS = "\\p{Lu}\\p{Ll}{2,}ed|Led|Built|Ran|Won|Wrote|Drove|Grew|Cut|Made|Set|Took|Sold|Held|Kept|Met|Found|Taught|Brought|Began";

/** A first word that is a verb in the past tense. */
const PAST_VERB_RE = new RegExp(`^(?:${PAST_VERBS})$`, "u");

/** Capitalised first words that open an achievement line (past tense, -ing forms, common present-tense verbs). */
const VERB_START_RE = new RegExp(
  `^(?:${PAST_VERBS}|\\p{Lu}\\p{Ll}{3,}ing|Own|Lead|Build|Design|Develop|Create|Implement|Maintain|Manage|Mentor|Drive|Deliver|Support|Write|Run|Partner|Collaborate|Work|Help|Reduce|Improve|Increase|Automate|Migrate|Architect|Launch|Ship|Scale|Optimize|Optimise|Coordinate|Oversee|Establish|Define|Conduct|Analyze|Analyse|Partnered)$`,
  "u",
);

/** The first word of a line (letters only, at most 30: longer is no verb). */
function firstWord(text: string): string {
  const w = /^[\p{L}]+/u.exec(text.trim())?.[0] ?? "";
  return w.length <= 30 ? w : "";
}

/** True when a line's first word reads as the verb that opens a new achievement. */
function startsWithVerb(text: string): boolean {
  return VERB_START_RE.test(firstWord(text));
}

function continuesLine(
  cur: { first: EntryLine; last: EntryLine; pseudo: boolean },
  el: EntryLine,
  src: readonly ExtractedLine[],
  fullWidth: number,
): boolean {
  const page = (i: number): number => (src[i] as ExtractedLine).page;
  const first = { text: cur.first.text, page: page(cur.first.index), ...(cur.first.x !== undefined ? { x: cur.first.x } : {}) };
  const last = { text: cur.last.text, page: page(cur.last.index), ...(cur.last.x !== undefined ? { x: cur.last.x } : {}) };
  const next = { text: el.text, page: page(el.index), ...(el.x !== undefined ? { x: el.x } : {}) };
  if (cur.pseudo) {
    // Glyph-less bullets: a new sentence line starts a new bullet; lower-case or hanging lines continue.
    if (startsLowercase(el.text)) return true;
    if (first.x !== undefined && next.x !== undefined && next.page === first.page && next.x > first.x + 1.5) return true;
    if (first.x !== undefined && next.x !== undefined && next.page === first.page && next.x < first.x - 1.5) return false;
    // A full previous line without a sentence end wraps onto a line that starts with a proper noun ("Kafka").
    const prev = cur.last.text.trim();
    if (endsSentence(prev) || startsWithVerb(el.text)) return false;
    return prev.length >= fullWidth || /(?:[,:–—-]|\b(?:and|or|to|of|the|with|for|in|on|a|an))$/.test(prev);
  }
  return continuesBullet(first, last, next);
}

/** The content of a line after its rail label. */
function restOfLabel(text: string, prefix: string): string {
  const t = text.trim();
  return t.slice(prefix.length).trim();
}

/**
 * Builds the section list and the section index of every line: a header
 * section for the text above the first heading, one section per heading, the
 * lines given to them by column (`assignLines`), then the contact and
 * unheaded-summary corrections. A section's `endLine` is its last line.
 */
function buildSections(src: readonly ExtractedLine[], headings: readonly DetectedHeading[]): { sections: Section[]; sectionOf: number[] } {
  const sections: Section[] = [];
  const firstHeading = headings[0]?.index ?? src.length;
  const hasHeaderText = src.slice(0, firstHeading).some((l) => l.text.trim() !== "");
  if (hasHeaderText || src.length === 0 || headings.length === 0) {
    sections.push({ kind: "header", heading: "", startLine: 1, endLine: Math.max(1, firstHeading), standardHeading: true });
  }
  const headingSection = new Map<number, number>();
  for (const h of headings) {
    headingSection.set(h.index, sections.length);
    const sec: Section = { kind: h.kind, heading: h.text, startLine: h.index + 1, endLine: h.index + 1, standardHeading: h.standard };
    if (h.alsoKinds) sec.alsoKinds = [...h.alsoKinds];
    sections.push(sec);
  }
  const sectionOf = assignLines(src, headingSection);
  contactUnderSummaryHeadings(src, sections, sectionOf);
  splitUnheadedSummary(src, sections, sectionOf);
  // End lines from the lines each section holds (the unheaded summary took lines the header's first estimate covered).
  for (const sec of sections) sec.endLine = sec.startLine;
  sectionOf.forEach((s, i) => {
    const sec = sections[s] as Section;
    if (i + 1 > sec.endLine) sec.endLine = i + 1;
  });
  return { sections, sectionOf };
}

/**
 * The section index of every line, given the section each heading line
 * opens. On a two-column page a heading's section only takes lines of its
 * own column: a line of column c belongs to the latest section opened in
 * column c (on this page or an earlier one). The lines at the top of a page
 * that follows a two-column page, before that page's first heading, continue
 * the latest section of the previous page's main column (the one with more
 * lines), since a sidebar rarely overflows.
 */
function assignLines(src: readonly ExtractedLine[], headingSection: ReadonlyMap<number, number>): number[] {
  const sectionOf: number[] = new Array<number>(src.length).fill(0);
  const mainColumn = mainColumns(src);
  const flows = flowColumns(src, headingSection);
  let cur = 0;
  const byColumn = new Map<number, number>();
  let page = src[0]?.page ?? 1;
  let carry: number | null = null;
  // The section open where the side-by-side columns of this page begin: a column's lines above its first heading belong to it.
  let zone: number | null = null;
  for (let i = 0; i < src.length; i++) {
    const l = src[i] as ExtractedLine;
    if (l.page !== page) {
      const main = mainColumn(page);
      carry = main !== null ? byColumn.get(main) ?? null : null;
      page = l.page;
      zone = null;
    }
    if (zone === null && l.column !== undefined) zone = carry ?? cur;
    const opened = headingSection.get(i);
    if (opened !== undefined) {
      cur = opened;
      carry = null;
      if (l.column !== undefined) byColumn.set(l.column, opened);
      sectionOf[i] = opened;
      continue;
    }
    let s = cur;
    if (l.column !== undefined && mainColumn(l.page) !== null && byColumn.has(l.column)) s = byColumn.get(l.column) as number;
    else if (carry !== null && l.column === undefined) s = carry;
    else if (carry !== null && l.column !== undefined) carry = null;
    else if (l.column !== undefined && flows.has(`${l.page}:${l.column}`) && byColumn.has(l.column - 1)) s = byColumn.get(l.column - 1) as number;
    else if (l.column !== undefined && mainColumn(l.page) !== null && zone !== null) s = zone;
    sectionOf[i] = s;
  }
  return sectionOf;
}

/**
 * The columns (as "page:column") that continue the column before them, as text
 * set in newspaper columns flows: a second column as wide as the first whose
 * lines above its first heading hold a date range or running sentences and no
 * contact details ("Moved the group's jobs from an ageing SGE cluster to" /
 * "Research Software Intern — Cam Data Lab" / "Jun 2016 – Aug 2016"). A
 * sidebar is narrower, or opens on contact details, and keeps the section
 * open where the columns begin.
 */
function flowColumns(src: readonly ExtractedLine[], headingSection: ReadonlyMap<number, number>): Set<string> {
  const out = new Set<string>();
  const width = new Map<string, number>();
  const lead = new Map<string, ExtractedLine[]>();
  const headed = new Set<string>();
  src.forEach((l, i) => {
    if (l.column === undefined) return;
    const key = `${l.page}:${l.column}`;
    width.set(key, Math.max(width.get(key) ?? 0, Math.min(l.text.trim().length, 200)));
    if (headingSection.has(i)) headed.add(key);
    else if (!headed.has(key) && l.text.trim() !== "") {
      const list = lead.get(key);
      if (list) list.push(l);
      else lead.set(key, [l]);
    }
  });
  for (const [key, lines] of lead) {
    const [page, column] = key.split(":").map(Number) as [number, number];
    if (column < 1 || !headed.has(`${page}:${column - 1}`)) continue;
    const before = width.get(`${page}:${column - 1}`) ?? 0;
    const own = width.get(key) ?? 0;
    if (before === 0 || Math.min(before, own) < 0.8 * Math.max(before, own)) continue;
    if (lines.some((l) => findEmail(l.text) !== null || findPhone(l.text) !== null || /\b(?:https?:\/\/|www\.|linkedin\.com|github\.com)/iu.test(l.text))) continue;
    const dated = lines.some((l) => findDateRange(l.text) !== null);
    const prose = lines.filter((l) => isSentenceLike(l.text)).length;
    if (dated || prose * 2 >= lines.length) out.add(key);
  }
  return out;
}

/** The main column of a page by its number: of a two-column page, the column with more lines; null for any other page. */
function mainColumns(src: readonly ExtractedLine[]): (page: number) => number | null {
  const colCount = new Map<string, number>();
  for (const l of src) if (l.column !== undefined && l.text.trim() !== "") colCount.set(`${l.page}:${l.column}`, (colCount.get(`${l.page}:${l.column}`) ?? 0) + 1);
  return (page) => {
    const a = colCount.get(`${page}:0`) ?? 0;
    const b = colCount.get(`${page}:1`) ?? 0;
    if (a === 0 || b === 0) return null;
    return b > a ? 1 : 0;
  };
}

/**
 * Roles under a heading of no known kind ("Where I Shipped Things", "Career
 * Highlights"): when the resume has no experience section and an `other`
 * section holds dated entries with a job title, that section is the
 * experience (its heading stays non-standard, so a hint still suggests
 * "Experience").
 */
function experienceUnderOtherHeadings(src: readonly ExtractedLine[], sections: Section[], sectionOf: readonly number[]): void {
  if (sections.some((s) => s.kind === "experience")) return;
  sections.forEach((sec, k) => {
    if (sec.kind !== "other") return;
    const lines: EntryLine[] = [];
    sectionOf.forEach((s, i) => {
      if (s !== k || i === sec.startLine - 1) return;
      const l = src[i] as ExtractedLine;
      const el: EntryLine = { index: i, text: l.text, bullet: l.bullet === true || stripBulletMarker(l.text) !== null };
      if (l.x !== undefined) el.x = l.x;
      lines.push(el);
    });
    const roles = findEntries(lines, "experience").filter((f) => f.title !== null && f.range !== null);
    if (roles.length > 0) sec.kind = "experience";
  });
}

/**
 * A "Languages" section that lists programming languages ("Python
 * Javascript / Node.js C++"): when its lines name no spoken language and no
 * proficiency, and its heading does not say "spoken" or "foreign", it is a
 * skills section.
 */
function programmingLanguageLists(src: readonly ExtractedLine[], sections: Section[], sectionOf: readonly number[]): void {
  sections.forEach((sec, k) => {
    if (sec.kind !== "languages" || /spoken|foreign|human|natural/iu.test(sec.heading)) return;
    let content = 0;
    let spoken = false;
    sectionOf.forEach((s, i) => {
      if (s !== k || spoken || i === sec.startLine - 1) return;
      const t = (src[i] as ExtractedLine).text;
      if (!/\p{L}/u.test(t)) return;
      content++;
      if (namesSpokenLanguage(t)) spoken = true;
    });
    if (content > 0 && !spoken) sec.kind = "skills";
  });
}

/** Sections in which roles may stand without a heading of their own (under the name, after a summary or a skills list). */
const UNHEADED_ROLE_HOSTS: ReadonlySet<SectionKind> = new Set(["header", "summary", "skills", "contact"]);

/**
 * Roles under no Experience heading: when the resume has no experience
 * section, a run of dated roles with job titles inside the header, a summary
 * or a skills list (two or more such roles, or one followed by bullets) is
 * split off into an experience section without heading (heading "", like the
 * unheaded summary), from the first role's header line to the end of the host
 * section, in the role's column.
 */
function unheadedRoles(src: readonly ExtractedLine[], sections: Section[], sectionOf: number[]): void {
  if (sections.some((s) => s.kind === "experience")) return;
  for (let k = 0; k < sections.length; k++) {
    const sec = sections[k] as Section;
    if (!UNHEADED_ROLE_HOSTS.has(sec.kind)) continue;
    const lines: EntryLine[] = [];
    sectionOf.forEach((s, i) => {
      if (s !== k || (sec.heading !== "" && i === sec.startLine - 1)) return;
      const l = src[i] as ExtractedLine;
      if (l.text.trim() === "") return;
      const el: EntryLine = { index: i, text: l.text, bullet: l.bullet === true || stripBulletMarker(l.text) !== null };
      if (l.x !== undefined) el.x = l.x;
      lines.push(el);
    });
    const roles = findEntries(lines, "experience").filter((f) => f.title !== null && f.range !== null);
    if (roles.length === 0) continue;
    const first = roles[0] as FoundEntry;
    // The lines above the first dated role belong to the host when that line names both title and employer ("Java,
    // Spring" of a skills list above "Senior Java Developer — Acme Corp   2020 – Present").
    const dated = lines.find((el) => el.index === first.dateLine) as EntryLine;
    const alone = findEntries([dated], "experience")[0];
    const firstLine = alone && alone.title !== null && alone.organization !== null ? first.dateLine : (first.headerLines[0] as number);
    const after = lines.filter((el) => el.index > (first.headerLines[first.headerLines.length - 1] as number));
    if (roles.length < 2 && !after[0]?.bullet) continue;
    const column = src[firstLine]?.column;
    const moved = lines.filter((el) => el.index >= firstLine && (column === undefined || src[el.index]?.column === column)).map((el) => el.index);
    for (let i = 0; i < sectionOf.length; i++) if ((sectionOf[i] as number) > k) sectionOf[i] = (sectionOf[i] as number) + 1;
    for (const i of moved) sectionOf[i] = k + 1;
    sections.splice(k + 1, 0, { kind: "experience", heading: "", startLine: firstLine + 1, endLine: (moved[moved.length - 1] as number) + 1, standardHeading: true });
    let last = -1;
    sectionOf.forEach((s, i) => { if (s === k) last = i; });
    sec.endLine = Math.max(sec.startLine, last + 1);
    return;
  }
}

/**
 * Personal details under an "About" heading (a sidebar's name, birth date,
 * address, phone and e-mail): a summary section that holds an e-mail address
 * or a phone number and no sentence is the resume's contact block, so the
 * contact details are read from it.
 */
function contactUnderSummaryHeadings(src: readonly ExtractedLine[], sections: Section[], sectionOf: readonly number[]): void {
  sections.forEach((sec, k) => {
    if (sec.kind !== "summary" || sec.heading === "") return;
    let contact = false;
    let prose = false;
    sectionOf.forEach((s, i) => {
      if (s !== k || i === sec.startLine - 1 || prose) return;
      const t = (src[i] as ExtractedLine).text.trim();
      if (t === "") return;
      if (t.length > 200 || isSentenceLike(t) || (endsSentence(t) && t.split(/\s+/u).length >= 5)) prose = true;
      else if (findEmail(t) !== null || findPhone(t) !== null) contact = true;
    });
    if (contact && !prose) sec.kind = "contact";
  });
}

/**
 * Moves an unheaded profile paragraph out of the header section into a
 * `summary` section of its own (heading ""), placed right after the header,
 * when the resume has headings and none of them is a summary.
 */
function splitUnheadedSummary(src: readonly ExtractedLine[], sections: Section[], sectionOf: number[]): void {
  if (sections.length < 2 || (sections[0] as Section).kind !== "header" || sections.some((s) => s.kind === "summary")) return;
  const candidates: number[] = [];
  sectionOf.forEach((s, i) => { if (s === 0) candidates.push(i); });
  const para = findUnheadedSummary(src, candidates);
  if (para.length === 0) return;
  for (let i = 0; i < sectionOf.length; i++) if ((sectionOf[i] as number) >= 1) sectionOf[i] = (sectionOf[i] as number) + 1;
  for (const i of para) sectionOf[i] = 1;
  const first = para[0] as number;
  sections.splice(1, 0, { kind: "summary", heading: "", startLine: first + 1, endLine: first + 1, standardHeading: true });
}
