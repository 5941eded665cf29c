/**
 * A small, read-only PDF object reader: the cross-reference table or
 * stream (with `/Prev` chains and object streams), indirect objects parsed on
 * demand and cached by number (as pdf.js caches them), and Flate-encoded
 * streams decoded with an output cap. It reads only what font facts need
 * (pages, resources, fonts, content streams: see pdf-fonts.ts); anything it
 * does not understand throws `PdfReadError`, and the caller falls back to
 * pdf.js. pdf.js stays the one reader of the text.
 */
import { inflateZlibBounded } from "./inflate.js";

/** Anything this reader cannot read (the caller falls back to pdf.js). */
export class PdfReadError extends Error {
  override name = "PdfReadError";
}

/** A PDF name (`/Font`), interned: equal names are the same object. */
export class PdfName {
  private static readonly table = new Map<string, PdfName>();
  private constructor(readonly name: string) {}
  /** The one PdfName for `name`. */
  static of(name: string): PdfName {
    let n = PdfName.table.get(name);
    if (!n) {
      if (PdfName.table.size > 10_000) PdfName.table.clear(); // hostile files cannot grow it without bound
      n = new PdfName(name);
      PdfName.table.set(name, n);
    }
    return n;
  }
}

/** An indirect reference `num gen R`. */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  /** As pdf.js writes a reference (`12R`, `12R1`): part of its font identity. */
  toString(): string {
    return this.gen === 0 ? `${this.num}R` : `${this.num}R${this.gen}`;
  }
}

/** A dictionary; keys in file order (pdf.js hashes some dictionaries' values in that order). */
export type PdfDict = Map<string, PdfValue>;

/** A stream: its dictionary and the raw (encoded) bytes. */
export interface PdfStream {
  dict: PdfDict;
  raw: Uint8Array;
}

/** Any PDF value; strings are latin1 JavaScript strings (bytes as char codes). */
export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfValue[] | PdfDict | PdfStream;

/** True for a dictionary value. */
export function isDict(v: unknown): v is PdfDict {
  return v instanceof Map;
}

/** True for a stream value. */
export function isStream(v: unknown): v is PdfStream {
  return typeof v === "object" && v !== null && !(v instanceof Map) && !Array.isArray(v) && (v as PdfStream).raw instanceof Uint8Array && (v as PdfStream).dict instanceof Map;
}

/** The name of a name value, or undefined. */
export function nameOf(v: PdfValue | undefined): string | undefined {
  return v instanceof PdfName ? v.name : undefined;
}

const WS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of "()<>[]{}/%") DELIM[c.charCodeAt(0)] = 1;

/** Tokens of the object syntax. */
type Token =
  | { t: "num"; v: number; int: boolean }
  | { t: "name"; v: string }
  | { t: "str"; v: string }
  | { t: "kw"; v: string }
  | { t: "punct"; v: "[" | "]" | "<<" | ">>" | "{" | "}" }
  | { t: "eof" };

/** Hard caps against hostile structure. */
const MAX_DEPTH = 64;
const MAX_STRING = 1 << 20;

/**
 * A lexer over PDF bytes (also used for content streams: the token kinds are
 * the same, and content operators come out as keywords).
 */
