/**
 * Segmentation: extracted lines → sections, bullets, contact, dated entries
 * and organization names.
 */
import type { Bullet, ExperienceEntry, ExtractedDocument, ExtractedLine, Section, SectionKind, SegmentedLine, SegmentedResume } from "../types.js";
import { continuesBullet, endsSentence, startsLowercase, stripBulletMarker } from "./bullets.js";
import { extractContact } from "./contact.js";
import { totalYears } from "./dates.js";
import { CONNECTORS, findEntries, undatedSchools, type EntryLine, type FoundEntry } from "./entries.js";
import { detectHeadings, type DetectedHeading } from "./sections.js";
import { statedEntries } from "./stated-entries.js";
import { bodyFontSize, lineStyle } from "./style.js";

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
  const src = doc.lines;
  const body = bodyFontSize(src);
  const styles = src.map((l) => lineStyle(l, body));
  const headings = detectHeadings(src, styles);
  const { sections, sectionOf } = buildSections(src, headings);

  const out: SegmentedLine[] = src.map((l, i) => {
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
  const inlineHeadings = new Set(headings.filter((h) => h.inline).map((h) => h.index));
  // Label text to strip from lines that carry a heading and content (label rails), by line index.
  const labelPrefix = new Map<number, string>();
  for (const h of headings) {
    if (h.inline) labelPrefix.set(h.index, h.prefix ?? h.text);
    if (h.continuation) labelPrefix.set(h.continuation.index, h.continuation.prefix);
  }

  const bullets: Bullet[] = [];
  const pseudoBullets = new Set<Bullet>();
  const entries: ExperienceEntry[] = [];
  const entryYears: Array<{ start: string | null; end: string | null; yearOnly?: boolean }> = [];
  const orgs: string[] = [];
  const addOrg = (o: string | null): void => {
    if (!o) return;
    const t = o.trim();
    if (t.length >= 2 && t.length <= 100 && !orgs.includes(t)) orgs.push(t);
  };

  sections.forEach((section, sIdx) => {
    const idxs: number[] = [];
    for (let i = section.startLine - 1; i <= section.endLine - 1; i++) {
      if (sectionOf[i] !== sIdx) continue;
      if ((out[i] as SegmentedLine).isHeading && !inlineHeadings.has(i)) continue;
      const raw = (src[i] as ExtractedLine).text;
      const prefix = labelPrefix.get(i);
      if ((prefix !== undefined ? restOfLabel(raw, prefix) : raw).trim() === "") continue;
      idxs.push(i);
    }
    const eLines: EntryLine[] = idxs.map((i) => {
      const l = src[i] as ExtractedLine;
      const prefix = labelPrefix.get(i);
      const text = prefix !== undefined ? restOfLabel(l.text, prefix) : l.text;
      const el: EntryLine = { index: i, text, bullet: l.bullet === true || stripBulletMarker(l.text) !== null };
      if (l.x !== undefined) el.x = l.x;
      return el;
    });
    let found: FoundEntry[] = [];
    // Entries the source states as data (JSON Resume) come as given; otherwise they are read from the text.
    if (ENTRY_KINDS.has(section.kind) || section.kind === "education") found = statedEntries(doc, eLines) ?? findEntries(eLines, section.kind);
    const headerSet = new Set(found.flatMap((f) => f.headerLines));
    // Entry index per line: from the entry's first header line to the next entry's first header line.
    const entryAt = new Map<number, number>();
    if (ENTRY_KINDS.has(section.kind)) {
      found.forEach((f, k) => {
        const entryIndex = entries.length;
        entries.push({
          title: f.title,
          organization: f.organization,
          start: f.range?.start ?? null,
          end: f.range?.end ?? null,
          dateText: f.range?.text ?? null,
          line: (f.headerLines[0] as number) + 1,
          section: section.kind,
        });
        if (section.kind === "experience") entryYears.push({ start: f.range?.start ?? null, end: f.range?.end ?? null, yearOnly: f.range?.yearOnly ?? false });
        if (section.kind !== "projects") addOrg(f.organization);
        const from = f.headerLines[0] as number;
        const to = k + 1 < found.length ? ((found[k + 1] as FoundEntry).headerLines[0] as number) - 1 : section.endLine - 1;
        for (const i of idxs) if (i >= from && i <= to) entryAt.set(i, entryIndex);
      });
    } else if (section.kind === "education") {
      for (const f of found) addOrg(f.organization);
      for (const s of undatedSchools(eLines, headerSet)) {
        addOrg(s.name);
        headerSet.add(s.index);
      }
    }
    for (const i of idxs) {
      const sl = out[i] as SegmentedLine;
      if (headerSet.has(i)) sl.isEntryHeader = true;
      const e = entryAt.get(i);
      if (e !== undefined) sl.entryIndex = e;
    }
    // Bullets.
    const glyphEntries = new Set<number>();
    for (const el of eLines) {
      const e = entryAt.get(el.index);
      if (el.bullet && e !== undefined) glyphEntries.add(e);
    }
    // Characters of a "full" line in this section: a wrapped line fills most of the width.
    const fullWidth = 0.85 * eLines.reduce((m, el) => Math.max(m, Math.min(el.text.trim().length, 400)), 0);
    let open: { bullet: Bullet; first: EntryLine; last: EntryLine; pseudo: boolean } | null = null;
    const close = (): void => {
      open = null;
    };
    for (const el of eLines) {
      const i = el.index;
      const sl = out[i] as SegmentedLine;
      const e = entryAt.get(i);
      if (headerSet.has(i) || (sl.isHeading && !inlineHeadings.has(i))) {
        close();
        continue;
      }
      const start = (text: string, pseudo: boolean): void => {
        const b: Bullet = { text: text.trim(), line: i + 1, endLine: i + 1, section: section.kind };
        if (e !== undefined) b.entryIndex = e;
        bullets.push(b);
        sl.bulletIndex = bullets.length - 1;
        open = { bullet: b, first: el, last: el, pseudo };
        if (pseudo) pseudoBullets.add(b);
      };
      if (el.bullet) {
        const rest = stripBulletMarker(el.text) ?? el.text.replace(/^\s*\S\s*/, "");
        start(rest, false);
        continue;
      }
      const cur = open as { bullet: Bullet; first: EntryLine; last: EntryLine; pseudo: boolean } | null;
      if (cur && (cur.bullet.entryIndex === e) && continuesLine(cur, el, src, fullWidth)) {
        cur.bullet.text = `${cur.bullet.text} ${el.text.trim()}`;
        cur.bullet.endLine = i + 1;
        cur.last = el;
        sl.bulletIndex = bullets.length - 1;
        continue;
      }
      close();
      if (e !== undefined && PSEUDO_BULLET_KINDS.has(section.kind) && !glyphEntries.has(e) && isSentenceStart(el.text)) {
        start(el.text, true);
      }
    }
  });

  dropProseParagraphs(bullets, pseudoBullets, out);

  const headerLines = src.filter((_, i) => {
    const k = (sections[sectionOf[i] as number] as Section).kind;
    return k === "header" || k === "contact";
  }).map((l) => l.text);
  const contact = extractContact(headerLines, src.map((l) => l.text));

  return {
    lines: out,
    sections,
    bullets,
    contact,
    experience: { years: totalYears(entryYears, now), entries },
    organizations: orgs,
  };
}

/** A line that can open a glyph-less bullet: starts with an upper-case letter or digit and has 3+ words. */
function isSentenceStart(text: string): boolean {
  const t = text.trim();
  if (t.length > 2000) return true;
  return !startsLowercase(t) && /^[\p{Lu}\p{N}$]/u.test(t) && t.split(/\s+/).length >= 3 && lowerWords(t) >= 2;
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
 * sentences) and renumbers `bulletIndex` of the lines.
 */
function dropProseParagraphs(bullets: Bullet[], pseudo: ReadonlySet<Bullet>, out: SegmentedLine[]): void {
  const keep = bullets.map((b) => !(pseudo.has(b) && isProseParagraph(b.text)));
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

/** Capitalised first words that open an achievement line (past tense, -ing forms, common present-tense verbs). */
const VERB_START_RE = /^(?:\p{Lu}\p{Ll}{2,}ed|\p{Lu}\p{Ll}{3,}ing|Led|Built|Ran|Won|Wrote|Drove|Grew|Cut|Made|Set|Took|Sold|Held|Kept|Met|Found|Taught|Brought|Began|Own|Lead|Build|Design|Develop|Create|Implement|Maintain|Manage|Mentor|Drive|Deliver|Support|Write|Run|Partner|Collaborate|Work|Help|Reduce|Improve|Increase|Automate|Migrate|Architect|Launch|Ship|Scale|Optimize|Optimise|Coordinate|Oversee|Establish|Define|Conduct|Analyze|Analyse|Partnered)$/u;

/** True when a line's first word reads as the verb that opens a new achievement. */
function startsWithVerb(text: string): boolean {
  const w = /^[\p{L}]+/u.exec(text.trim())?.[0] ?? "";
  return w.length <= 30 && VERB_START_RE.test(w);
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
 * Builds the section list and the section index of every line.
 *
 * On a two-column page a heading's section only takes lines of its own
 * column: a line of column c belongs to the latest section opened in column c
 * (on this page or an earlier one). The lines at the top of a page that
 * follows a two-column page, before that page's first heading, continue the
 * latest section of the previous page's main column (the one with more lines),
 * since a sidebar rarely overflows. A section's `endLine` is its last line.
 */
function buildSections(src: readonly ExtractedLine[], headings: readonly DetectedHeading[]): { sections: Section[]; sectionOf: number[] } {
  const sections: Section[] = [];
  const sectionOf: number[] = new Array<number>(src.length).fill(0);
  const firstHeading = headings[0]?.index ?? src.length;
  const hasHeaderText = src.slice(0, firstHeading).some((l) => l.text.trim() !== "");
  if (hasHeaderText || src.length === 0 || headings.length === 0) {
    sections.push({ kind: "header", heading: "", startLine: 1, endLine: Math.max(1, firstHeading), standardHeading: true });
  }
  const headingSection = new Map<number, number>();
  for (const h of headings) {
    headingSection.set(h.index, sections.length);
    sections.push({ kind: h.kind, heading: h.text, startLine: h.index + 1, endLine: h.index + 1, standardHeading: h.standard });
  }
  // Column lines per page, to find two-column pages and their main column.
  const colCount = new Map<string, number>();
  for (const l of src) if (l.column !== undefined && l.text.trim() !== "") colCount.set(`${l.page}:${l.column}`, (colCount.get(`${l.page}:${l.column}`) ?? 0) + 1);
  const mainColumn = (page: number): number | null => {
    const a = colCount.get(`${page}:0`) ?? 0;
    const b = colCount.get(`${page}:1`) ?? 0;
    if (a === 0 || b === 0) return null;
    return b > a ? 1 : 0;
  };
  let cur = 0;
  const byColumn = new Map<number, number>();
  let page = src[0]?.page ?? 1;
  let carry: number | null = null;
  for (let i = 0; i < src.length; i++) {
    const l = src[i] as ExtractedLine;
    if (l.page !== page) {
      const main = mainColumn(page);
      carry = main !== null ? byColumn.get(main) ?? null : null;
      page = l.page;
    }
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
    sectionOf[i] = s;
  }
  sectionOf.forEach((s, i) => {
    const sec = sections[s] as Section;
    if (i + 1 > sec.endLine) sec.endLine = i + 1;
  });
  return { sections, sectionOf };
}
