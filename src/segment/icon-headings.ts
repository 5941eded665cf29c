/**
 * Headings drawn with an icon in front ("  ABOUT", "  EXPERIENCE" in
 * Font Awesome résumé themes, AltaCV, Awesome-CV). Extraction reads the
 * leading icon glyph as a bullet marker, so the heading arrives as a bullet
 * line ("• ABOUT") and heading detection, which never takes a bullet for a
 * heading, misses every section. A bullet line is given back as a heading
 * line when its text after the marker is exactly a standard heading and it
 * is set as one: larger than the body text, or bold capitals.
 */
import type { ExtractedLine } from "../types.js";
import { stripBulletMarker } from "./bullets.js";
import { exactStandardHeading } from "./headings.js";
import type { LineStyle } from "./style.js";

/** True when `style` marks a heading strongly enough to outweigh a bullet marker. */
function headingSet(style: LineStyle): boolean {
  return style.larger || (style.bold && style.upper);
}

/**
 * `lines` with each icon-marked heading line turned into a plain line (the
 * marker dropped, `bullet` unset); the same array when there is none.
 */
export function unbulletIconHeadings(lines: readonly ExtractedLine[], styles: readonly LineStyle[]): readonly ExtractedLine[] {
  let out: ExtractedLine[] | null = null;
  lines.forEach((line, i) => {
    if (line.bullet !== true) return;
    const body = stripBulletMarker(line.text.trim())?.trim();
    if (!body || exactStandardHeading(body) === null || !headingSet(styles[i] as LineStyle)) return;
    out ??= [...lines];
    const { bullet: _marker, ...rest } = line;
    out[i] = { ...rest, text: body };
  });
  return out ?? lines;
}