export class PdfLexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  /** Skips white space and comments. */
  skipSpace(): void {
    const b = this.bytes;
    for (;;) {
      while (this.pos < this.end && WS[b[this.pos]!]) this.pos++;
      if (this.pos < this.end && b[this.pos] === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
        continue;
      }
      return;
    }
  }

  /** The next token. */
  next(): Token {
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= this.end) return { t: "eof" };
    const c = b[this.pos]!;
    if (c === 0x2f) return { t: "name", v: this.readName() };
    if (c === 0x28) return { t: "str", v: this.readLiteral() };
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return { t: "punct", v: "<<" };
      }
      return { t: "str", v: this.readHex() };
    }
    if (c === 0x3e) {
      if (b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { t: "punct", v: ">>" };
      }
      this.pos++;
      return this.next(); // a stray ">": skip it, as pdf.js does
    }
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      this.pos++;
      return { t: "punct", v: String.fromCharCode(c) as "[" | "]" | "{" | "}" };
    }
    if (c === 0x29) {
      this.pos++;
      return this.next();
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const num = this.readNumber();
      if (num) return num;
    }
    // A keyword (true, obj, R, an operator...): up to the next white space or delimiter.
    const start = this.pos;
    while (this.pos < this.end && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
    if (this.pos === start) this.pos++; // a lone delimiter "{" etc. was handled; anything else: move on
    return { t: "kw", v: latin1(b, start, this.pos) };
  }

  private readNumber(): Token | null {
    const b = this.bytes;
    let p = this.pos;
    let sign = 1;
    while (p < this.end && (b[p] === 0x2b || b[p] === 0x2d)) {
      if (b[p] === 0x2d) sign = -1;
      p++;
    }
    let int = 0;
    let frac = 0;
    let scale = 1;
    let digits = 0;
    let dot = false;
    while (p < this.end) {
      const d = b[p]!;
      if (d >= 0x30 && d <= 0x39) {
        digits++;
        if (dot) {
          scale /= 10;
          frac += (d - 0x30) * scale;
        } else int = int * 10 + (d - 0x30);
      } else if (d === 0x2e && !dot) dot = true;
      else break;
      p++;
    }
    if (digits === 0) return null;
    this.pos = p;
    const v = sign * (int + frac);
    return { t: "num", v: Number.isFinite(v) ? v : 0, int: !dot };
  }

  private readName(): string {
    const b = this.bytes;
    this.pos++; // "/"
    let out = "";
    let run = this.pos;
    while (this.pos < this.end && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) {
      if (b[this.pos] === 0x23 && this.pos + 2 < this.end) {
        const h = hexValue(b[this.pos + 1]!) * 16 + hexValue(b[this.pos + 2]!);
        if (h >= 0) {
          out += latin1(b, run, this.pos) + String.fromCharCode(h);
          this.pos += 3;
          run = this.pos;
          continue;
        }
      }
      this.pos++;
    }
    return out + latin1(b, run, this.pos);
  }

  private readLiteral(): string {
    const b = this.bytes;
    this.pos++; // "("
    let depth = 1;
    const parts: number[] = [];
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const e = b[this.pos++];
        if (e === undefined) break;
        switch (e) {
          case 0x6e: parts.push(0x0a); break;
          case 0x72: parts.push(0x0d); break;
          case 0x74: parts.push(0x09); break;
          case 0x62: parts.push(0x08); break;
          case 0x66: parts.push(0x0c); break;
          case 0x0d:
            if (b[this.pos] === 0x0a) this.pos++;
            break;
          case 0x0a: break;
          default:
            if (e >= 0x30 && e <= 0x37) {
              let v = e - 0x30;
              for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = v * 8 + (b[this.pos++]! - 0x30);
              parts.push(v & 0xff);
            } else parts.push(e);
        }
      } else if (c === 0x28) {
        depth++;
        parts.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        parts.push(c);
      } else parts.push(c);
      if (parts.length > MAX_STRING) throw new PdfReadError("string too long");
    }
    return fromCodes(parts);
  }

  private readHex(): string {
    const b = this.bytes;
    this.pos++; // "<"
    const parts: number[] = [];
    let hi = -1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x3e) break;
      const h = hexValue(c);
      if (h < 0) continue;
      if (hi < 0) hi = h;
      else {
        parts.push(hi * 16 + h);
        hi = -1;
      }
      if (parts.length > MAX_STRING) throw new PdfReadError("string too long");
    }
    if (hi >= 0) parts.push(hi * 16);
    return fromCodes(parts);
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Bytes [start, end) as a latin1 string. */
export function latin1(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 16) {
    let s = "";
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  return charsOf(b.subarray(start, end));
}

