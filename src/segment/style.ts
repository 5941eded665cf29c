/**
 * Typography of lines: body font size and the "stands out" signature used to
 * tell section headings from body lines.
 */
import type { ExtractedLine } from "../types.js";
import { collapseLetterSpacing, isUpperCase } from "./headings.js";

/** How a line is set. */
export interface LineStyle {
  upper: boolean;
  bold: boolean;
  /** Font size above the body size by more than half a point. */
  larger: boolean;
  /** Marked as a heading by the source (DOCX style, Markdown "#"). */
  heading: boolean;
  colon: boolean;
  fontSize?: number;
}

/** Median font size of the non-empty lines that have one, or undefined. */
export function bodyFontSize(lines: readonly ExtractedLine[]): number | undefined {
  const sizes: number[] = [];
  for (const l of lines) if (l.fontSize !== undefined && l.text.trim() !== "") sizes.push(l.fontSize);
  if (sizes.length === 0) return undefined;
  sizes.sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)];
}

/** The style of one line. */
export function lineStyle(line: ExtractedLine, body: number | undefined): LineStyle {
  const text = collapseLetterSpacing(line.text);
  const style: LineStyle = {
    upper: isUpperCase(text),
    bold: line.bold === true,
    larger: body !== undefined && line.fontSize !== undefined && line.fontSize > body + 0.5,
    heading: line.heading === true,
    colon: /:\s*$/.test(text),
  };
  if (line.fontSize !== undefined) style.fontSize = line.fontSize;
  return style;
}

/** True when a line is set apart from body text in any way a heading can be. */
export function standsOut(s: LineStyle): boolean {
  return s.upper || s.bold || s.larger || s.heading || s.colon;
}

/** True when the style has a visual mark other than a trailing colon. */
export function visuallyMarked(s: LineStyle): boolean {
  return s.upper || s.bold || s.larger || s.heading;
}

/** True when two lines are set alike (same caps, boldness, heading mark, font size within 0.6 pt). */
export function sameStyle(a: LineStyle, b: LineStyle): boolean {
  if (a.upper !== b.upper || a.bold !== b.bold || a.heading !== b.heading) return false;
  if (a.fontSize !== undefined && b.fontSize !== undefined) return Math.abs(a.fontSize - b.fontSize) <= 0.6;
  return a.fontSize === undefined && b.fontSize === undefined;
}
