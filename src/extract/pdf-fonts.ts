/**
 * Font facts of a PDF's text without pdf.js's operator list.
 *
 * pdf.js's text content names each item's font only by an id
 * (`g_d0_f3`: the document's third font), assigned in the order its text
 * extraction first meets each font. The operator list would send the fonts
 * themselves, at about a third of the text's cost (it evaluates and clones
 * every drawing operation). Instead, `PdfFontTracker` reads the page's font
 * resources with a small object reader (pdf-objects.ts), replays the
 * content streams' font changes (`Tf`, `gs` with a font, form XObjects) in
 * pdf.js's order with its rules for when two font dictionaries share an id,
 * and so knows each id's BaseFont name (bold? an icon font?).
 *
 * It checks itself on every page against what pdf.js reported (every font
 * of the page's text must be one the replay saw showing text); on any doubt,
 * or anything it cannot read, the caller falls back to the operator list.
 */
import { addShownText, glyphDecoder, type GlyphDecoder, type GlyphSink } from "./pdf-glyph-text.js";
import { isDict, isStream, latin1, nameOf, PdfName, PdfObjects, PdfReadError, PdfRef, type DecodeBudget, type PdfDict, type PdfStream, type PdfValue } from "./pdf-objects.js";

/** What the layout needs to know of a font. */
export interface FontFact {
  bold: boolean;
  /** A symbol or icon font (Font Awesome, Wingdings...): its glyphs are not text. */
  icon: boolean;
}

/** Font names of bold faces (`Arial-BoldMT`, `Lato-Black`, `SourceSansPro-Semibold`...). */
export const BOLD_FONT = /bold|black|heavy|demi(?!light)|-bd\b|-sb\b/iu;
/** Font names of symbol and icon fonts. */
export const ICON_FONT = /fontawesome|font ?awesome|wingding|webding|symbol|dingbat|zapf|icons?\b|material|fa-(?:solid|brands|regular)|octicons|academicons/iu;

/** The facts of a font by its name (subset prefix `ABCDEF+` ignored). */
export function factsOfFontName(name: string): FontFact {
  const base = name.replace(/^[A-Z]{6}\+/u, "");
  return { bold: BOLD_FONT.test(base), icon: ICON_FONT.test(base) };
}

/** Most operators replayed per document and most forms entered: past them, the operator list decides. */
const MAX_OPERATORS = 2_000_000;
const MAX_FORM_DEPTH = 12;
/** Decoded bytes the replay may read per document (content streams are small; pdf.js decodes them again). */
const DECODE_BUDGET = 32 * 1024 * 1024;

/** One font id pdf.js will assign, with its facts (null for pdf.js's fallback font). */
interface TrackedFont {
  fact: FontFact | null;
  /** The font dictionary pdf.js loaded under this id (null for its fallback font). */
  dict: PdfDict | null;
  /** Its glyph decoder, once asked for (null: its glyph text is not known). */
  decoder?: GlyphDecoder | null;
}

/** A font dictionary's identity for pdf.js's cache: its reference, or (inline) the object itself. */
type FontKey = PdfRef | PdfDict;

/**
 * Replays a PDF's font changes page by page (see the module comment). Call
 * `replayPage(n)` for n = 1, 2... in order, right after pdf.js's text content of
 * that page; `fact(fontName)` then answers for the ids pdf.js used so far.
 */
export class PdfFontTracker {
  private readonly fonts: TrackedFont[] = [];
  /** pdf.js's font cache: by reference (and inline dictionaries by identity). */
  private readonly byRef = new Map<number, number>();
  private readonly byDict = new Map<PdfDict, number>();
  /** pdf.js's font aliases: fonts sharing a FontDescriptor and the same hash share an id. */
  private readonly aliases = new Map<PdfDict, Map<string, number>>();
  private fallbackId: number | null = null;
  private pages: PdfDict[] | null = null;
  private operators = 0;
  /** Where the page being replayed puts its drawn glyphs' text, when asked (`replayPage`'s `text`). */
  private text: GlyphSink | null = null;

  private constructor(private readonly objects: PdfObjects) {}

