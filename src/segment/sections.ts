/**
 * Section detection.
 *
 * Rule: a heading is a heading-shaped line (≤ 5 words, no sentence
 * punctuation, no digits) that
 * 1. is on the vocabulary exactly (any style; "weak" words such as "Tools",
 *    "Languages", "Software" also need the style of the document's other
 *    headings or a source heading mark), or
 * 2. names a section by keyword ("Customer Service Experience") and stands
 *    out (upper case, bold, larger than the body, source heading mark), or
 * 3. is unknown but set exactly like the recognized headings, after the first
 *    one, and is not a job title, organization or dated line → kind `other`,
 *    `standardHeading: false`.
 * A label ending with a colon inside a skills section ("Languages:") is not a
 * new section unless it is set like the other headings.
 * A line that starts with a vocabulary heading followed by a wide gap or a
 * dated entry ("Experience    Staff Engineer   2024 – Present") opens the
 * section and keeps its rest as content (label-rail layouts).
 */
import type { ExtractedLine, SectionKind } from "../types.js";
import { findDateRange } from "./dates.js";
import { classifyHeading, collapseLetterSpacing, exactStandardHeading, isHeadingShaped, normalizeHeading, type HeadingMatch } from "./headings.js";
import { hasOrgHint, hasTitleWord } from "./organizations.js";
import { sameStyle, visuallyMarked, type LineStyle } from "./style.js";
import { stripBulletMarker } from "./bullets.js";

/** A detected heading. */
export interface DetectedHeading {
  /** 0-based line index. */
  index: number;
  kind: SectionKind;
  standard: boolean;
  /** Further kinds of a combined heading ("Skills and Awards"). */
  alsoKinds?: SectionKind[];
  /** The heading as written. */
  text: string;
  /** True when the line also carries content after the heading (label rail). */
  inline: boolean;
  /** The part of this line that belongs to the heading, when it is not `text` (a label split over two lines). */
  prefix?: string;
  /** The second line of a label split over two lines ("Technical" / "Skills"), and its label part. */
  continuation?: { index: number; prefix: string };
}

const WEAK = new Set([
  "tools", "software", "languages", "language", "work", "training", "courses", "other", "additional", "project",
  "research", "technologies", "expertise", "about", "leadership", "activities", "involvement", "licenses", "papers",
  "certification", "internship", "patents", "overview", "introduction", "contact", "reference", "programming",
]);

function isStrong(m: HeadingMatch, text: string): boolean {
  return m.exact && m.standard && !WEAK.has(normalizeHeading(text));
}

/** Splits "Experience    Staff Engineer ... 2024 – Present" into the heading and its rest, or null. */
export function inlineHeading(text: string): { heading: string; rest: string; match: HeadingMatch } | null {
  if (text.length > 250) return null;
  const t = text.trim();
  const toks = [...t.matchAll(/\S+/g)];
  for (let k = Math.min(3, toks.length - 2); k >= 1; k--) {
    const phrase = toks.slice(0, k).map((x) => x[0]).join(" ");
    // Only an exact, standard, non-weak heading qualifies (isStrong of classifyHeading's result).
    const exact = exactStandardHeading(phrase);
    if (!exact || WEAK.has(exact.norm) || /[:,]$/.test(phrase)) continue;
    const match: HeadingMatch = { kind: exact.kind, standard: true, exact: true };
    const last = toks[k - 1] as RegExpExecArray;
    const next = toks[k] as RegExpExecArray;
    const gap = t.slice(last.index + last[0].length, next.index);
    const rest = t.slice(next.index);
    if (!/^\p{Lu}/u.test(rest)) continue;
    // "Education Coordinator, Acme 2019 – 2020" is a job title, not a rail label.
    if (gap.length < 2 && hasTitleWord(next[0]) && !MODIFIERS.has(next[0].toLowerCase())) continue;
    if (gap.length >= 2 || (findDateRange(rest) !== null && classifyHeading(rest) === null)) {
      return { heading: phrase, rest, match };
    }
  }
  return null;
}

