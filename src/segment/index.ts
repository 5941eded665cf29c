/**
 * Segmentation: extracted lines → sections, bullets, contact, dated entries
 * and organization names.
 */
import type { Bullet, ExperienceEntry, ExtractedDocument, ExtractedLine, Section, SectionKind, SegmentedLine, SegmentedResume } from "../types.js";
import { continuesBullet, startsLowercase, stripBulletMarker } from "./bullets.js";
import { extractContact } from "./contact.js";
import { totalYears } from "./dates.js";
import { findEntries, undatedSchools, type EntryLine, type FoundEntry } from "./entries.js";
import { detectHeadings, type DetectedHeading } from "./sections.js";
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
      isHeading: headings.some((h) => h.index === i),
    };
    if (l.fontSize !== undefined) sl.fontSize = l.fontSize;
    if (l.bold !== undefined) sl.bold = l.bold;
    return sl;
  });
  const inlineHeadings = new Set(headings.filter((h) => h.inline).map((h) => h.index));

  const bullets: Bullet[] = [];
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
      if ((src[i] as ExtractedLine).text.trim() === "") continue;
      idxs.push(i);
    }
    const eLines: EntryLine[] = idxs.map((i) => {
      const l = src[i] as ExtractedLine;
      const text = inlineHeadings.has(i) ? restOfInline(l.text, headings.find((h) => h.index === i) as DetectedHeading) : l.text;
      const el: EntryLine = { index: i, text, bullet: l.bullet === true || stripBulletMarker(l.text) !== null };
      if (l.x !== undefined) el.x = l.x;
      return el;
    });
    let found: FoundEntry[] = [];
    if (ENTRY_KINDS.has(section.kind) || section.kind === "education") found = findEntries(eLines, section.kind);
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
      };
      if (el.bullet) {
        const rest = stripBulletMarker(el.text) ?? el.text.replace(/^\s*\S\s*/, "");
        start(rest, false);
        continue;
      }
      const cur = open as { bullet: Bullet; first: EntryLine; last: EntryLine; pseudo: boolean } | null;
      if (cur && (cur.bullet.entryIndex === e) && continuesLine(cur, el, src)) {
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
  return !startsLowercase(t) && /^[\p{Lu}\p{N}$]/u.test(t) && t.split(/\s+/).length >= 3;
}

function continuesLine(
  cur: { first: EntryLine; last: EntryLine; pseudo: boolean },
  el: EntryLine,
  src: readonly ExtractedLine[],
): boolean {
  const page = (i: number): number => (src[i] as ExtractedLine).page;
  const first = { text: cur.first.text, page: page(cur.first.index), ...(cur.first.x !== undefined ? { x: cur.first.x } : {}) };
  const last = { text: cur.last.text, page: page(cur.last.index), ...(cur.last.x !== undefined ? { x: cur.last.x } : {}) };
  const next = { text: el.text, page: page(el.index), ...(el.x !== undefined ? { x: el.x } : {}) };
  if (cur.pseudo) {
    // Glyph-less bullets: a new sentence line starts a new bullet; lower-case or hanging lines continue.
    if (startsLowercase(el.text)) return true;
    if (first.x !== undefined && next.x !== undefined && next.page === first.page) return next.x > first.x + 1.5;
    return false;
  }
  return continuesBullet(first, last, next);
}

function restOfInline(text: string, h: DetectedHeading): string {
  const t = text.trim();
  return t.slice(h.text.length).trim();
}

/** Builds the section list and the section index of every line. */
function buildSections(src: readonly ExtractedLine[], headings: readonly DetectedHeading[]): { sections: Section[]; sectionOf: number[] } {
  const sections: Section[] = [];
  const sectionOf: number[] = new Array<number>(src.length).fill(0);
  const firstHeading = headings[0]?.index ?? src.length;
  const hasHeaderText = src.slice(0, firstHeading).some((l) => l.text.trim() !== "");
  if (hasHeaderText || src.length === 0 || headings.length === 0) {
    sections.push({ kind: "header", heading: "", startLine: 1, endLine: Math.max(1, firstHeading), standardHeading: true });
  }
  headings.forEach((h, k) => {
    const next = headings[k + 1]?.index ?? src.length;
    sections.push({ kind: h.kind, heading: h.text, startLine: h.index + 1, endLine: next, standardHeading: h.standard });
  });
  let s = 0;
  for (let i = 0; i < src.length; i++) {
    while (s + 1 < sections.length && (sections[s + 1] as Section).startLine - 1 <= i) s++;
    sectionOf[i] = s;
  }
  return { sections, sectionOf };
}