/**
 * Bytes as latin1 characters, in chunks (no Buffer: this module also runs in
 * the browser). A typed array's chunk is passed to `apply` as a view: copying
 * it into an array first (`Array.prototype.slice.call`) took ten times as long
 * (0.19 ms for the 2 KB a file's `startxref` is looked for in).
 */
function charsOf(codes: Uint8Array | number[]): string {
  let s = "";
  for (let i = 0; i < codes.length; i += 8192) {
    const chunk = codes instanceof Uint8Array ? codes.subarray(i, i + 8192) : codes.slice(i, i + 8192);
    s += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return s;
}

function fromCodes(codes: number[]): string {
  if (codes.length <= 16) {
    let s = "";
    for (const c of codes) s += String.fromCharCode(c);
    return s;
  }
  return charsOf(codes);
}

/** Where an object lives: at a byte offset, or inside an object stream. */
type XrefEntry = { kind: "offset"; offset: number; gen: number } | { kind: "compressed"; stream: number; index: number } | { kind: "free" };

/** A lazily read classic xref subsection: entries are 20 bytes each, parsed on demand. */
interface TableSection {
  first: number;
  count: number;
  offset: number;
  /** Bytes per entry (20 by the standard). */
  width: number;
}

/** Decode budget for every stream this reader decodes in one document. */
export interface DecodeBudget {
  left: number;
}

/**
 * The objects of one PDF. Construct with the file's bytes; `trailer` is the
 * (newest) trailer dictionary; `get` resolves references.
 */
export class PdfObjects {
  readonly trailer: PdfDict;
  private readonly cache = new Map<number, PdfValue>();
  private readonly entries = new Map<number, XrefEntry>();
  private readonly sections: TableSection[] = [];
  private readonly objStreams = new Map<number, { data: Uint8Array; offsets: Map<number, number> }>();
  private scanned: Map<number, number> | null = null;
  private fetching = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly budget: DecodeBudget,
  ) {
    let trailer: PdfDict | null = null;
    try {
      trailer = this.readXrefChain();
    } catch {
      trailer = null;
    }
    if (!trailer || !trailer.get("Root")) {
      this.entries.clear();
      this.sections.length = 0;
      trailer = this.scanAll();
    }
    this.trailer = trailer;
  }

  /** The value, with one level of reference resolved. */
  get(v: PdfValue | undefined): PdfValue | undefined {
    return v instanceof PdfRef ? this.fetch(v) : v;
  }

  /** A dictionary entry resolved (a stream's dictionary for a stream). */
  dictOf(v: PdfValue | undefined): PdfDict | undefined {
    const r = this.get(v);
    if (isDict(r)) return r;
    if (isStream(r)) return r.dict;
    return undefined;
  }

  /** An indirect object by reference (cached, as pdf.js caches non-stream objects; streams too here: they are immutable). */
  fetch(ref: PdfRef): PdfValue | undefined {
    const hit = this.cache.get(ref.num);
    if (hit !== undefined) return hit;
    if (++this.fetching > 32) throw new PdfReadError("references nested too deep");
    try {
      const v = this.load(ref.num);
      this.cache.set(ref.num, v ?? null);
      return v ?? undefined;
    } finally {
      this.fetching--;
    }
  }

  /** Decodes a stream (no filter or FlateDecode, with PNG/TIFF predictors), within the budget. */
  decode(s: PdfStream): Uint8Array {
    const filter = this.get(s.dict.get("Filter") ?? s.dict.get("F"));
    const filters = Array.isArray(filter) ? filter.map((f) => nameOf(this.get(f))) : filter === undefined || filter === null ? [] : [nameOf(filter)];
    if (filters.length > 1) throw new PdfReadError("filter chains are left to pdf.js");
    const f = filters[0];
    if (f === undefined) return s.raw;
    if (f !== "FlateDecode" && f !== "Fl") throw new PdfReadError(`filter ${f} is left to pdf.js`);
    if (this.budget.left <= 0) throw new PdfReadError("decode budget spent");
    let out: Uint8Array;
    try {
      out = inflateZlibBounded(s.raw, this.budget.left);
    } catch (e) {
      throw new PdfReadError(`inflate: ${(e as Error).message}`);
    }
    this.budget.left -= out.length;
    const parmsRaw = this.get(s.dict.get("DecodeParms") ?? s.dict.get("DP"));
    const parms = Array.isArray(parmsRaw) ? this.dictOf(parmsRaw[0]) : this.dictOf(parmsRaw);
    const predictor = parms ? this.get(parms.get("Predictor")) : undefined;
    if (typeof predictor === "number" && predictor > 1) out = unpredict(out, predictor, parms!, this);
    return out;
  }

  private load(num: number): PdfValue | undefined {
    const entry = this.entry(num);
    if (!entry || entry.kind === "free") return undefined;
    if (entry.kind === "compressed") return this.fromObjectStream(entry.stream, entry.index, num);
    const v = this.parseIndirectAt(entry.offset, num);
    if (v !== undefined) return v;
    // A wrong offset: fall back to scanning the file for "num gen obj", as pdf.js reconstructs.
    const at = this.scan().get(num);
    return at === undefined || at === entry.offset ? undefined : this.parseIndirectAt(at, num);
  }

  private entry(num: number): XrefEntry | undefined {
    const e = this.entries.get(num);
    if (e) return e;
    for (const s of this.sections) {
      if (num < s.first || num >= s.first + s.count) continue;
      const p = s.offset + (num - s.first) * s.width;
      const line = latin1(this.bytes, p, Math.min(this.bytes.length, p + 20));
      const m = /^\s*(\d{1,10})\s+(\d{1,5})\s+([nf])/u.exec(line);
      if (!m) continue;
      const found: XrefEntry = m[3] === "n" ? { kind: "offset", offset: Number(m[1]), gen: Number(m[2]) } : { kind: "free" };
      this.entries.set(num, found);
      return found;
    }
    const at = this.scanned?.get(num);
    return at === undefined ? undefined : { kind: "offset", offset: at, gen: 0 };
  }

  /** Parses `num gen obj <value> [stream]` at `offset`; undefined when it is not that object. */
  private parseIndirectAt(offset: number, num: number): PdfValue | undefined {
    if (offset < 0 || offset >= this.bytes.length) return undefined;
    const lx = new PdfLexer(this.bytes, offset);
    const a = lx.next();
    const b = lx.next();
    const c = lx.next();
    if (a.t !== "num" || a.v !== num || b.t !== "num" || c.t !== "kw" || c.v !== "obj") return undefined;
    const parser = new PdfParser(lx, this);
    const v = parser.value(0);
    return parser.maybeStream(v);
  }

  private fromObjectStream(streamNum: number, index: number, num: number): PdfValue | undefined {
    let os = this.objStreams.get(streamNum);
    if (!os) {
      const s = this.fetch(new PdfRef(streamNum, 0));
      if (!isStream(s)) throw new PdfReadError("object stream missing");
      const data = this.decode(s);
      const n = this.get(s.dict.get("N"));
      const first = this.get(s.dict.get("First"));
      if (typeof n !== "number" || typeof first !== "number" || n < 0 || n > 100_000) throw new PdfReadError("bad object stream");
      const lx = new PdfLexer(data);
      const offsets = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        const o = lx.next();
        const off = lx.next();
        if (o.t !== "num" || off.t !== "num") break;
        if (!offsets.has(o.v)) offsets.set(o.v, first + off.v);
      }
      os = { data, offsets };
      this.objStreams.set(streamNum, os);
    }
    void index; // offsets are looked up by number (the index can be stale in updated files)
    const at = os.offsets.get(num);
    if (at === undefined) return undefined;
    return new PdfParser(new PdfLexer(os.data, at), this).value(0);
  }

  /** Reads the xref sections from `startxref` back through `/Prev`; returns the newest trailer. */
  private readXrefChain(): PdfDict | null {
    const b = this.bytes;
    const tailStart = Math.max(0, b.length - 2048);
    const tail = latin1(b, tailStart, b.length);
    const at = tail.lastIndexOf("startxref");
    if (at < 0) return null;
    const m = /startxref\s+(\d+)/u.exec(tail.slice(at));
    if (!m) return null;
    let offset = Number(m[1]);
    let newest: PdfDict | null = null;
    const seen = new Set<number>();
    while (Number.isFinite(offset) && offset > 0 && offset < b.length && !seen.has(offset) && seen.size < 64) {
      seen.add(offset);
      const trailer = this.readXrefAt(offset);
      if (!trailer) return newest;
      newest ??= trailer;
      const stm = this.get(trailer.get("XRefStm"));
      if (typeof stm === "number" && !seen.has(stm)) {
        seen.add(stm);
        this.readXrefAt(stm);
      }
      const prev = this.get(trailer.get("Prev"));
      offset = typeof prev === "number" ? prev : -1;
    }
    return newest;
  }

  /** One xref section (table or stream) at `offset`; entries already known (from newer sections) win. */
  private readXrefAt(offset: number): PdfDict | null {
    const lx = new PdfLexer(this.bytes, offset);
    const first = lx.next();
    if (first.t === "kw" && first.v === "xref") {
      for (;;) {
        const save = lx.pos;
        const a = lx.next();
        if (a.t === "kw" && a.v === "trailer") break;
        const c = lx.next();
        if (a.t !== "num" || c.t !== "num") {
          lx.pos = save;
          return null;
        }
        lx.skipSpace();
        // Entries are 20 bytes each ("nnnnnnnnnn ggggg n\r\n"), or 19 when a writer ends them with one byte.
        let width = 18;
        while (width < 21 && (this.bytes[lx.pos + width] === 0x20 || this.bytes[lx.pos + width] === 0x0a || this.bytes[lx.pos + width] === 0x0d)) width++;
        if (c.v > 0 && width === 18) return null;
        this.sections.push({ first: a.v, count: c.v, offset: lx.pos, width });
        lx.pos += c.v * width;
        if (lx.pos > this.bytes.length) return null;
      }
      const trailer = new PdfParser(lx, this).value(0);
      return isDict(trailer) ? trailer : null;
    }
    // An xref stream: "num gen obj << /Type /XRef ... >> stream".
    lx.pos = offset;
    const n = lx.next();
    if (n.t !== "num") return null;
    const v = this.parseIndirectAt(offset, n.v);
    if (!isStream(v) || nameOf(v.dict.get("Type")) !== "XRef") return null;
    this.readXrefStream(v);
    return v.dict;
  }

  private readXrefStream(s: PdfStream): void {
    const w = s.dict.get("W");
    if (!Array.isArray(w) || w.length < 3 || !w.every((x) => typeof x === "number" && x >= 0 && x <= 8)) throw new PdfReadError("bad /W");
    const [w0, w1, w2] = w as number[];
    const size = this.get(s.dict.get("Size"));
    const index = s.dict.get("Index");
    const ranges = Array.isArray(index) ? (index as number[]) : [0, typeof size === "number" ? size : 0];
    const data = this.decode(s);
    const width = w0! + w1! + w2!;
    let p = 0;
    const field = (len: number, dflt: number): number => {
      if (len === 0) return dflt;
      let v = 0;
      for (let k = 0; k < len; k++) v = v * 256 + (data[p++] ?? 0);
      return v;
    };
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const start = ranges[r]!;
      const count = ranges[r + 1]!;
      for (let i = 0; i < count && p + width <= data.length; i++) {
        const type = field(w0!, 1);
        const f1 = field(w1!, 0);
        const f2 = field(w2!, 0);
        const num = start + i;
        if (this.entries.has(num)) continue;
        if (type === 1) this.entries.set(num, { kind: "offset", offset: f1, gen: f2 });
        else if (type === 2) this.entries.set(num, { kind: "compressed", stream: f1, index: f2 });
        else if (type === 0) this.entries.set(num, { kind: "free" });
      }
    }
  }

  /** Offsets of every "num gen obj" in the file (the last definition wins), computed once. */
  private scan(): Map<number, number> {
    if (this.scanned) return this.scanned;
    const map = new Map<number, number>();
    const text = latin1(this.bytes, 0, this.bytes.length);
    const re = /(?<![0-9])(\d{1,10})[ \t\r\n\f\0]+(\d{1,5})[ \t\r\n\f\0]+obj\b/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) map.set(Number(m[1]), m.index);
    this.scanned = map;
    return map;
  }

  /** Recovery: every object by scanning; object streams read for objects not defined at an offset; the last trailer (or a /Catalog). */
  private scanAll(): PdfDict {
    const map = this.scan();
    const text = latin1(this.bytes, 0, this.bytes.length);
    let trailer: PdfDict | null = null;
    const re = /trailer/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = new PdfParser(new PdfLexer(this.bytes, m.index + 7), this).value(0);
      if (isDict(v) && v.get("Root")) trailer = v;
    }
    for (const [num] of map) {
      const v = this.fetch(new PdfRef(num, 0));
      if (isStream(v) && nameOf(v.dict.get("Type")) === "ObjStm") {
        try {
          const data = this.decode(v);
          const n = this.get(v.dict.get("N"));
          const first = this.get(v.dict.get("First"));
          if (typeof n !== "number" || typeof first !== "number") continue;
          const lx = new PdfLexer(data);
          const offsets = new Map<number, number>();
          for (let i = 0; i < n && i < 100_000; i++) {
            const o = lx.next();
            const off = lx.next();
            if (o.t !== "num" || off.t !== "num") break;
            offsets.set(o.v, first + off.v);
            if (!map.has(o.v)) this.entries.set(o.v, { kind: "compressed", stream: num, index: i });
          }
          this.objStreams.set(num, { data, offsets });
        } catch {
          /* a broken object stream: its objects stay unknown */
        }
      }
      if (!trailer && isDict(v) && nameOf(v.get("Type")) === "Catalog") trailer = new Map([["Root", new PdfRef(num, 0)]]);
      if (isStream(v) && nameOf(v.dict.get("Type")) === "XRef" && v.dict.get("Root")) trailer = v.dict;
    }
    if (!trailer) throw new PdfReadError("no trailer");
    return trailer;
  }
}

