/** Small text helpers shared by the document hints. */

/** Number of whitespace-separated words that hold a letter or digit (linear; one code-point test only outside ASCII). The report's `wordCount` uses it too. */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (space) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    // A chunk counts once it holds a letter or digit: "•", "|" and "—" are not words.
    if (!counted && isWordChar(c, text, i)) {
      counted = true;
      n++;
    }
  }
  return n;
}

function isWordChar(c: number, text: string, i: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /[\p{L}\p{N}]/u.test(text[i]);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/**
 * A RegExp that finds `term` as a whole term: not glued to letters or digits
 * on either side. Spaces and hyphens in the term match one or more spaces or
 * a hyphen.
 */
export function termRegExp(term: string, caseSensitive: boolean): RegExp {
  const body = term
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join("(?:\\s+|-)");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? "gu" : "giu");
}

/** Shortens a quote to `max` characters. */
export function shorten(text: string, max = 120): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}