  /** A tracker for `bytes`, or null when the file cannot be read this way (encrypted, damaged: pdf.js's operator list decides). */
  static open(bytes: Uint8Array): PdfFontTracker | null {
    try {
      const budget: DecodeBudget = { left: DECODE_BUDGET };
      const objects = new PdfObjects(bytes, budget);
      if (objects.trailer.get("Encrypt") !== undefined) return null;
      return new PdfFontTracker(objects);
    } catch {
      return null;
    }
  }

  /**
   * Replays page `n` (1-based; pages in order, each once). Returns the ids
   * (`f<k>` numbers) of the fonts that showed text on it, or null when the
   * page could not be replayed (the tracker is then of no further use).
   * With `text`, also collects the text of every glyph drawn, as pdf.js's
   * operator list would give it (`text.ok` false when it cannot be known:
   * pdf-glyph-text.ts, and `drawsOutsideContent`).
   */
  replayPage(n: number, text: GlyphSink | null = null): Set<number> | null {
    try {
      const page = this.pageDicts()[n - 1];
      if (!page) return null;
      this.text = text;
      if (text && this.drawsOutsideContent(page)) text.ok = false;
      const resources = this.inherited(page, "Resources");
      const contents = this.objects.get(page.get("Contents"));
      const streams: PdfStream[] = [];
      for (const c of Array.isArray(contents) ? contents : contents === undefined || contents === null ? [] : [contents]) {
        const s = this.objects.get(c);
        if (isStream(s)) streams.push(s);
      }
      const shown = new Set<number>();
      const data = streams.map((s) => this.objects.decode(s));
      this.replay(concat(data), this.objects.dictOf(resources) ?? new Map(), shown, { font: null }, 0, new Set());
      return shown;
    } catch (e) {
      if (e instanceof PdfReadError || e instanceof RangeError || e instanceof TypeError) return null;
      throw e;
    } finally {
      this.text = null;
    }
  }

  /**
   * True when pdf.js's operator list of the page may draw glyphs besides
   * the content stream's: annotations other than plain links (appearance
   * streams follow the page content there).
   */
  private drawsOutsideContent(page: PdfDict): boolean {
    const annots = this.objects.get(page.get("Annots"));
    if (annots === undefined || annots === null) return false;
    if (!Array.isArray(annots)) return true;
    for (const a of annots) {
      const d = this.objects.dictOf(a);
      if (!d) continue;
      if (nameOf(this.objects.get(d.get("Subtype"))) !== "Link" || d.get("AP") !== undefined) return true;
    }
    return false;
  }

  /** The text of the glyphs of a show-text operand (`replayPage`'s `text`): see pdf-glyph-text.ts. */
  private showText(data: Uint8Array, start: number, end: number, array: boolean, font: number | null): void {
    const text = this.text;
    if (!text || !text.ok) return;
    let decoder: GlyphDecoder | null = null;
    const f = font === null ? undefined : this.fonts[font - 1];
    if (f && f.dict) {
      if (f.decoder === undefined) f.decoder = glyphDecoder(this.objects, f.dict);
      decoder = f.decoder;
    }
    addShownText(text, decoder, data, start, end, array);
  }

  /** The facts of pdf.js's font `loadedName` (`g_d0_f3`), or undefined when it is not one the replay assigned. */
  fact(loadedName: string): FontFact | null | undefined {
    const id = fontNumber(loadedName);
    if (id === null) return undefined;
    const f = this.fonts[id - 1];
    return f === undefined ? undefined : f.fact;
  }

  /**
   * True when the replay agrees with pdf.js on this page: every font id of
   * its text (the keys of the text content's `styles`) is one the replay saw
   * showing text. A shifted or missed id fails it.
   */
  static agrees(styleIds: readonly string[], shown: ReadonlySet<number>): boolean {
    for (const s of styleIds) {
      const id = fontNumber(s);
      if (id === null || !shown.has(id)) return false;
    }
    return true;
  }

  private pageDicts(): PdfDict[] {
    if (this.pages) return this.pages;
    const root = this.objects.dictOf(this.objects.trailer.get("Root"));
    const top = root ? this.objects.dictOf(root.get("Pages")) : undefined;
    if (!top) throw new PdfReadError("no page tree");
    const out: PdfDict[] = [];
    const seen = new Set<PdfDict>();
    const walk = (node: PdfDict, depth: number): void => {
      if (depth > 64 || seen.has(node) || out.length > 10_000) throw new PdfReadError("page tree too deep or cyclic");
      seen.add(node);
      const kids = this.objects.get(node.get("Kids"));
      if (nameOf(node.get("Type")) === "Page" || !Array.isArray(kids)) {
        out.push(node);
        return;
      }
      for (const k of kids) {
        const d = this.objects.dictOf(k);
        if (!d) continue;
        this.parents.set(d, node);
        walk(d, depth + 1);
      }
    };
    walk(top, 0);
    this.pages = out;
    return out;
  }

