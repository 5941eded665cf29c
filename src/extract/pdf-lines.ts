/**
 * Turns positioned PDF text items into lines in reading order: groups items
 * by baseline, joins them with spaces only at real gaps, detects a
 * two-column layout from a vertical gutter and reads each column in turn.
 */
import { cleanLineText, splitBullet, stripInlineIcons } from "./glyphs.js";
import type { DraftLine } from "./lines.js";

/** A text item in page space (points, y measured down from the top). */
export interface PositionedItem {
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
  /** Drawn with a symbol/icon font (Font Awesome, Wingdings, Symbol...). */
  icon: boolean;
}

/** Facts about a page needed for layout. */
export interface PageGeometry {
  page: number;
  width: number;
  height: number;
}

interface Chunk {
  items: PositionedItem[];
  x0: number;
  x1: number;
  y: number;
  chars: number;
}

/** Items grouped by baseline, sorted left to right. */
function groupByBaseline(items: readonly PositionedItem[]): PositionedItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PositionedItem[][] = [];
  let cur: PositionedItem[] = [];
  let base = 0;
  let size = 0;
  for (const it of sorted) {
    const tol = 0.45 * Math.max(Math.min(size, it.fontSize), 1);
    if (cur.length > 0 && Math.abs(it.y - base) <= tol) {
      cur.push(it);
      size = Math.max(size, it.fontSize);
    } else {
      if (cur.length) lines.push(cur);
      cur = [it];
      base = it.y;
      size = it.fontSize;
    }
  }
  if (cur.length) lines.push(cur);
  for (const l of lines) l.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * True when an item is set in a fixed-pitch font like Courier: every character
 * 0.6 em wide. There a word space is 0.6 em, and the spaces of lines set one
 * under another line up in columns of blank cells that are no gutter.
 */
function isFixedPitch(it: PositionedItem): boolean {
  const n = it.str.length;
  return n >= 2 && Math.abs(it.width / n - 0.6 * it.fontSize) < 0.03 * it.fontSize;
}

/**
 * Splits a baseline group into chunks at gaps wider than 0.5 em (narrow gutters are ~0.6 em); between
 * fixed-pitch items (see `isFixedPitch`), at gaps wider than two spaces.
 */
function toChunks(line: readonly PositionedItem[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: PositionedItem[] = [];
  let end = -Infinity;
  const flush = (): void => {
    if (!cur.length) return;
    out.push({ items: cur, x0: cur[0].x, x1: Math.max(...cur.map((i) => i.x + i.width)), y: cur[0].y, chars: cur.reduce((n, i) => n + i.str.trim().length, 0) });
    cur = [];
  };
  let prev: PositionedItem | null = null;
  for (const it of line) {
    const em = Math.max(it.fontSize, 4);
    const gap = prev !== null && isFixedPitch(prev) && isFixedPitch(it) ? 1.25 * em : 0.5 * em;
    if (cur.length && it.x - end > gap) flush();
    prev = it;
    cur.push(it);
    end = Math.max(end, it.x + it.width);
  }
  flush();
  return out;
}

/** Share of values within 3 pt of the most common value. */
function modeShare(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  let best = 0;
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] > 3) j++;
    best = Math.max(best, i - j + 1);
  }
  return best / values.length;
}

