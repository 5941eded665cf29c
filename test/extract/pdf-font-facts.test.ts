import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED } from "../shared-dir.js";
import { PdfFontFacts } from "../../src/extract/pdf-font-facts.js";
import { factsOfFontName, type FontFact } from "../../src/extract/pdf-fonts.js";
import { restoreNatives } from "../../src/extract/pdf-natives.js";

const corpus = `${SHARED}/corpus/dev`;
const hasCorpus = existsSync(corpus);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

type PdfParseCtor = new (opts: Record<string, unknown>) => { load(): Promise<PdfDoc>; destroy(): Promise<void> };
interface PdfPage {
  getTextContent(): Promise<{ styles: Record<string, { fontFamily?: string }> }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}

let PDFParse: PdfParseCtor;
beforeAll(async () => {
  PDFParse = (await import("pdf-parse")).PDFParse as unknown as PdfParseCtor;
  restoreNatives();
});
afterAll(() => restoreNatives());

/** The facts pdf.js's operator list gives (the way extraction read them before resources were read). */
function operatorListFacts(page: PdfPage, styles: Record<string, { fontFamily?: string }>): Map<string, FontFact> {
  const out = new Map<string, FontFact>();
  for (const id of Object.keys(styles)) {
    let f: FontFact = { bold: false, icon: false };
    if (page.commonObjs.has(id)) {
      const o = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean };
      if (typeof o.name === "string") f = factsOfFontName(o.bold || o.black ? `${o.name}-Bold` : o.name);
    }
    if (/bold/iu.test(styles[id]?.fontFamily ?? "")) f = { ...f, bold: true };
    out.set(id, f);
  }
  return out;
}

/** For each page: the facts read by PdfFontFacts (first), then those of the operator list; and how PdfFontFacts read them. */
async function compare(bytes: Uint8Array): Promise<{ mine: Array<Map<string, FontFact>>; truth: Array<Map<string, FontFact>>; stats: PdfFontFacts["stats"] }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0, disableFontFace: true });
  try {
    const doc = await parser.load();
    restoreNatives();
    const facts = new PdfFontFacts(bytes, true);
    const mine: Array<Map<string, FontFact>> = [];
    const truth: Array<Map<string, FontFact>> = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const tc = await page.getTextContent();
      mine.push(await facts.factsOfPage(page, tc, n));
      await page.getOperatorList();
      truth.push(operatorListFacts(page, tc.styles));
    }
    return { mine, truth, stats: facts.stats };
  } finally {
    await parser.destroy();
  }
}

/** A PDF from numbered object bodies (a body may be `{ dict, stream }`), with a valid xref table. */
function buildPdf(objs: Record<number, string | { dict: string; stream: Uint8Array }>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const enc = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
  let length = 0;
  const add = (b: Uint8Array): void => {
    chunks.push(b);
    length += b.length;
  };
  add(enc("%PDF-1.5\n"));
  const max = Math.max(...Object.keys(objs).map(Number));
  const offsets: number[] = [];
  for (let i = 1; i <= max; i++) {
    const o = objs[i];
    if (o === undefined) continue;
    offsets[i] = length;
    if (typeof o === "string") add(enc(`${i} 0 obj\n${o}\nendobj\n`));
    else {
      add(enc(`${i} 0 obj\n<< ${o.dict} /Length ${o.stream.length} >>\nstream\n`));
      add(o.stream);
      add(enc("\nendstream\nendobj\n"));
    }
  }
  const xref = length;
  let table = `xref\n0 ${max + 1}\n0000000000 65535 f \n`;
  for (let i = 1; i <= max; i++) table += offsets[i] === undefined ? "0000000000 65535 f \n" : `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
  add(enc(`${table}trailer\n<< /Size ${max + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const latin = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("font facts from the font resources", () => {
  it("names bold and icon fonts by their BaseFont, subset prefix ignored", () => {
    expect(factsOfFontName("ABCDEF+Roboto-Bold")).toEqual({ bold: true, icon: false });
    expect(factsOfFontName("QWERTY+FontAwesome")).toEqual({ bold: false, icon: true });
    expect(factsOfFontName("SourceSansPro-Semibold")).toEqual({ bold: true, icon: false });
    expect(factsOfFontName("Roboto-Regular")).toEqual({ bold: false, icon: false });
    expect(factsOfFontName("Lato-Black")).toEqual({ bold: true, icon: false });
    expect(factsOfFontName("Helvetica")).toEqual({ bold: false, icon: false });
  });

  it("follows fonts set in a Flate content stream, a graphics state and a form XObject, as the operator list sees them", async () => {
    const content = deflateSync(latin("BT /F1 12 Tf 72 720 Td (Experience) Tj ET q /GS1 gs BT 72 700 Td [(x) 20 (y)] TJ ET Q /Fm1 Do BT /F2 10 Tf 72 660 Td <0041> Tj ET"));
    const form = latin("BT /F9 10 Tf 72 680 Td (in a form) Tj ET");
    const pdf = buildPdf({
      1: "<< /Type /Catalog /Pages 2 0 R >>",
      2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> /ExtGState << /GS1 << /Font [7 0 R 11] >> >> /XObject << /Fm1 8 0 R >> >> /Contents 4 0 R >>",
      4: { dict: "/Filter /FlateDecode", stream: content },
      5: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
      6: "<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>",
      7: "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
      8: { dict: "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F9 9 0 R >> >>", stream: form },
      9: "<< /Type /Font /Subtype /Type1 /BaseFont /Courier-BoldOblique >>",
    });
    const { mine, truth, stats } = await compare(pdf);
    expect(stats).toEqual({ resourcePages: 1, operatorListPages: 0 });
    expect(mine).toEqual(truth);
    const facts = [...mine[0]!.values()];
    expect(facts.filter((f) => f.bold)).toHaveLength(2); // Helvetica-Bold, Courier-BoldOblique
    expect(facts.filter((f) => f.icon)).toHaveLength(1); // ZapfDingbats
    expect(facts).toHaveLength(4);
  });

  it("falls back to the operator list where the resources cannot be read (an encrypted file), with the same facts", async () => {
    const file = `${SHARED}/bad-inputs/owner-password-only.pdf`;
    if (!existsSync(file)) return;
    const { mine, truth, stats } = await compare(new Uint8Array(readFileSync(file)));
    expect(stats.resourcePages).toBe(0);
    expect(stats.operatorListPages).toBeGreaterThan(0);
    expect(mine).toEqual(truth);
  });

  it.runIf(hasCorpus)("agrees with the operator list on every page of the corpus PDFs, without needing it", async () => {
    const pdfs = walk(corpus).filter((f) => f.endsWith(".pdf")).sort();
    expect(pdfs.length).toBeGreaterThan(60);
    let pages = 0;
    let bold = 0;
    let icon = 0;
    for (const f of pdfs) {
      const { mine, truth, stats } = await compare(new Uint8Array(readFileSync(f)));
      expect(mine, f).toEqual(truth);
      expect(stats.operatorListPages, f).toBe(0);
      pages += stats.resourcePages;
      for (const m of mine) for (const x of m.values()) (x.bold ? bold++ : 0, x.icon ? icon++ : 0);
    }
    expect(pages).toBeGreaterThan(pdfs.length);
    // The corpus has bold headings and icon fonts (awesome-cv's FontAwesome): the check is not vacuous.
    expect(bold).toBeGreaterThan(50);
    expect(icon).toBeGreaterThan(0);
  }, 240_000);
});
