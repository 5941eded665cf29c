/**
 * Character classes shared by the normalizer and the tokenizer.
 * All checks are O(1) per code point (ASCII fast path, Unicode property regex otherwise).
 */

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** True for a letter, digit or combining mark (any script). */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) {
    return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  }
  if (isIgnorableCodePoint(cp) || isDashCodePoint(cp)) return false;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Zero-width characters, soft hyphen, BOM, word joiner: invisible, dropped by normalization. */
export function isIgnorableCodePoint(cp: number): boolean {
  return (
    cp === 0x00ad ||
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    cp === 0x180e
  );
}

/** Hyphens, dashes and minus signs (all unified to "-"). */
export function isDashCodePoint(cp: number): boolean {
  return (
    cp === 0x2d ||
    (cp >= 0x2010 && cp <= 0x2015) ||
    cp === 0x2212 ||
    cp === 0xfe58 ||
    cp === 0xfe63 ||
    cp === 0xff0d
  );
}

/** Whitespace of any kind (ASCII, NBSP, Unicode spaces, line/paragraph separators). */
export function isSpaceCodePoint(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0x85
  );
}

/** True for characters that end a line ("\n", "\r", U+2028, U+2029, U+0085). */
export function isNewlineCodePoint(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x85 || cp === 0x0b || cp === 0x0c;
}

/** Single quotes and primes unified to "'". */
export function isSingleQuoteCodePoint(cp: number): boolean {
  return cp === 0x2018 || cp === 0x2019 || cp === 0x201a || cp === 0x201b || cp === 0x2032 || cp === 0xff07;
}

/** Double quotes unified to '"'. */
export function isDoubleQuoteCodePoint(cp: number): boolean {
  return cp === 0x201c || cp === 0x201d || cp === 0x201e || cp === 0x201f || cp === 0x2033 || cp === 0xff02 || cp === 0xab || cp === 0xbb;
}
