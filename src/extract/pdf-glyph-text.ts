/**
 * The text of the glyphs a page draws, as pdf.js's operator list gives it
 * (each glyph's `unicode`), read from the content stream and the fonts'
 * ToUnicode maps instead: `PdfFontTracker` (pdf-fonts.ts) calls it on each
 * show-text operator while it replays a page. Used for drawn soft hyphens
 * (pdf-soft-hyphens.ts), which pdf.js's text content drops.
 *
 * pdf.js gives a glyph the text its font's ToUnicode map gives the glyph's
 * code (`Font._charToGlyph`), read here as pdf.js reads it
 * (pdf-tounicode.ts), with codes one byte long (simple fonts) or two (Type0
 * with an Identity encoding). Where pdf.js would fall back to other sources
 * (a code the map lacks in a font with an /Encoding: glyph names; a font
 * without a map; a Type1 font it replaces by a system font, where a code
 * can become a space), the glyph's text is only a guess, the code's own
 * character: the alignment with the text layer must confirm each guess, or
 * the caller asks pdf.js's operator list. A font read some other way (an
 * unreadable map, another CMap encoding) makes the page's glyph text unknown.
 */
import { isStream, nameOf, PdfLexer, PdfReadError, type PdfDict, type PdfObjects } from "./pdf-objects.js";
import { parseToUnicode } from "./pdf-tounicode.js";

/** How one font's string operands become glyph text. */
export interface GlyphDecoder {
  /** Two bytes per code (Type0, Identity-H/V), else one. */
  twoByte: boolean;
  /** Code → text (pdf.js's ToUnicode map; empty for a font without one). */
  map: Map<number, string>;
  /** The map's texts are pdf.js's (else guesses, but for a space). */
  mappedSure: boolean;
  /** pdf.js reads a code the map lacks as the code's character (else that is a guess). */
  missingSure: boolean;
}

/**
 * The glyph text collected while one page is replayed: `ok` false once a
 * glyph's text is unknown; `guessed` the indexes of glyphs whose text is a
 * guess (see the module comment).
 */
export interface GlyphSink {
  glyphs: string[];
  guessed: number[];
  ok: boolean;
}

/** True when a font descriptor carries the font program itself. */
function embedded(objects: PdfObjects, descriptor: PdfDict | undefined): boolean {
  if (!descriptor) return false;
  return ["FontFile", "FontFile2", "FontFile3"].some((k) => isStream(objects.get(descriptor.get(k))));
}

/**
 * The decoder of a font dictionary (the one pdf.js loaded under the font's
 * id), or null when its glyph text is not surely the one pdf.js gives (see
 * the module comment).
 */
export function glyphDecoder(objects: PdfObjects, baseDict: PdfDict): GlyphDecoder | null {
  try {
    const type = nameOf(objects.get(baseDict.get("Subtype")));
    if (type === "Type0") return compositeDecoder(objects, baseDict);
    if (type !== "Type1" && type !== "MMType1" && type !== "TrueType" && type !== "Type3") return null;
    // A Type1 font pdf.js does not find embedded is drawn with a system font, and some codes then read as spaces.
    const replaced = (type === "Type1" || type === "MMType1") && !embedded(objects, objects.dictOf(baseDict.get("FontDescriptor")));
    const encoding = objects.get(baseDict.get("Encoding"));
    const tu = objects.get(baseDict.get("ToUnicode"));
    if (tu === undefined || tu === null) return { twoByte: false, map: new Map(), mappedSure: false, missingSure: false };
    if (!isStream(tu)) return null;
    const map = parseToUnicode(objects.decode(tu));
    return map ? { twoByte: false, map, mappedSure: !replaced, missingSure: !replaced && (encoding === undefined || encoding === null) } : null;
  } catch (e) {
    if (e instanceof PdfReadError || e instanceof RangeError || e instanceof TypeError) return null;
    throw e;
  }
}

