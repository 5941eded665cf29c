/**
 * Bullet markers and wrapped-line continuation.
 *
 * Marker: a glyph (• ▪ ● ◦ ‣ ∙ · ○ ■ □ ► ▶ ➢ ➤ ✓ ✔ ◆ ◇ ♦ ❖ ★ ⁃ and the dashes - – —, *)
 * followed by optional space (dash, asterisk need a space), or a list number "1." "2)" followed by a space.
 */

const GLYPHS = "•▪●◦‣∙·○■□►▶➢➤✓✔◆◇♦❖★⁃▸▹➔→⦁";
const GLYPH_RE = new RegExp(`^\\s*[${GLYPHS}]\\s*`, "u");
const DASH_RE = /^\s*(?:[-–—*]|\(?\d{1,2}[.)])\s+/;

/** When the line starts with a bullet marker, the text after it; otherwise null. */
export function stripBulletMarker(text: string): string | null {
  let m = GLYPH_RE.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    return rest.length > 0 ? rest : null;
  }
  m = DASH_RE.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    // "- 2019" style leftovers of a date range are not bullets.
    return /\p{L}/u.test(rest) ? rest : null;
  }
  return null;
}

/** True when the text ends a sentence (. ! ? or a closing quote/bracket after one). */
export function endsSentence(text: string): boolean {
  return /[.!?;][)"'”’]?\s*$/.test(text);
}

/** True when the first letter-or-digit of the text is a lower-case letter. */
export function startsLowercase(text: string): boolean {
  const m = /[\p{L}\p{N}]/u.exec(text.length > 200 ? text.slice(0, 200) : text);
  if (!m) return false;
  const ch = m[0];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** What the continuation rule needs to know about a line. */
export interface ContinuationInput {
  text: string;
  x?: number;
  page: number;
}

/**
 * True when `next` continues the bullet whose first line is `first` and whose
 * latest line is `last`. With positions: `next` is indented past the marker
 * (hanging indent), or at the marker's x and starts lower case. Without
 * positions: `next` starts lower case, or `last` did not end a sentence.
 */
export function continuesBullet(first: ContinuationInput, last: ContinuationInput, next: ContinuationInput): boolean {
  const lower = startsLowercase(next.text);
  if (first.x !== undefined && next.x !== undefined && next.page === first.page) {
    if (next.x > first.x + 1.5) return true;
    if (next.x >= first.x - 1.5) return lower;
    return false;
  }
  return lower || !endsSentence(last.text);
}
