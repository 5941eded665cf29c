/**
 * Drawn soft hyphens in PDFs. A font whose ToUnicode map sends its hyphen
 * glyph to U+00AD (LuaTeX/pdfTeX with OpenType fonts, some Word/Quartz
 * exports) prints a visible hyphen that pdf.js's text content drops as an
 * invisible format character: "cross­cluster" reads "crosscluster" and a
 * word broken at a line end ("Con­" / "sul") loses its hyphen, so it can
 * no longer be joined. The drawn glyphs' text still has it: read while the
 * font replay follows the content stream (pdf-glyph-text.ts), or where that
 * cannot be known from pdf.js's operator list (`drawnGlyphText`). Aligning
 * that glyph sequence with the text items (both follow the content stream)
 * puts each drawn U+00AD back into the item it was drawn in. Only documents
 * whose ToUnicode maps name U+00AD (`mapsSoftHyphen`, found by the stream
 * pre-scan) are looked at.
 */

/** The pdf.js operator code of "show text" (OPS.showText); TJ, ', " all become it in the operator list. */
const SHOW_TEXT = 44;
const SOFT_HYPHEN = "\u00AD";

/** The part of a pdf.js operator list read here. */
export interface OperatorListLike {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** A text item as pdf.js returns it (only `str` is read and rewritten). */
export interface TextItemLike {
  str?: string;
}

/** `comparable` of texts met before (a page repeats few distinct glyph texts; NFKC and the regex are the cost). */
const COMPARABLE_CACHE = new Map<string, string>();

/** Characters that can be compared between the two sequences: no whitespace, no format characters. */
function comparable(text: string): string {
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    // ASCII: NFKC keeps it, and only the white space goes (no ASCII character is a format character).
    if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? "" : text;
  }
  let out = COMPARABLE_CACHE.get(text);
  if (out === undefined) {
    out = text.normalize("NFKC").replace(/[\s\p{Cf}]/gu, "");
    if (COMPARABLE_CACHE.size >= 4096) COMPARABLE_CACHE.clear();
    COMPARABLE_CACHE.set(text, out);
  }
  return out;
}

/** The drawn glyphs of an operator list, in content-stream order, as text ("\u00AD" kept). */
export function drawnGlyphText(ops: OperatorListLike): string[] {
  const out: string[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] !== SHOW_TEXT) continue;
    const glyphs = (ops.argsArray[i] as unknown[] | undefined)?.[0];
    if (!Array.isArray(glyphs)) continue;
    for (const g of glyphs) {
      const u = (g as { unicode?: unknown } | null)?.unicode;
      if (typeof u === "string" && u.length > 0) out.push(u);
    }
  }
  return out;
}

/**
 * Inserts every drawn soft hyphen of `glyphs` into the text item it was
 * drawn in, after the character drawn before it. Returns the number
 * inserted. When the two sequences stop agreeing (a producer whose text
 * layer differs from its glyphs), nothing is changed: a missed hyphen is
 * the state without this step, a misplaced one would be worse.
 * `guessed`: indexes of glyphs whose text is a guess (glyph text read
 * without pdf.js, pdf-glyph-text.ts); each must be found in the text layer
 * where it stands, else nothing is changed and the result is null (the
 * glyphs' true text is needed to decide).
 */
export function restoreSoftHyphens(items: TextItemLike[], glyphs: readonly string[], guessed: ReadonlySet<number> = NO_GUESSES): number | null {
  if (!glyphs.includes(SOFT_HYPHEN) && guessed.size === 0) return 0;
  const chars = comparableChars(items);
  const inserts = findInserts(glyphs, chars, guessed);
  if (inserts === UNCONFIRMED) return null;
  if (inserts === null || inserts.length === 0) return 0;
  applyInserts(items, chars, inserts);
  return inserts.length;
}

const NO_GUESSES: ReadonlySet<number> = new Set();
/** `findInserts`' answer when a guessed glyph text is not where the text layer has it. */
const UNCONFIRMED = "unconfirmed";

/** A comparable character of the text items, with its item and the offset of its last code unit. */
interface ItemChar { item: number; offset: number; ch: string }