/** Parses values from a lexer. */
class PdfParser {
  private buf: Token[] = [];
  constructor(
    private readonly lx: PdfLexer,
    private readonly objects: PdfObjects | null,
  ) {}

  private peek(k = 0): Token {
    while (this.buf.length <= k) this.buf.push(this.lx.next());
    return this.buf[k]!;
  }

  private take(): Token {
    return this.buf.length > 0 ? this.buf.shift()! : this.lx.next();
  }

  /** One value (a number followed by `gen R` is a reference). */
  value(depth: number): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfReadError("nested too deep");
    const t = this.take();
    switch (t.t) {
      case "num": {
        if (t.int && t.v >= 0) {
          const g = this.peek(0);
          const r = this.peek(1);
          if (g.t === "num" && g.int && r.t === "kw" && r.v === "R") {
            this.buf.splice(0, 2);
            return new PdfRef(t.v, g.v);
          }
        }
        return t.v;
      }
      case "name":
        return PdfName.of(t.v);
      case "str":
        return t.v;
      case "punct":
        if (t.v === "[") {
          const arr: PdfValue[] = [];
          for (;;) {
            const p = this.peek();
            if (p.t === "eof") throw new PdfReadError("unterminated array");
            if (p.t === "punct" && p.v === "]") {
              this.take();
              return arr;
            }
            arr.push(this.value(depth + 1));
          }
        }
        if (t.v === "<<") {
          const dict: PdfDict = new Map();
          for (;;) {
            const k = this.take();
            if (k.t === "eof") throw new PdfReadError("unterminated dictionary");
            if (k.t === "punct" && k.v === ">>") return dict;
            if (k.t !== "name") continue; // garbage inside a dictionary: skipped, as pdf.js does
            const p = this.peek();
            if (p.t === "punct" && p.v === ">>") {
              dict.set(k.v, null);
              continue;
            }
            const v = this.value(depth + 1);
            if (!dict.has(k.v)) dict.set(k.v, v);
          }
        }
        return null;
      case "kw":
        if (t.v === "true") return true;
        if (t.v === "false") return false;
        return null;
      default:
        throw new PdfReadError("unexpected end");
    }
  }

  /** After an indirect object's value: its stream data, if `stream` follows. */
  maybeStream(v: PdfValue): PdfValue {
    if (!isDict(v) || !this.objects) return v;
    if (this.buf.length > 0) {
      const t = this.buf[0]!;
      if (!(t.t === "kw" && t.v === "stream")) return v;
      this.buf.length = 0;
    } else {
      const save = this.lx.pos;
      const t = this.lx.next();
      if (!(t.t === "kw" && t.v === "stream")) {
        this.lx.pos = save;
        return v;
      }
    }
    const b = this.lx.bytes;
    let start = this.lx.pos;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    let len = v.get("Length");
    if (len instanceof PdfRef) len = this.objects.fetch(len);
    let end = typeof len === "number" && len >= 0 ? start + len : -1;
    if (end < 0 || end > b.length || !endstreamAt(b, end)) {
      end = indexOfBytes(b, ENDSTREAM, start);
      if (end < 0) throw new PdfReadError("stream without end");
      while (end > start && (b[end - 1] === 0x0a || b[end - 1] === 0x0d)) end--;
    }
    return { dict: v, raw: b.subarray(start, end) };
  }
}