/** Result of gutter detection: the x of the gutter, or null for one column. */
export function findGutter(chunks: readonly Chunk[], pageWidth: number): number | null {
  const total = chunks.reduce((n, c) => n + c.chars, 0);
  if (chunks.length < 6 || total < 40) return null;
  let best: { gx: number; band: number; crossing: number } | null = null;
  for (let gx = pageWidth * 0.15; gx <= pageWidth * 0.85; gx += 2) {
    let crossing = 0;
    let lChars = 0;
    let rChars = 0;
    const left: Chunk[] = [];
    const right: Chunk[] = [];
    for (const c of chunks) {
      if (c.x1 <= gx) { left.push(c); lChars += c.chars; }
      else if (c.x0 >= gx) { right.push(c); rChars += c.chars; }
      else crossing++;
    }
    if (crossing > 0.15 * chunks.length) continue;
    if (left.length < 3 || right.length < 3 || lChars < 0.12 * total || rChars < 0.12 * total) continue;
    const lTop = Math.min(...left.map((c) => c.y));
    const lBot = Math.max(...left.map((c) => c.y));
    const rTop = Math.min(...right.map((c) => c.y));
    const rBot = Math.max(...right.map((c) => c.y));
    const overlap = Math.min(lBot, rBot) - Math.max(lTop, rTop);
    if (overlap < 0.4 * Math.min(lBot - lTop, rBot - rTop) || overlap <= 0) continue;
    // The right column is left-aligned text, not a stack of flush-right dates.
    const rEdge = Math.min(...right.map((c) => c.x0));
    const x0Share = modeShare(right.map((c) => c.x0));
    const x1Share = modeShare(right.map((c) => c.x1));
    if (x1Share >= 0.5 && x1Share > x0Share) continue;
    const band = rEdge - Math.max(...left.map((c) => c.x1));
    if (band < 4) continue;
    if (!best || crossing < best.crossing || (crossing === best.crossing && band > best.band)) {
      best = { gx: (rEdge + Math.max(...left.map((c) => c.x1))) / 2, band, crossing };
    }
  }
  return best ? best.gx : null;
}

/** A gap wider than this many ems between two items on one baseline is a tab stop or a column gap, not a word space. */
const WIDE_GAP_EM = 3;
/** How a wide gap is written in line text: three spaces, which `splitHeaderParts` and `contactParts` read as a field break. */
export const WIDE_GAP = "   ";

/** Joins the items of one line: a space only where the gap is wider than a fraction of the font size. */
export function joinItems(items: readonly PositionedItem[]): string {
  return joinItemSegments(items).join(" ");
}

/**
 * The items of one line joined into segments: within a segment a space only
 * where the gap is wider than a fraction of the font size; a new segment
 * where the gap is wider than 1.5 em (a tab stop, right-aligned dates, a
 * location set apart).
 */
export function joinItemSegments(items: readonly PositionedItem[]): string[] {
  const out: string[] = [];
  let cur = "";
  let prev: PositionedItem | null = null;
  let spaced = false;
  for (const it of items) {
    const s = /^(?:\S ){2,}\S$/u.test(it.str) ? it.str.replace(/ /g, "") : it.str;
    // pdf.js writes a gap as an item of spaces: measure the gap from the last visible item instead, and keep the space.
    if (s.trim() === "" && prev !== null) {
      spaced = true;
      continue;
    }
    if (prev) {
      const gap = it.x - (prev.x + prev.width);
      const single = prev.str.length === 1 && it.str.length === 1;
      const em = Math.min(prev.fontSize, it.fontSize);
      const threshold = (single ? 0.45 : 0.18) * em;
      // Small capitals: a larger single capital, then the rest of the word in smaller capitals ("E" + "DUCATION").
      const smallCaps = /^\p{Lu}$/u.test(prev.str) && /^\p{Lu}{2}/u.test(s) && it.fontSize < prev.fontSize * 0.92 && gap < 0.45 * prev.fontSize;
      if (gap > WIDE_GAP_EM * em && cur.trim() !== "" && s.trim() !== "") {
        out.push(cur);
        cur = "";
      } else if ((spaced || (gap > threshold && !smallCaps)) && !/\s$/u.test(cur) && !/^\s/u.test(s)) cur += " ";
    }
    spaced = false;
    cur += s;
    prev = it;
  }
  out.push(cur);
  return out;
}

