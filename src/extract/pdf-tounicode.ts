/**
 * A font's ToUnicode CMap read the way pdf.js reads it (`CMapFactory` and
 * `readToUnicode`: `bfchar` and `bfrange` entries, later ones replacing
 * earlier ones, UTF-16BE targets with surrogate pairs joined), so the text
 * of a drawn glyph can be known without pdf.js's operator list (drawn soft
 * hyphens: pdf-glyph-text.ts). Anything outside that plain form (`usecmap`,
 * CID entries, an identity map, a malformed entry) gives null: the caller
 * then asks pdf.js.
 */
import { PdfLexer } from "./pdf-objects.js";

/** pdf.js's cap on one `bfrange`; larger ones are left to pdf.js here. */
const MAX_RANGE = 0xffff;
/** Most entries read from one CMap. */
const MAX_ENTRIES = 0x20000;

type Lexed = ReturnType<PdfLexer["next"]>;

/** A CMap string's bytes as pdf.js's `strToInt` reads a source code. */
function codeOf(s: string): number {
  let a = 0;
  for (let i = 0; i < s.length; i++) a = (a << 8) | s.charCodeAt(i);
  return a >>> 0;
}

/** pdf.js's `readToUnicode`: a target's bytes as UTF-16BE (odd length: a leading zero byte), pairs joined as it joins them. */
function textOf(token: string): string {
  const t = token.length % 2 !== 0 ? `\u0000${token}` : token;
  const cps: number[] = [];
  for (let k = 0; k < t.length; k += 2) {
    const w1 = (t.charCodeAt(k) << 8) | t.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      cps.push(w1);
      continue;
    }
    k += 2;
    const w2 = (t.charCodeAt(k) << 8) | t.charCodeAt(k + 1);
    cps.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...cps);
}

/** The byte targets of one CMap, before they are read as text (pdf.js's `CMap._map`). */
type RawMap = Map<number, string>;

/** `beginbfchar` ... `endbfchar`; false on anything pdf.js would not read as a pair of strings. */
function readBfChar(lexer: PdfLexer, map: RawMap): boolean {
  for (;;) {
    const src = lexer.next();
    if (src.t === "kw" && src.v === "endbfchar") return true;
    const dst = lexer.next();
    if (src.t !== "str" || dst.t !== "str" || map.size > MAX_ENTRIES) return false;
    map.set(codeOf(src.v), dst.v);
  }
}

/** pdf.js's `mapBfRange`: the target's last byte counts up (a carry goes to the byte before). */
function mapRange(map: RawMap, low: number, high: number, dstLow: string): void {
  let dst = dstLow;
  const lastByte = dst.length - 1;
  while (low <= high) {
    map.set(low++, dst);
    const next = dst.charCodeAt(lastByte) + 1;
    if (next > 0xff) {
      dst = dst.substring(0, lastByte - 1) + String.fromCharCode(dst.charCodeAt(lastByte - 1) + 1) + "\x00";
      continue;
    }
    dst = dst.substring(0, lastByte) + String.fromCharCode(next);
  }
}

/** `beginbfrange` ... `endbfrange` (a target string, number or array of strings); false on anything else. */
function readBfRange(lexer: PdfLexer, map: RawMap): boolean {
  for (;;) {
    const lo = lexer.next();
    if (lo.t === "kw" && lo.v === "endbfrange") return true;
    const hi = lexer.next();
    if (lo.t !== "str" || hi.t !== "str") return false;
    const low = codeOf(lo.v);
    const high = codeOf(hi.v);
    if (high - low > MAX_RANGE || map.size > MAX_ENTRIES) return false;
    const dst: Lexed = lexer.next();
    if (dst.t === "str") mapRange(map, low, high, dst.v);
    else if (dst.t === "num" && dst.int) mapRange(map, low, high, String.fromCharCode(dst.v));
    else if (dst.t === "punct" && dst.v === "[") {
      let code = low;
      for (let e = lexer.next(); !(e.t === "punct" && e.v === "]"); e = lexer.next()) {
        if (e.t !== "str") return false;
        if (code <= high) map.set(code++, e.v);
      }
    } else return false;
  }
}

/**
 * The code → text map of a ToUnicode CMap stream's decoded bytes, as pdf.js
 * reads it, or null when pdf.js would read it some other way (see the module
 * comment) or it maps nothing.
 */
export function parseToUnicode(data: Uint8Array): Map<number, string> | null {
  const lexer = new PdfLexer(data);
  const raw: RawMap = new Map();
  for (let t = lexer.next(); t.t !== "eof"; t = lexer.next()) {
    if (t.t === "name" && t.v === "CMapName") {
      const name = lexer.next();
      if (name.t === "name" && (name.v === "Identity-H" || name.v === "Identity-V")) return null;
      continue;
    }
    if (t.t !== "kw") continue;
    if (t.v === "endcmap") break;
    if (t.v === "usecmap" || t.v === "begincidchar" || t.v === "begincidrange") return null;
    if (t.v === "beginbfchar" && !readBfChar(lexer, raw)) return null;
    if (t.v === "beginbfrange" && !readBfRange(lexer, raw)) return null;
  }
  if (raw.size === 0) return null;
  const out = new Map<number, string>();
  for (const [code, bytes] of raw) out.set(code, textOf(bytes));
  return out;
}