const ENDSTREAM = Uint8Array.from("endstream", (c) => c.charCodeAt(0));

function endstreamAt(b: Uint8Array, at: number): boolean {
  let p = at;
  while (p < b.length && p < at + 4 && WS[b[p]!]) p++;
  for (let i = 0; i < ENDSTREAM.length; i++) if (b[p + i] !== ENDSTREAM[i]) return false;
  return true;
}

function indexOfBytes(b: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let i = b.indexOf(first, from); i >= 0 && i + needle.length <= b.length; i = b.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && b[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Undoes a PNG (10–15) or TIFF (2) predictor. */
function unpredict(data: Uint8Array, predictor: number, parms: PdfDict, objects: PdfObjects): Uint8Array {
  const num = (k: string, d: number): number => {
    const v = objects.get(parms.get(k));
    return typeof v === "number" && v > 0 ? v : d;
  };
  const colors = num("Colors", 1);
  const bpc = num("BitsPerComponent", 8);
  const columns = num("Columns", 1);
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLen = Math.ceil((colors * bpc * columns) / 8);
  if (predictor === 2) {
    if (bpc !== 8) throw new PdfReadError("TIFF predictor with bpc != 8");
    const out = new Uint8Array(data);
    for (let r = 0; r + rowLen <= out.length; r += rowLen) for (let i = bpp; i < rowLen; i++) out[r + i] = (out[r + i]! + out[r + i - bpp]!) & 0xff;
    return out;
  }
  if (predictor < 10) throw new PdfReadError(`predictor ${predictor}`);
  const rows = Math.floor(data.length / (rowLen + 1));
  const out = new Uint8Array(rows * rowLen);
  const prev = new Uint8Array(rowLen);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLen + 1)]!;
    const src = r * (rowLen + 1) + 1;
    const dst = r * rowLen;
    for (let i = 0; i < rowLen; i++) {
      const x = data[src + i]!;
      const a = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      let v: number;
      switch (type) {
        case 0: v = x; break;
        case 1: v = x + a; break;
        case 2: v = x + up; break;
        case 3: v = x + ((a + up) >> 1); break;
        case 4: {
          const p = a + up - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - c);
          v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? up : c);
          break;
        }
        default: throw new PdfReadError(`PNG filter ${type}`);
      }
      out[dst + i] = v & 0xff;
    }
    prev.set(out.subarray(dst, dst + rowLen));
  }
  return out;
}