  private readonly parents = new Map<PdfDict, PdfDict>();

  /** A page attribute, inherited from the page tree. */
  private inherited(page: PdfDict, key: string): PdfValue | undefined {
    let node: PdfDict | undefined = page;
    for (let i = 0; node && i < 64; i++) {
      const v = node.get(key);
      if (v !== undefined) return v;
      node = this.parents.get(node);
    }
    return undefined;
  }

  /**
   * Runs the operators of `data` that change fonts, with `resources`;
   * records the ids that show text in `shown`. A flat byte scanner (content
   * streams hold thousands of operators: no token objects are made for
   * them); only the operands these operators read are kept.
   * long-function: one byte-scanner state machine whose locals (position, the
   * last two operands, the operand stack) are shared by every operator case; it
   * runs per byte of every content stream, so the cases stay inline, not calls.
   */
  private replay(data: Uint8Array, resources: PdfDict, shown: Set<number>, state: { font: number | null }, depth: number, forms: Set<PdfStream>): void {
    const b = data;
    const n = b.length;
    const stack: Array<number | null> = [];
    // The last two operands: kind and, for names, the name's bytes.
    let k1 = OP_NONE;
    let k2 = OP_NONE;
    let s1 = 0;
    let e1 = 0;
    let s2 = 0;
    let e2 = 0;
    let arrayText = false; // the last array operand held a non-empty string
    let p = 0;
    const push = (kind: number, start = 0, end = 0): void => {
      k2 = k1;
      s2 = s1;
      e2 = e1;
      k1 = kind;
      s1 = start;
      e1 = end;
    };
    while (p < n) {
      const c = b[p]!;
      if (c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00)) {
        p++;
        continue;
      }
      if (c === 0x25) {
        while (p < n && b[p] !== 0x0a && b[p] !== 0x0d) p++;
        continue;
      }
      if (c === 0x2f) {
        const start = ++p;
        while (p < n && !WS_OR_DELIM[b[p]!]) p++;
        push(OP_NAME, start, p);
        continue;
      }
      if (c === 0x28) {
        const start = p;
        p = skipLiteral(b, p);
        push(p - start > 2 ? OP_TEXT : OP_EMPTY_TEXT, start, p);
        continue;
      }
      if (c === 0x3c) {
        if (b[p + 1] === 0x3c) {
          p = skipDict(b, p);
          push(OP_OTHER);
          continue;
        }
        let hex = false;
        const start = p++;
        while (p < n && b[p] !== 0x3e) {
          if (HEX[b[p]!]) hex = true;
          p++;
        }
        p++;
        push(hex ? OP_TEXT : OP_EMPTY_TEXT, start, p);
        continue;
      }
      if (c === 0x5b) {
        // An array operand (TJ's): remember whether it holds a non-empty string.
        let d = 1;
        let text = false;
        const start = p++;
        while (p < n && d > 0) {
          const x = b[p]!;
          if (x === 0x28) {
            const start = p;
            p = skipLiteral(b, p);
            if (p - start > 2) text = true;
            continue;
          }
          if (x === 0x3c && b[p + 1] !== 0x3c) {
            p++;
            while (p < n && b[p] !== 0x3e) {
              if (HEX[b[p]!]) text = true;
              p++;
            }
            p++;
            continue;
          }
          if (x === 0x5b) d++;
          else if (x === 0x5d) d--;
          p++;
        }
        arrayText = text;
        push(OP_ARRAY, start, p);
        continue;
      }
      if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
        p++;
        continue;
      }
      if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
        while (p < n && NUMBER_CHAR[b[p]!]) p++;
        push(OP_NUMBER);
        continue;
      }
      // An operator.
      const start = p;
      while (p < n && !WS_OR_DELIM[b[p]!]) p++;
      if (p === start) {
        p++;
        continue;
      }
      if (++this.operators > MAX_OPERATORS) throw new PdfReadError("too many operators");
      const len = p - start;
      const o0 = b[start]!;
      const o1 = len > 1 ? b[start + 1]! : 0;
      if (len === 2 && o0 === 0x54 && o1 === 0x66) {
        // Tf: /Name size
        if (k1 !== OP_NONE && k2 !== OP_NONE) state.font = this.loadByName(k2 === OP_NAME ? latin1(b, s2, e2) : undefined, resources);
      } else if ((len === 2 && o0 === 0x54 && o1 === 0x6a) || (len === 1 && o0 === 0x27)) {
        // Tj, '
        if (k1 === OP_TEXT) mark(shown, state.font);
        if (k1 === OP_TEXT && this.text) this.showText(b, s1, e1, false, state.font);
      } else if (len === 1 && o0 === 0x22) {
        if (k1 === OP_TEXT) mark(shown, state.font);
        if (k1 === OP_TEXT && this.text) this.showText(b, s1, e1, false, state.font);
      } else if (len === 2 && o0 === 0x54 && o1 === 0x4a) {
        if (k1 === OP_ARRAY && arrayText) mark(shown, state.font);
        if (k1 === OP_ARRAY && arrayText && this.text) this.showText(b, s1, e1, true, state.font);
      } else if (len === 1 && o0 === 0x71) {
        stack.push(state.font);
        if (stack.length > 4096) throw new PdfReadError("graphics state stack too deep");
      } else if (len === 1 && o0 === 0x51) {
        if (stack.length > 0) state.font = stack.pop()!;
      } else if (len === 2 && o0 === 0x67 && o1 === 0x73) {
        if (k1 === OP_NAME) state.font = this.gstateFont(latin1(b, s1, e1), resources, state.font);
      } else if (len === 2 && o0 === 0x44 && o1 === 0x6f) {
        if (k1 === OP_NAME) this.form(latin1(b, s1, e1), resources, shown, state, depth, forms);
      } else if (len === 2 && o0 === 0x42 && o1 === 0x49) {
        p = skipInlineImage(b, p);
      }
      k1 = OP_NONE;
      k2 = OP_NONE;
    }
  }

  /** `gs`: a graphics state that sets a font. */
  private gstateFont(name: string, resources: PdfDict, current: number | null): number | null {
    const gstates = this.objects.dictOf(resources.get("ExtGState"));
    const gs = gstates ? this.objects.dictOf(gstates.get(name)) : undefined;
    // A soft mask's group is drawn into pdf.js's operator list, glyphs and all.
    if (gs && this.text && isDict(this.objects.get(gs.get("SMask")))) this.text.ok = false;
    const f = gs ? this.objects.get(gs.get("Font")) : undefined;
    if (!Array.isArray(f) || f.length === 0) return current;
    return this.load(f[0] instanceof PdfRef || isDict(f[0]) ? (f[0] as FontKey) : null);
  }

  /** `Do`: a form XObject's content, with its own resources (or the page's), the current font carried in. */
  private form(name: string, resources: PdfDict, shown: Set<number>, state: { font: number | null }, depth: number, forms: Set<PdfStream>): void {
    const xobjects = this.objects.dictOf(resources.get("XObject"));
    const x = xobjects ? this.objects.get(xobjects.get(name)) : undefined;
    if (!isStream(x) || nameOf(x.dict.get("Subtype")) !== "Form" || forms.has(x)) return;
    if (depth >= MAX_FORM_DEPTH) throw new PdfReadError("forms nested too deep");
    const own = this.objects.dictOf(x.dict.get("Resources"));
    forms.add(x);
    this.replay(this.objects.decode(x), own ?? resources, shown, { font: state.font }, depth + 1, forms);
    forms.delete(x);
  }

  /** `Tf`: the font named in the resources (a missing one is pdf.js's fallback font). */
  private loadByName(name: string | undefined, resources: PdfDict): number | null {
    const fonts = this.objects.dictOf(resources.get("Font"));
    const raw = name !== undefined && fonts ? fonts.get(name) : undefined;
    return this.load(raw instanceof PdfRef || isDict(raw) ? raw : null);
  }

  /** pdf.js's `loadFont`: the id of a font (cached by reference, aliased by descriptor and hash), or null for its error font. */
  private load(key: FontKey | null): number | null {
    if (key instanceof PdfRef) {
      const hit = this.byRef.get(key.num);
      if (hit !== undefined) return hit;
    }
    const dict = key instanceof PdfRef ? this.objects.dictOf(key) : key;
    if (!dict) return this.fallback();
    const cached = this.byDict.get(dict);
    if (cached !== undefined) return cached;
    const pre = this.preEvaluate(dict);
    if (pre === null) return null; // pdf.js's error font: no id
    let id: number;
    if (pre.hash !== null && pre.descriptor) {
      let byHash = this.aliases.get(pre.descriptor);
      if (!byHash) this.aliases.set(pre.descriptor, (byHash = new Map()));
      const alias = byHash.get(pre.hash);
      if (alias !== undefined) id = alias;
      else {
        id = this.assign(pre.fact, dict);
        byHash.set(pre.hash, id);
      }
    } else id = this.assign(pre.fact, dict);
    if (key instanceof PdfRef) this.byRef.set(key.num, id);
    else this.byDict.set(dict, id);
    return id;
  }

  private assign(fact: FontFact | null, dict: PdfDict | null): number {
    this.fonts.push({ fact, dict });
    return this.fonts.length;
  }

  /** pdf.js's fallback font for a font that is not in the resources: one id per document. */
  private fallback(): number {
    this.fallbackId ??= this.assign(null, null);
    return this.fallbackId;
  }

  /** pdf.js's `preEvaluateFont` (the parts that decide the id) and the font's name as its `translateFont` picks it. */
  private preEvaluate(baseDict: PdfDict): { descriptor: PdfDict | undefined; hash: string | null; fact: FontFact } | null {
    const o = this.objects;
    let type = nameOf(o.get(baseDict.get("Subtype")));
    if (type === undefined) return null;
    let dict = baseDict;
    let composite = false;
    if (type === "Type0") {
      const df = o.get(baseDict.get("DescendantFonts"));
      const d = o.dictOf(Array.isArray(df) ? df[0] : df);
      if (!d) return null;
      dict = d;
      type = nameOf(o.get(dict.get("Subtype")));
      if (type === undefined) return null;
      composite = true;
    }
    const descriptor = o.dictOf(dict.get("FontDescriptor"));
    let hash: string | null = null;
    if (descriptor) {
      const parts: string[] = [];
      const enc = baseDict.get("Encoding");
      if (enc instanceof PdfName) parts.push(enc.name);
      else if (enc instanceof PdfRef) parts.push(enc.toString());
      else if (isDict(enc)) {
        for (const v of enc.values()) {
          if (v instanceof PdfName) parts.push(v.name);
          else if (v instanceof PdfRef) parts.push(v.toString());
          else if (Array.isArray(v)) parts.push(v.map((x) => (x instanceof PdfName ? x.name : typeof x === "number" || x instanceof PdfRef ? String(x) : "")).join());
        }
      }
      const fc = o.get(dict.get("FirstChar"));
      const lc = o.get(dict.get("LastChar"));
      parts.push(`${Number.isInteger(fc) ? fc : 0}-${Number.isInteger(lc) ? lc : composite ? 0xffff : 0xff}`);
      const tu = o.get(dict.get("ToUnicode") ?? baseDict.get("ToUnicode"));
      if (isStream(tu)) parts.push(`tu:${tu.raw.length}:${rawKey(tu.raw)}`);
      else if (tu instanceof PdfName) parts.push(tu.name);
      const widths = o.get(dict.get("Widths") ?? baseDict.get("Widths"));
      if (Array.isArray(widths)) parts.push(widths.filter((w) => typeof w === "number" || w instanceof PdfRef).map(String).join());
      if (composite) {
        parts.push("compositeFont");
        const w = o.get(dict.get("W") ?? baseDict.get("W"));
        if (Array.isArray(w)) {
          parts.push(
            w
              .map((e) => (typeof e === "number" || e instanceof PdfRef ? String(e) : Array.isArray(e) ? `[${e.filter((x) => typeof x === "number" || x instanceof PdfRef).map(String).join()}]` : null))
              .filter((x) => x !== null)
              .join(),
          );
        }
        const cid = dict.get("CIDToGIDMap") ?? baseDict.get("CIDToGIDMap");
        if (cid instanceof PdfName) parts.push(cid.name);
        else if (cid instanceof PdfRef) parts.push(cid.toString());
      }
      hash = parts.join("\u0000");
    }
    return { descriptor, hash, fact: factsOfFontName(this.fontName(type, dict, descriptor)) };
  }

  /** The font's name as pdf.js's `translateFont` picks it (the descriptor's FontName, unless the BaseFont extends it). */
  private fontName(type: string, dict: PdfDict, descriptor: PdfDict | undefined): string {
    const o = this.objects;
    const str = (v: PdfValue | undefined): string | undefined => (v instanceof PdfName ? v.name : typeof v === "string" ? v : undefined);
    const baseFont = str(o.get(dict.get("BaseFont")));
    if (!descriptor) return type === "Type3" ? "Type3" : (baseFont ?? "").replace(/[,_]/gu, "-");
    const fontName = str(o.get(descriptor.get("FontName")));
    if (type === "Type3") return fontName ?? "Type3";
    if (fontName && baseFont && fontName !== baseFont && baseFont.startsWith(fontName)) return baseFont;
    return fontName ?? baseFont ?? "";
  }
}