/**
 * A rail label split over two lines: the first words of line `i` and the
 * first words of a later line starting at the same x ("Technical Java Python"
 * / "Skills Spring Spark") together form a strong vocabulary heading that the
 * first part alone is not. Lines between the two must sit further right (rail
 * content). Returns the heading and the label part of each line, or null.
 */
export function splitRailLabel(lines: readonly ExtractedLine[], i: number): { heading: string; match: HeadingMatch; prefix: string; continuation: { index: number; prefix: string } } | null {
  const a = lines[i];
  if (!a || a.bullet === true || a.text.length > 250) return null;
  const ta = a.text.trim().split(/\s+/);
  if (ta.length > 15 || !/^\p{Lu}/u.test(ta[0] ?? "") || /[.!?;]$/.test(a.text.trim())) return null;
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const b = lines[j] as ExtractedLine;
    if (b.page !== a.page || b.bullet === true || b.text.length > 250) return null;
    const aligned = a.x !== undefined && b.x !== undefined ? Math.abs(a.x - b.x) <= 1.5 : a.x === undefined && b.x === undefined && j === i + 1;
    if (!aligned) {
      // Only rail content (further right) may sit between the two label lines.
      if (a.x === undefined || b.x === undefined || b.x <= a.x + 10) return null;
      continue;
    }
    const tb = b.text.trim().split(/\s+/);
    if (tb.length > 15 || /[.!?;]$/.test(b.text.trim())) return null;
    for (let k1 = Math.min(2, ta.length); k1 >= 1; k1--) {
      const first = ta.slice(0, k1).join(" ");
      if (/[:,]$/.test(first) || classifyHeading(first) !== null) continue;
      for (let k2 = Math.min(2, tb.length); k2 >= 1; k2--) {
        const second = tb.slice(0, k2).join(" ");
        if (/,$/.test(second)) continue;
        const exact = exactStandardHeading(`${first} ${second}`);
        if (!exact || WEAK.has(exact.norm) || exact.norm.split(" ").length !== k1 + k2) continue;
        return {
          heading: `${first} ${second}`.replace(/:\s*$/, ""),
          match: { kind: exact.kind, standard: true, exact: true },
          prefix: first,
          continuation: { index: j, prefix: second },
        };
      }
    }
    return null;
  }
  return null;
}

const MODIFIERS = new Set(["staff", "principal", "executive", "senior", "junior", "lead", "head", "associate", "assistant"]);

/** Finds section headings among the lines, in order. */
export function detectHeadings(lines: readonly ExtractedLine[], styles: readonly LineStyle[]): DetectedHeading[] {
  const evidence = headingEvidence(lines, styles);
  const out: DetectedHeading[] = [];
  let current: SectionKind = "header";
  const consumed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (consumed.has(i)) continue;
    const h = headingAt(lines, styles, i, evidence, { current, afterFirst: out.length > 0 });
    if (h === null) continue;
    out.push(h);
    if (h.continuation) consumed.add(h.continuation.index);
    current = h.kind;
  }
  return out;
}

/** What the whole document says about its headings, for judging one line. */
interface HeadingEvidence {
  /** Per line: heading-shaped (`isHeadingShaped`), and not a bullet. */
  shaped: readonly boolean[];
  /** Per heading-shaped line: its vocabulary match, or null. */
  matches: ReadonlyArray<HeadingMatch | null>;
  /** The styles of the strong vocabulary headings that are visually marked. */
  known: readonly LineStyle[];
  /** True when a style is visually marked and set like a known heading. */
  likeKnown: (s: LineStyle) => boolean;
  /** True when line `i` is set like its side column's headings. */
  likeSide: (i: number) => boolean;
  /** A label set smaller than every recognized heading ("Portfolio" among the fields of a "Personal Info" block). */
  smallerThanKnown: (s: LineStyle) => boolean;
}