/** One soft hyphen to insert: after which comparable character, and whether a space glyph stood before / after it. */
interface SoftHyphenInsert { after: number; spaceBefore: boolean; spaceAfter: boolean }

/** Comparable characters of the text items, each with its item and offset. */
function comparableChars(items: readonly TextItemLike[]): ItemChar[] {
  const chars: ItemChar[] = [];
  items.forEach((it, item) => {
    const s = it.str ?? "";
    let offset = 0;
    for (const cp of s) {
      const ch = comparable(cp);
      // `offset` is the last code unit of the character, so an insertion after it keeps surrogate pairs whole.
      if (ch.length > 0) chars.push({ item, offset: offset + cp.length - 1, ch });
      offset += cp.length;
    }
  });
  return chars;
}

/**
 * Walks the glyphs along the items' characters and places each soft hyphen after the character drawn before it
 * ("2023 ­ 2024" is a dash between words, "cross­cluster" a hyphen inside one); null when the two stop agreeing.
 */
function findInserts(glyphs: readonly string[], chars: readonly ItemChar[], guessed: ReadonlySet<number>): SoftHyphenInsert[] | null | typeof UNCONFIRMED {
  // Item strings are normalized per string; compare per code unit after NFKC of each side.
  let flat = "";
  const owner: number[] = [];
  chars.forEach((c, k) => {
    flat += c.ch;
    for (let n = 0; n < c.ch.length; n++) owner.push(k);
  });
  const inserts: SoftHyphenInsert[] = [];
  let j = 0;
  let pending: { spaceBefore: boolean; spaceAfter: boolean } | null = null;
  let space = false;
  const flush = (): void => {
    if (pending && j > 0) inserts.push({ after: owner[j - 1] as number, ...pending });
    pending = null;
  };
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i] as string;
    // A guess counts only where the text layer has it: its true text might be a space, or another character.
    if (guessed.has(i) && (j >= flat.length || !confirms(comparable(g), flat, j))) return UNCONFIRMED;
    if (g === SOFT_HYPHEN) {
      if (!pending) pending = { spaceBefore: space, spaceAfter: false };
      space = false;
      continue;
    }
    const c = comparable(g);
    if (c.length === 0) {
      if (/\s/u.test(g)) {
        space = true;
        if (pending) pending.spaceAfter = true;
      }
      continue;
    }
    space = false;
    if (flat.startsWith(c, j)) {
      flush();
      j += c.length;
      continue;
    }
    // The text layer ended (annotation appearances follow the page content): stop there.
    if (j >= flat.length) break;
    return null;
  }
  flush();
  return inserts;
}

/** True when the text `c` of a guessed glyph is what the text layer has at `j` (a guess that compares as nothing confirms nothing). */
function confirms(c: string, flat: string, j: number): boolean {
  return c.length > 0 && flat.startsWith(c, j);
}

/** Writes the soft hyphens into the items' strings. */
function applyInserts(items: TextItemLike[], chars: readonly ItemChar[], inserts: readonly SoftHyphenInsert[]): void {
  // Insert from the end so that earlier offsets stay valid.
  const byItem = new Map<number, Array<{ offset: number; text: string }>>();
  for (const ins of inserts) {
    const c = chars[ins.after] as { item: number; offset: number };
    const list = byItem.get(c.item) ?? [];
    if (!list.some((x) => x.offset === c.offset)) list.push({ offset: c.offset, text: `${ins.spaceBefore ? " " : ""}${SOFT_HYPHEN}${ins.spaceAfter ? " " : ""}` });
    byItem.set(c.item, list);
  }
  for (const [item, list] of byItem) {
    const it = items[item] as TextItemLike;
    let s = it.str ?? "";
    for (const { offset, text } of list.sort((a, b) => b.offset - a.offset)) {
      // A gap the text layer turned into a space right after the character: the hyphen stood in that gap, a dash
      // between words ("2023 ­ 2024" set with glue, no space glyphs), so it gets a space on each side.
      const at = offset + 1;
      const gap = /^\s/u.test(s.slice(at));
      s = s.slice(0, at) + (gap && !text.startsWith(" ") ? ` ${text}` : text) + s.slice(at);
    }
    it.str = s;
  }
}
