/**
 * The one word counter: how many whitespace-separated chunks of a text hold
 * a letter or a digit. "•", "|" and "—" standing alone are not words.
 */

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

function isWordChar(c: number, text: string, i: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /[\p{L}\p{N}]/u.test(text[i]!);
}

/**
 * Number of words in `text`: whitespace-separated chunks that hold a letter
 * or digit. Linear; a code-point test only outside ASCII. The report's
 * `wordCount`, the bullet-length rules, entry headers and posting headings
 * all count with it.
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isWordChar(c, text, i)) {
      counted = true;
      n++;
    }
  }
  return n;
}