function dominant(items: readonly PositionedItem[], f: (i: PositionedItem) => number): number {
  const weight = new Map<number, number>();
  for (const i of items) {
    const k = Math.round(f(i) * 10) / 10;
    weight.set(k, (weight.get(k) ?? 0) + Math.max(1, i.str.trim().length));
  }
  let best = 0;
  let bw = -1;
  for (const [k, w] of weight) if (w > bw || (w === bw && k > best)) { best = k; bw = w; }
  return best;
}

/** `stripInlineIcons` on each wide-gap segment, so the gaps survive. */
function stripIconsKeepingGaps(text: string): string {
  return text.split(WIDE_GAP).map((t) => stripInlineIcons(t)).filter((t) => t !== "").join(WIDE_GAP);
}

/** Builds draft lines from the items of one region (a column or the full width). */
function regionLines(items: readonly PositionedItem[], geo: PageGeometry, column: number | undefined): DraftLine[] {
  const out: DraftLine[] = [];
  for (const group of groupByBaseline(items)) {
    const visible = group.filter((i) => i.str.trim().length > 0);
    if (!visible.length) continue;
    const first = visible[0];
    let text = joinItemSegments(group).map(cleanLineText).filter((t) => t !== "").join(WIDE_GAP);
    if (!text) continue;
    const b = splitBullet(text, { allowDashes: true, iconFont: first.icon });
    text = b.bullet ? `• ${stripIconsKeepingGaps(b.text.slice(2))}` : stripIconsKeepingGaps(b.text);
    if (!text || text === "•") continue;
    const letters = visible.reduce((n, i) => n + i.str.replace(/\s/gu, "").length, 0);
    const boldLetters = visible.filter((i) => i.bold).reduce((n, i) => n + i.str.replace(/\s/gu, "").length, 0);
    const line: DraftLine = {
      text,
      page: geo.page,
      x: Math.round(first.x * 10) / 10,
      y: Math.round(dominant(visible, (i) => i.y) * 10) / 10,
      fontSize: dominant(visible, (i) => i.fontSize),
      bold: letters > 0 && boldLetters / letters >= 0.6,
    };
    if (b.bullet) line.bullet = true;
    if (column !== undefined) line.column = column;
    out.push(line);
  }
  return out;
}

/** Layout result of one page. */
export interface PageLayout {
  lines: DraftLine[];
  columns: number;
}

/**
 * Lays out one page: full-width lines above the columns, then the left
 * column top to bottom, then the right column, then full-width lines below.
 */
export function layoutPage(items: readonly PositionedItem[], geo: PageGeometry): PageLayout {
  const usable = items.filter((i) => i.str.length > 0 && Number.isFinite(i.x) && Number.isFinite(i.y));
  const chunks = groupByBaseline(usable.filter((i) => i.str.trim().length > 0)).flatMap(toChunks);
  const gx = findGutter(chunks, geo.width);
  if (gx === null) return { lines: regionLines(usable, geo, undefined), columns: 1 };
  const leftC = chunks.filter((c) => c.x1 <= gx);
  const rightC = chunks.filter((c) => c.x0 >= gx);
  // The side-by-side zone starts where both columns have begun; anything higher is a full-width header.
  const zoneTop = Math.max(Math.min(...leftC.map((c) => c.y)), Math.min(...rightC.map((c) => c.y))) - 1;
  const above: PositionedItem[] = [];
  const left: PositionedItem[] = [];
  const right: PositionedItem[] = [];
  const below: PositionedItem[] = [];
  for (const c of chunks) {
    if (c.y < zoneTop) above.push(...c.items);
    else if (c.x1 <= gx) left.push(...c.items);
    else if (c.x0 >= gx) right.push(...c.items);
    else below.push(...c.items);
  }
  return {
    lines: [
      ...regionLines(above, geo, undefined),
      ...regionLines(left, geo, 0),
      ...regionLines(right, geo, 1),
      ...regionLines(below, geo, undefined),
    ],
    columns: 2,
  };
}
