/**
 * Collects visible text into `SourceLine`s while a converter walks a source
 * file: each line remembers the source line its first character came from.
 */
import type { SourceLine } from "./types.js";

/** Maps a character offset to its 1-based line. */
export function lineLocator(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Accumulates text pieces into lines. */
export class LineWriter {
  private readonly out: SourceLine[] = [];
  private buf = "";
  private line = 0;
  private heading = false;
  private bullet = false;

  constructor(private readonly lineOf: (offset: number) => number) {}

  /** Appends visible text that started at `offset` in the source. */
  write(text: string, offset: number): void {
    if (text.length === 0) return;
    if (this.buf.trim().length === 0 && text.trim().length > 0) this.line = this.lineOf(offset);
    this.buf += text;
  }

  /** Ends the current line (no-op when it is blank). */
  breakLine(): void {
    const text = this.buf.replace(/[\s\u00a0]+/gu, " ").trim();
    if (text.length > 0) {
      const l: SourceLine = { line: this.line, text };
      if (this.heading) l.heading = true;
      if (this.bullet) l.bullet = true;
      this.out.push(l);
    }
    this.buf = "";
    this.heading = false;
    this.bullet = false;
  }

  /** Marks the current line as a heading. */
  markHeading(): void { this.heading = true; }

  /** Marks the current line as a list item. */
  markBullet(): void { this.bullet = true; }

  /** The finished lines. */
  finish(): SourceLine[] {
    this.breakLine();
    return this.out;
  }
}