/** The number of pdf.js's font id `g_d0_f12` (12), or null for another kind of name. */
function fontNumber(loadedName: string): number | null {
  const m = /_f(\d+)$/u.exec(loadedName);
  return m ? Number(m[1]) : null;
}

function mark(shown: Set<number>, font: number | null): void {
  if (font !== null) shown.add(font);
}

/** A short key of a stream's raw bytes (pdf.js hashes them; equal bytes must give equal keys). */
function rawKey(raw: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0;
  for (let i = 0; i < raw.length; i++) {
    h1 = Math.imul(h1 ^ raw[i]!, 0x01000193);
    h2 = (h2 * 31 + raw[i]!) | 0;
  }
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
    out[at++] = 0x0a; // pdf.js joins content streams; a token never spans two
  }
  return out;
}

const OP_NONE = 0;
const OP_NAME = 1;
const OP_TEXT = 2;
const OP_EMPTY_TEXT = 3;
const OP_ARRAY = 4;
const OP_NUMBER = 5;
const OP_OTHER = 6;

const WS_OR_DELIM = new Uint8Array(256);
for (const ch of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) WS_OR_DELIM[ch] = 1;
for (const ch of "()<>[]{}/%") WS_OR_DELIM[ch.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const ch of "0123456789abcdefABCDEF") HEX[ch.charCodeAt(0)] = 1;
const NUMBER_CHAR = new Uint8Array(256);
for (const ch of "0123456789+-.") NUMBER_CHAR[ch.charCodeAt(0)] = 1;