/** The heading-shaped lines, their vocabulary matches and the known heading styles of a document. */
function headingEvidence(lines: readonly ExtractedLine[], styles: readonly LineStyle[]): HeadingEvidence {
  const n = lines.length;
  const shaped: boolean[] = new Array<boolean>(n).fill(false);
  const matches: Array<HeadingMatch | null> = new Array<HeadingMatch | null>(n).fill(null);
  const known: LineStyle[] = [];
  for (let i = 0; i < n; i++) {
    const line = lines[i] as ExtractedLine;
    const text = line.text.trim();
    if (text === "" || text.length > 120 || line.bullet === true || (stripBulletMarker(text) !== null && !/^\S\s*\S(?: \S)+$/.test(text) && !line.heading)) continue;
    shaped[i] = isHeadingShaped(text);
    if (!shaped[i]) continue;
    const m = classifyHeading(text);
    matches[i] = m;
    if (m && isStrong(m, text) && visuallyMarked(styles[i] as LineStyle)) known.push(styles[i] as LineStyle);
  }
  const sideStyles = sideColumnHeadingStyles(lines, styles, matches, known);
  return {
    shaped,
    matches,
    known,
    likeKnown: (s) => visuallyMarked(s) && known.some((k) => sameStyle(k, s)),
    likeSide: (i) => {
      const c = (lines[i] as ExtractedLine).column;
      return c !== undefined && (sideStyles.get(c) ?? []).some((k) => sameStyle(k, styles[i] as LineStyle));
    },
    smallerThanKnown: (s) =>
      s.fontSize !== undefined && known.length > 0 && known.every((k) => k.fontSize !== undefined && (s.fontSize as number) < k.fontSize - 1),
  };
}

/**
 * The heading line `i` opens, or null: a label split over two rail lines, a
 * heading followed by content on its line, a vocabulary heading set as one
 * (`acceptsMatch`), or, after the first heading, an unknown line set like
 * the recognized headings (kind `other`).
 */
function headingAt(lines: readonly ExtractedLine[], styles: readonly LineStyle[], i: number, evidence: HeadingEvidence, at: { current: SectionKind; afterFirst: boolean }): DetectedHeading | null {
  const line = lines[i] as ExtractedLine;
  const text = line.text.trim();
  const style = styles[i] as LineStyle;
  const split = m0IsHeading(evidence.matches[i] ?? null) ? null : splitRailLabel(lines, i);
  if (split) {
    const rest = text.slice(split.prefix.length).trim();
    return { index: i, kind: split.match.kind, standard: true, text: split.heading, inline: rest !== "", prefix: split.prefix, continuation: split.continuation };
  }
  if (!evidence.shaped[i]) {
    if (text === "" || line.bullet === true) return null;
    const inl = inlineHeading(text);
    return inl ? { index: i, kind: inl.match.kind, standard: inl.match.standard, text: inl.heading, inline: true } : null;
  }
  const m = evidence.matches[i] ?? null;
  if (m) {
    if (!acceptsMatch(lines, i, m, style, evidence, at.current)) return null;
    const h: DetectedHeading = { index: i, kind: m.kind, standard: m.standard, text: text.replace(/:\s*$/, ""), inline: false };
    if (m.alsoKinds) h.alsoKinds = m.alsoKinds;
    const cont = headingContinuation(lines, styles, i);
    if (cont !== null) {
      h.text = `${h.text} ${cont}`;
      h.continuation = { index: i + 1, prefix: cont };
    }
    return h;
  }
  if (at.afterFirst && evidence.likeKnown(style) && !looksLikeEntryLine(lines, i, !style.larger && !style.heading)) {
    return { index: i, kind: "other", standard: false, text: collapseLetterSpacing(text).replace(/:\s*$/, ""), inline: false };
  }
  return null;
}

/**
 * True when a heading-shaped line's vocabulary match is a heading, given how
 * the line is set: a strong match always (unless a plain colon label inside
 * a skills section); a weaker one needs a heading style, the style of the
 * known headings, or a visual mark when the document shows no known style.
 */
