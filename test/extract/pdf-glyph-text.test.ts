import { describe, expect, it } from "vitest";
import { addShownText, glyphDecoder, type GlyphDecoder, type GlyphSink } from "../../src/extract/pdf-glyph-text.js";
import { PdfObjects, PdfRef } from "../../src/extract/pdf-objects.js";

const latin = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const sink = (): GlyphSink => ({ glyphs: [], guessed: [], ok: true });
const decoder = (entries: Array<[number, string]>, over: Partial<GlyphDecoder> = {}): GlyphDecoder => ({ twoByte: false, map: new Map(entries), mappedSure: true, missingSure: true, ...over });

/** A PDF of numbered objects (no streams needed here): enough for PdfObjects to resolve them. */
function objects(objs: Record<number, string>): PdfObjects {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  const max = Math.max(...Object.keys(objs).map(Number));
  for (let i = 1; i <= max; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objs[i] ?? "null"}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${max + 1}\n0000000000 65535 f \n`;
  for (let i = 1; i <= max; i++) out += `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${max + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new PdfObjects(latin(out), { left: 1e6 });
}

describe("addShownText", () => {
  it("reads literal and hex strings and TJ arrays through the font's map, spacing numbers skipped", () => {
    const s = sink();
    const d = decoder([[0x41, "A"], [0x42, "B"], [0x2d, "\u00AD"]]);
    const data = latin("(AB) <2D41> [(A) -250 <42> 12.5 (\\055)]");
    addShownText(s, d, data, 0, 4, false);
    addShownText(s, d, data, 5, 11, false);
    addShownText(s, d, data, 12, data.length, true);
    expect(s).toEqual({ glyphs: ["A", "B", "\u00AD", "A", "A", "B", "\u00AD"], guessed: [], ok: true });
  });
  it("reads two-byte codes of an Identity-encoded font, and refuses an odd byte count", () => {
    const s = sink();
    const d = decoder([[0x0102, "x"]], { twoByte: true });
    addShownText(s, d, latin("<0102>"), 0, 6, false);
    expect(s.glyphs).toEqual(["x"]);
    addShownText(s, d, latin("<010203>"), 0, 8, false);
    expect(s.ok).toBe(false);
  });
  it("reads a code the map lacks as its own character, marked as a guess where pdf.js may use a fallback", () => {
    const sure = sink();
    addShownText(sure, decoder([]), latin("(\\203)"), 0, 6, false);
    expect(sure).toEqual({ glyphs: ["\x83"], guessed: [], ok: true });
    const guess = sink();
    addShownText(guess, decoder([[0x20, " "], [0x41, "A"]], { missingSure: false, mappedSure: false }), latin("( A\\203)"), 0, 8, false);
    expect(guess).toEqual({ glyphs: [" ", "A", "\x83"], guessed: [1, 2], ok: true });
  });
  it("makes the page's glyph text unknown for an unknown font or a nested array", () => {
    const a = sink();
    addShownText(a, null, latin("(A)"), 0, 3, false);
    expect(a.ok).toBe(false);
    const b = sink();
    addShownText(b, decoder([[0x41, "A"]]), latin("[(A) [(A)]]"), 0, 11, true);
    expect(b.ok).toBe(false);
  });
});

describe("glyphDecoder", () => {
  it("decodes only fonts whose glyph text pdf.js takes from a map read the same way", () => {
    const o = objects({
      1: "<< /Type /Catalog >>",
      2: "<< /Type /Font /Subtype /Type0 /Encoding /UniJIS-UCS2-H /DescendantFonts [3 0 R] >>",
      3: "<< /Type /Font /Subtype /CIDFontType2 /FontDescriptor 4 0 R >>",
      4: "<< /Type /FontDescriptor /FontName /X >>",
      5: "<< /Type /Font /Subtype /TrueType /BaseFont /Arial >>",
      6: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    });
    const dict = (n: number) => o.dictOf(new PdfRef(n, 0))!;
    expect(glyphDecoder(o, dict(1))).toBeNull(); // not a font
    expect(glyphDecoder(o, dict(2))).toBeNull(); // a CMap encoding other than Identity
    // No ToUnicode: every glyph text is a guess.
    expect(glyphDecoder(o, dict(5))).toEqual({ twoByte: false, map: new Map(), mappedSure: false, missingSure: false });
    expect(glyphDecoder(o, dict(6))?.mappedSure).toBe(false);
  });
});
