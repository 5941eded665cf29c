/**
 * Web links of a PDF's first page. A resume often prints "LinkedIn" or
 * "GitHub" and keeps the address only in a link annotation; pdf.js's
 * `getAnnotations()` gives each link's URL and rectangle. The anchor text is
 * the text drawn inside the rectangle, and the link is tied to the line
 * drawn there. Only the first page is read: contact details live there.
 */
import type { DocumentLink, ExtractedLine } from "../types.js";
import type { PositionedItem } from "./pdf-lines.js";

/** A link annotation's data as pdf.js returns it (only the fields read here). */
export interface AnnotationLike {
  subtype?: unknown;
  /** pdf.js's AnnotationType (2 = link), when `subtype` is missing. */
  annotationType?: unknown;
  url?: unknown;
  unsafeUrl?: unknown;
  rect?: unknown;
}

/** A link before it is tied to a line: its rectangle in page space (y from the top). */
export interface PageLink {
  url: string;
  text: string;
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** Characters of a word, an address or a handle. */
const WORD_CHAR = /[\p{L}\p{N}._@/-]/u;

/** Longest URL kept. */
const MAX_URL = 500;
/** Most links kept per page (a hostile file can carry thousands). */
const MAX_LINKS = 100;

/** The http(s)/mailto/tel URL of a link annotation, or null. */
function linkUrl(a: AnnotationLike): string | null {
  if (a.subtype !== "Link" && a.annotationType !== 2) return null;
  const u = typeof a.url === "string" ? a.url : typeof a.unsafeUrl === "string" ? a.unsafeUrl : null;
  if (u === null || u.length > MAX_URL || !/^(?:https?:\/\/|mailto:|tel:)/iu.test(u)) return null;
  return u.replace(/[\u0000-\u001f\s]+/gu, "");
}

/**
 * The text drawn inside a rectangle: of every item on its baselines, the
 * characters whose share of the item's width falls inside (an item often
 * holds a whole line, "… | LinkedIn | Github"), in reading order.
 */
function textInside(items: readonly PositionedItem[], x0: number, x1: number, top: number, bottom: number): string {
  const parts: Array<{ y: number; x: number; s: string }> = [];
  for (const it of items) {
    const my = it.y - it.fontSize * 0.3;
    if (my < top - 1 || my > bottom + 1 || it.str.trim() === "" || it.x > x1 || it.x + it.width < x0) continue;
    const n = it.str.length;
    const w = it.width > 0 ? it.width : 1;
    let from = Math.max(0, Math.min(n, Math.round(((x0 - it.x) / w) * n)));
    let to = Math.max(from, Math.min(n, Math.round(((x1 - it.x) / w) * n)));
    // Widen to whole words: the share of the width is only an estimate of the characters.
    while (from > 0 && WORD_CHAR.test(it.str[from - 1] as string) && WORD_CHAR.test(it.str[from] ?? " ")) from--;
    while (to < n && to > 0 && WORD_CHAR.test(it.str[to] as string) && WORD_CHAR.test(it.str[to - 1] as string)) to++;
    parts.push({ y: it.y, x: it.x, s: it.str.slice(from, to) });
  }
  return parts
    .sort((p, q) => p.y - q.y || p.x - q.x)
    .map((p) => p.s)
    .join(" ")
    .replace(/[\uE000-\uF8FF]/gu, " ")
    .replace(/\s+/gu, " ")
    .replace(/^[\s|•·,;]+|[\s|•·,;]+$/gu, "")
    .slice(0, 200);
}

/**
 * The web, mail and phone links of one page with the text drawn inside
 * each, in the page space of `items` (`pageTop` is the page's upper y in
 * PDF space).
 */
export function pageLinks(annotations: readonly AnnotationLike[], items: readonly PositionedItem[], page: number, pageLeft: number, pageTop: number): PageLink[] {
  const out: PageLink[] = [];
  for (const a of annotations) {
    if (out.length >= MAX_LINKS) break;
    const url = linkUrl(a);
    const r = a.rect;
    if (url === null || !Array.isArray(r) || r.length !== 4 || !r.every((v) => typeof v === "number" && Number.isFinite(v))) continue;
    const [ax0, ay0, ax1, ay1] = r as [number, number, number, number];
    const x0 = Math.min(ax0, ax1) - pageLeft;
    const x1 = Math.max(ax0, ax1) - pageLeft;
    const top = pageTop - Math.max(ay0, ay1);
    const bottom = pageTop - Math.min(ay0, ay1);
    const text = textInside(items, x0, x1, top, bottom);
    out.push({ url, text, page, x0, x1, top, bottom });
  }
  return out;
}

/**
 * Ties each link to the line drawn in its rectangle: same page, baseline
 * inside the rectangle, the line starting nearest to the left of the link
 * (its own column on a two-column page). Links that match no line keep no
 * `line`.
 */
export function attachLinks(links: readonly PageLink[], lines: readonly ExtractedLine[]): DocumentLink[] {
  return links.map((l) => {
    let best: ExtractedLine | null = null;
    let bestDist = Infinity;
    for (const line of lines) {
      if (line.page !== l.page || line.y === undefined) continue;
      if (line.y < l.top - 2 || line.y > l.bottom + 4) continue;
      if (line.x !== undefined && line.x > l.x1 + 1) continue;
      // The line that starts nearest to the left of the link (the link's own column), then the nearest baseline.
      const lx = line.x ?? 0;
      const dist = (lx <= l.x0 + 2 ? l.x0 - lx : 1000) + 10 * Math.abs(line.y - l.bottom);
      if (dist < bestDist) {
        best = line;
        bestDist = dist;
      }
    }
    const out: DocumentLink = { url: l.url, text: l.text, page: l.page };
    if (best) out.line = best.index;
    return out;
  });
}