/** Past a literal string `( ... )` starting at `p` (nested parentheses, backslash escapes). */
function skipLiteral(b: Uint8Array, p: number): number {
  let depth = 0;
  const n = b.length;
  while (p < n) {
    const c = b[p++]!;
    if (c === 0x5c) p++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return p;
  }
  return p;
}

/** Past a dictionary `<< ... >>` starting at `p` (nested, with strings inside). */
function skipDict(b: Uint8Array, p: number): number {
  let depth = 0;
  const n = b.length;
  while (p < n) {
    const c = b[p]!;
    if (c === 0x28) {
      p = skipLiteral(b, p);
      continue;
    }
    if (c === 0x3c && b[p + 1] === 0x3c) {
      depth++;
      p += 2;
      continue;
    }
    if (c === 0x3e && b[p + 1] === 0x3e) {
      p += 2;
      if (--depth === 0) return p;
      continue;
    }
    p++;
  }
  return p;
}

/** Past an inline image (`BI` at `p`): its parameters up to `ID`, then its data up to `EI` between white space. */
function skipInlineImage(b: Uint8Array, p: number): number {
  const n = b.length;
  for (; p + 1 < n; p++) {
    if (b[p] === 0x49 && b[p + 1] === 0x44 && isWs(b[p - 1]) && (p + 2 >= n || isWs(b[p + 2]))) break;
  }
  for (p += 3; p + 1 < n; p++) {
    if (b[p] === 0x45 && b[p + 1] === 0x49 && isWs(b[p - 1]) && (p + 2 >= n || isWs(b[p + 2]) || b[p + 2] === 0x51)) return p + 2;
  }
  return n;
}

function isWs(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}