function acceptsMatch(lines: readonly ExtractedLine[], i: number, m: HeadingMatch, style: LineStyle, evidence: HeadingEvidence, current: SectionKind): boolean {
  const text = (lines[i] as ExtractedLine).text.trim();
  const { known, likeKnown, likeSide, smallerThanKnown } = evidence;
  const colonLabel = style.colon && !style.larger && !style.heading && !likeKnown(style);
  if (colonLabel && current === "skills") return false;
  if (isStrong(m, text)) return true;
  if (m.exact && !m.standard) return (visuallyMarked(style) || style.colon || known.length === 0) && !smallerThanKnown(style);
  if (m.exact) return style.heading || likeKnown(style) || likeSide(i) || (known.length === 0 && visuallyMarked(style));
  return likeKnown(style) || (visuallyMarked(style) && (known.length === 0 || style.heading || style.larger) && !looksLikeEntryLine(lines, i, true));
}

/**
 * Heading styles of side columns. A narrow column (a sidebar) often sets its
 * headings smaller than the main column's ("about", "language", "programming
 * and markup" in a friggeri-cv aside): a style larger than the body and
 * visually marked, shared by two or more vocabulary headings of one column
 * in which no recognized main heading style appears, is that column's heading
 * style. Returns the styles per column.
 */
function sideColumnHeadingStyles(
  lines: readonly ExtractedLine[],
  styles: readonly LineStyle[],
  matches: ReadonlyArray<HeadingMatch | null>,
  known: readonly LineStyle[],
): Map<number, LineStyle[]> {
  const byColumn = new Map<number, Array<{ style: LineStyle; count: number }>>();
  const withKnown = new Set<number>();
  lines.forEach((l, i) => {
    if (l.column === undefined) return;
    const s = styles[i] as LineStyle;
    if (visuallyMarked(s) && known.some((k) => sameStyle(k, s)) && matches[i]?.exact === true) withKnown.add(l.column);
    const m = matches[i];
    if (!m || !m.exact || !s.larger || !visuallyMarked(s)) return;
    const list = byColumn.get(l.column) ?? [];
    const same = list.find((x) => sameStyle(x.style, s));
    if (same) same.count++;
    else list.push({ style: s, count: 1 });
    byColumn.set(l.column, list);
  });
  const out = new Map<number, LineStyle[]>();
  for (const [c, list] of byColumn) {
    if (withKnown.has(c)) continue;
    const kept = list.filter((x) => x.count >= 2).map((x) => x.style);
    if (kept.length > 0) out.set(c, kept);
  }
  return out;
}

/**
 * The second line of a heading wrapped in a narrow column ("programming" /
 * "and markup"): the next line, set in the same marked style in the same
 * column, short, and starting with a connector or a lower-case word after a
 * lower-case heading. Returns its text, or null.
 */
function headingContinuation(lines: readonly ExtractedLine[], styles: readonly LineStyle[], i: number): string | null {
  const a = lines[i] as ExtractedLine;
  const b = lines[i + 1];
  if (!b || b.page !== a.page || b.column !== a.column || b.bullet === true) return null;
  const sa = styles[i] as LineStyle;
  const sb = styles[i + 1] as LineStyle;
  if (!visuallyMarked(sb) || !sameStyle(sa, sb) || !(sa.larger || sa.heading)) return null;
  const t = b.text.trim();
  if (!isHeadingShaped(t) || t.split(/\s+/u).length > 3) return null;
  if (/^(?:and|&|\+|\/|or|of|for)(?:\s|$)/iu.test(t)) return t;
  return null;
}

/** True when the whole line already names a section (no need to look for a split label). */
function m0IsHeading(m: HeadingMatch | null): boolean {
  return m !== null && m.exact;
}

/** True when an unknown styled line is more likely part of an entry: a title, an organization, or (when `checkNext`) followed by a dated line. */
function looksLikeEntryLine(lines: readonly ExtractedLine[], i: number, checkNext: boolean): boolean {
  const text = (lines[i] as ExtractedLine).text;
  if (hasTitleWord(text) || hasOrgHint(text)) return true;
  if (!checkNext) return false;
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const t = (lines[j] as ExtractedLine).text.trim();
    if (t === "") continue;
    return findDateRange(t) !== null && t.length < 120;
  }
  return false;
}
