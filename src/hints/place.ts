/**
 * Places of hints: offsets in a line's text or a bullet's text turned into
 * 1-based lines and columns of the extracted text (the end column is the one
 * after the last character, as in unist and SARIF). Where the text cannot be
 * mapped back to its lines, the place has lines only: columns are never guessed.
 */
import type { Bullet, SegmentedResume } from "../types.js";
import type { Place } from "../report/types.js";

/** The place of whole lines, without columns. */
export function linesPlace(line: number, endLine: number = line): Place {
  return { start: { line }, end: { line: Math.max(line, endLine) } };
}

/** The place of `[start, end)` (0-based offsets) in the text of one line. */
export function linePlace(line: number, start: number, end: number): Place {
  return { start: { line, column: start + 1 }, end: { line, column: Math.max(start, end) + 1 } };
}

/** Offsets of each line start in a text whose lines are joined with "\n". */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding `offset`, by binary search over `starts`. */
function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The place of `[start, end)` in a text whose lines are joined with "\n" (the document's `text`). */
export function textPlace(starts: readonly number[], start: number, end: number): Place {
  const a = lineIndex(starts, start);
  const b = lineIndex(starts, Math.max(start, end - 1));
  return { start: { line: a + 1, column: start - starts[a]! + 1 }, end: { line: b + 1, column: Math.max(start, end) - starts[b]! + 1 } };
}

/** One line's share of a bullet's text: where it sits in the bullet and in the line. */
interface Piece {
  line: number;
  /** Offset of the piece in the bullet's text. */
  from: number;
  /** Offset after the piece in the bullet's text. */
  to: number;
  /** Offset of the piece in its line's text. */
  column0: number;
}

/**
 * How a bullet's text maps onto its lines. Segmentation joins the first
 * line's text after the marker and each continuation line, trimmed, with one
 * space; this undoes that join. Null when the lines do not add up to the text.
 */
function bulletPieces(resume: SegmentedResume, bullet: Bullet, index: number): Piece[] | null {
  const lines = resume.lines.slice(bullet.line - 1, bullet.endLine).filter((l) => l.bulletIndex === index);
  if (lines.length === 0 || lines[0]!.line !== bullet.line) return null;
  const text = bullet.text;
  const tails = lines.slice(1).map((l) => l.text.trim());
  const tailLength = tails.reduce((n, t) => n + t.length + 1, 0);
  const headLength = text.length - tailLength;
  if (headLength <= 0) return null;
  const pieces: Piece[] = [];
  const head = text.slice(0, headLength);
  const headColumn = lines[0]!.text.lastIndexOf(head);
  if (headColumn < 0) return null;
  pieces.push({ line: lines[0]!.line, from: 0, to: headLength, column0: headColumn });
  let at = headLength + 1;
  for (let k = 0; k < tails.length; k++) {
    const t = tails[k]!;
    if (text.slice(at, at + t.length) !== t) return null;
    const l = lines[k + 1]!;
    pieces.push({ line: l.line, from: at, to: at + t.length, column0: l.text.indexOf(t) });
    at += t.length + 1;
  }
  return pieces;
}

/**
 * The place of `[start, end)` (offsets in `bullet.text`), over the bullet's
 * lines; the whole bullet when no offsets are given. Lines only when the
 * bullet's text cannot be mapped back to its lines.
 */
export function bulletPlace(resume: SegmentedResume, bullet: Bullet, index: number, start = 0, end = bullet.text.length): Place {
  const pieces = bulletPieces(resume, bullet, index);
  if (!pieces) return linesPlace(bullet.line, bullet.endLine);
  const s = Math.max(0, Math.min(start, bullet.text.length));
  const e = Math.max(s, Math.min(end, bullet.text.length));
  // A start in the joining space belongs to the next piece; an end there, to the previous one.
  const first = pieces.find((p) => s < p.to) ?? pieces[pieces.length - 1]!;
  const last = [...pieces].reverse().find((p) => e > p.from) ?? pieces[0]!;
  const startColumn = first.column0 + Math.max(0, s - first.from) + 1;
  const endColumn = last.column0 + Math.min(e, last.to) - last.from + 1;
  return { start: { line: first.line, column: startColumn }, end: { line: last.line, column: Math.max(endColumn, last === first ? startColumn : 1) } };
}