/** A Type0 font with an Identity encoding, an embedded CID font and a ToUnicode map (null for any other). */
function compositeDecoder(objects: PdfObjects, baseDict: PdfDict): GlyphDecoder | null {
  const encoding = nameOf(objects.get(baseDict.get("Encoding")));
  if (encoding !== "Identity-H" && encoding !== "Identity-V") return null;
  const descendants = objects.get(baseDict.get("DescendantFonts"));
  const d = objects.dictOf(Array.isArray(descendants) ? descendants[0] : descendants);
  const sub = d ? nameOf(objects.get(d.get("Subtype"))) : undefined;
  if (!d || (sub !== "CIDFontType0" && sub !== "CIDFontType2")) return null;
  // pdf.js may rebuild the map of a CID font it does not find embedded (standard font names).
  if (!embedded(objects, objects.dictOf(d.get("FontDescriptor")))) return null;
  const tu = objects.get(d.get("ToUnicode") ?? baseDict.get("ToUnicode"));
  if (!isStream(tu)) return null;
  const map = parseToUnicode(objects.decode(tu));
  // A composite font has no fallback map in pdf.js: a code the map lacks reads as its own character.
  return map ? { twoByte: true, map, mappedSure: true, missingSure: true } : null;
}

/** Adds the glyph text of one string operand's bytes; false when they cannot be split into codes. */
function addCodes(decoder: GlyphDecoder, bytes: ArrayLike<number>, sink: GlyphSink): boolean {
  const step = decoder.twoByte ? 2 : 1;
  if (bytes.length % step !== 0) return false;
  for (let i = 0; i < bytes.length; i += step) {
    const code = step === 2 ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]!;
    const mapped = decoder.map.get(code);
    // pdf.js: `toUnicode.get(code) || code`; a code the map lacks may have a fallback (then a guess).
    const text = mapped || String.fromCharCode(code);
    const sure = mapped === undefined ? decoder.missingSure : decoder.mappedSure || text === " ";
    if (!sure) sink.guessed.push(sink.glyphs.length);
    sink.glyphs.push(text);
  }
  return true;
}

/** A hex string's bytes (`<` at `p`), as pdf.js reads it (non-hex bytes skipped, an odd last digit padded with 0), and where it ends. */
function hexBytes(data: Uint8Array, p: number, end: number): { bytes: number[]; next: number } {
  const bytes: number[] = [];
  let hi = -1;
  for (p++; p < end; p++) {
    const c = data[p]!;
    if (c === 0x3e) return { bytes, next: p + 1 };
    const h = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (h < 0) continue;
    if (hi < 0) hi = h;
    else {
      bytes.push(hi * 16 + h);
      hi = -1;
    }
  }
  if (hi >= 0) bytes.push(hi * 16);
  return { bytes, next: end };
}

/** A literal string's bytes (`(` at `p`, escapes read by the object lexer), and where it ends. */
function literalBytes(data: Uint8Array, p: number, end: number): { bytes: number[]; next: number } {
  const lexer = new PdfLexer(data, p, end);
  const t = lexer.next();
  const v = t.t === "str" ? t.v : "";
  const bytes = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) bytes[i] = v.charCodeAt(i);
  return { bytes, next: lexer.pos };
}

/** The TJ array at `[start, end)`: each string's glyph text added, spacing numbers skipped; false on anything else. */
function addArray(decoder: GlyphDecoder, data: Uint8Array, start: number, end: number, sink: GlyphSink): boolean {
  for (let p = start + 1; p < end; ) {
    const c = data[p]!;
    if (c === 0x5d) return true;
    if (c === 0x3c || c === 0x28) {
      const s = c === 0x3c ? hexBytes(data, p, end) : literalBytes(data, p, end);
      if (!addCodes(decoder, s.bytes, sink)) return false;
      p = s.next;
    } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00 || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) p++;
    else return false; // a nested array, a name...: not a plain TJ operand
  }
  return false;
}

/**
 * The glyph text of a show-text operand at `[start, end)` of `data` (a
 * string, or TJ's array of strings and spacing numbers) into `sink`, with
 * the current font's decoder (null: unknown font, the page's text is then
 * unknown).
 */
export function addShownText(sink: GlyphSink, decoder: GlyphDecoder | null, data: Uint8Array, start: number, end: number, array: boolean): void {
  if (!sink.ok) return;
  if (!decoder) {
    sink.ok = false;
    return;
  }
  if (array) {
    sink.ok = addArray(decoder, data, start, end, sink);
    return;
  }
  const c = data[start];
  const s = c === 0x3c ? hexBytes(data, start, end) : c === 0x28 ? literalBytes(data, start, end) : null;
  sink.ok = s !== null && addCodes(decoder, s.bytes, sink);
}
