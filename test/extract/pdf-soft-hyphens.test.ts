import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";
import { scanPdfStreams } from "../../src/extract/pdf-prescan.js";
import { drawnGlyphText, restoreSoftHyphens } from "../../src/extract/pdf-soft-hyphens.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { joinHyphenatedLines } from "../../src/extract/glyphs.js";
import { makePdf, makeSoftHyphenPdf } from "./make-pdf.js";
import { existsSync, readdirSync } from "node:fs";
import { PdfFontFacts } from "../../src/extract/pdf-font-facts.js";
import { restoreNatives } from "../../src/extract/pdf-natives.js";
import { SHARED } from "../shared-dir.js";

const corpus = `${SHARED}/corpus/dev`;
const hasCorpus = existsSync(corpus);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

type PdfParseCtor = new (opts: Record<string, unknown>) => {
  load(): Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: Array<{ str: string }>; styles: Record<string, { fontFamily?: string }> }>; getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>; commonObjs: { has(id: string): boolean; get(id: string): unknown } }> }>;
  destroy(): Promise<void>;
};

const glyphs = (s: string): string[] => [...s];

describe("restoreSoftHyphens", () => {
  it("puts a drawn soft hyphen back inside a word and at the end of an item", () => {
    const items = [{ str: "across crosscluster, Kuma, Con" }, { str: "sul and AWS" }];
    const n = restoreSoftHyphens(items, glyphs("across cross\u00ADcluster, Kuma, Con\u00ADsul and AWS"));
    expect(n).toBe(2);
    expect(items.map((i) => i.str)).toEqual(["across cross\u00ADcluster, Kuma, Con\u00AD", "sul and AWS"]);
  });
  it("gives a hyphen drawn in a gap between words a space on each side", () => {
    const items = [{ str: "Sep. 2023 Mar. 2024" }];
    restoreSoftHyphens(items, glyphs("Sep.2023\u00ADMar.2024"));
    expect(items[0]?.str).toBe("Sep. 2023 \u00AD Mar. 2024");
  });
  it("matches ligature glyphs against the normalized text layer", () => {
    const items = [{ str: "efficient selfhosted" }];
    restoreSoftHyphens(items, ["e", "\uFB03", "c", "i", "e", "n", "t", " ", "s", "e", "l", "f", "\u00AD", "h", "o", "s", "t", "e", "d"]);
    expect(items[0]?.str).toBe("efficient self\u00ADhosted");
  });
  it("changes nothing when the glyphs and the text layer disagree", () => {
    const items = [{ str: "crosscluster" }];
    expect(restoreSoftHyphens(items, glyphs("cross\u00ADclustex"))).toBe(0);
    expect(items[0]?.str).toBe("crosscluster");
  });
  it("takes a guessed glyph text only where the text layer confirms it, else changes nothing and answers null", () => {
    const items = [{ str: "Con\x83sul" }];
    expect(restoreSoftHyphens(items, glyphs("Con\u00AD\x83sul"), new Set([4]))).toBe(1);
    expect(items[0]?.str).toBe("Con\u00AD\x83sul");
    const other = [{ str: "Con\u260Esul" }];
    expect(restoreSoftHyphens(other, glyphs("Con\u00AD\x83sul"), new Set([4]))).toBeNull();
    expect(other[0]?.str).toBe("Con\u260Esul");
    // A guess that compares as nothing (a space) confirms nothing, even without a soft hyphen.
    expect(restoreSoftHyphens([{ str: "a b" }], glyphs("a b"), new Set([1]))).toBeNull();
  });
  it("changes nothing without soft hyphens, and ignores glyphs drawn after the text layer ends", () => {
    const items = [{ str: "abc" }];
    expect(restoreSoftHyphens(items, glyphs("abc"))).toBe(0);
    expect(restoreSoftHyphens(items, glyphs("a\u00ADbcLINK TEXT"))).toBe(1);
    expect(items[0]?.str).toBe("a\u00ADbc");
  });
});

describe("drawnGlyphText", () => {
  it("reads the Unicode of show-text glyphs and skips spacing numbers and other operators", () => {
    const ops = { fnArray: [31, 44, 44], argsArray: [[], [[{ unicode: "C" }, -120, { unicode: "o" }, { unicode: "\u00AD" }]], [[{ unicode: "" }, null, { unicode: "n" }]]] };
    expect(drawnGlyphText(ops)).toEqual(["C", "o", "\u00AD", "n"]);
  });
});

describe("drawn glyph text from the font replay", () => {
  it.runIf(hasCorpus)("equals the operator list's on every corpus page where the replay gives it, and restores the same soft hyphens", async () => {
    const { PDFParse } = (await import("pdf-parse")) as unknown as { PDFParse: PdfParseCtor };
    restoreNatives();
    const pdfs = walk(corpus).filter((f) => f.endsWith(".pdf")).sort();
    let replayed = 0;
    let inserted = 0;
    const softHyphenDocs: string[] = [];
    for (const f of pdfs) {
      const bytes = new Uint8Array(readFileSync(f));
      const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
      try {
        const doc = await parser.load();
        restoreNatives();
        const facts = new PdfFontFacts(bytes, true, true);
        let fromReplay = 0;
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          const tc = await page.getTextContent();
          await facts.factsOfPage(page, tc, n);
          const mine = facts.drawnGlyphs(n);
          const truth = drawnGlyphText(await page.getOperatorList());
          if (!mine) continue;
          // Every glyph whose text is sure is the operator list's.
          expect(mine.glyphs.length, f).toBe(truth.length);
          for (let i = 0; i < truth.length; i++) if (!mine.guessed.has(i)) expect(mine.glyphs[i], `${f} p${n} glyph ${i}`).toBe(truth[i]);
          const a = tc.items.map((i) => ({ str: i.str }));
          const b = tc.items.map((i) => ({ str: i.str }));
          const n1 = restoreSoftHyphens(a, mine.glyphs, mine.guessed);
          const n2 = restoreSoftHyphens(b, truth);
          if (n1 === null) continue; // a guess not confirmed: extraction asks the operator list
          expect(a, `${f} p${n}`).toEqual(b);
          expect(n1).toBe(n2);
          fromReplay++;
          replayed++;
          inserted += n1;
        }
        if (scanPdfStreams(bytes, 1e9).mapsSoftHyphen) {
          softHyphenDocs.push(f);
          // The documents that draw soft hyphens get them from the replay on every page: no operator list.
          expect(fromReplay, f).toBe(doc.numPages);
        }
      } finally {
        await parser.destroy();
        restoreNatives();
      }
    }
    expect(softHyphenDocs.length).toBeGreaterThanOrEqual(4);
    expect(replayed).toBeGreaterThan(pdfs.length / 2); // most pages, not only those of the soft-hyphen documents
    expect(inserted).toBeGreaterThan(50); // not vacuous: the LaTeX resumes draw soft hyphens
  }, 240_000);
  it("finds the soft hyphens of a TrueType font from the replay; defers a Type1 font drawn by name, whose hyphen might read as a space", async () => {
    const { PDFParse } = (await import("pdf-parse")) as unknown as { PDFParse: PdfParseCtor };
    restoreNatives();
    const restored = async (bytes: Uint8Array): Promise<{ n: number | null; text: string }> => {
      const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
      try {
        const doc = await parser.load();
        restoreNatives();
        const page = await doc.getPage(1);
        const tc = await page.getTextContent();
        const facts = new PdfFontFacts(bytes, true, true);
        await facts.factsOfPage(page, tc, 1);
        const drawn = facts.drawnGlyphs(1);
        if (!drawn) throw new Error("no glyph text from the replay");
        const n = restoreSoftHyphens(tc.items, drawn.glyphs, drawn.guessed);
        return { n, text: tc.items.map((i) => i.str).join("") };
      } finally {
        await parser.destroy();
        restoreNatives();
      }
    };
    expect(await restored(makeSoftHyphenPdf(["Led cross\xADcluster work"], { subtype: "TrueType", baseFont: "Arial" }))).toEqual({ n: 1, text: "Led cross\u00ADcluster work" });
    expect(await restored(makeSoftHyphenPdf(["Led cross\xADcluster work"]))).toEqual({ n: null, text: "Led crosscluster work" });
  });
});

describe("scanPdfStreams", () => {
  it("notices a ToUnicode map that names U+00AD", () => {
    expect(scanPdfStreams(makeSoftHyphenPdf(["a\xADb"]), 1e6).mapsSoftHyphen).toBe(true);
    expect(scanPdfStreams(makePdf(1), 1e6).mapsSoftHyphen).toBe(false);
  });
});

describe("PDF soft hyphens end to end", () => {
  it("reads a drawn soft hyphen as a hyphen, joins a word broken at a line end and keeps compounds", async () => {
    const doc = await extractResume(makeSoftHyphenPdf(["Led cross\xADcluster work with Istio, Kuma, Con\xAD", "sul and Nomad; cloud\xAD", "native", "Jan 2020 \xAD Mar 2021"]), { timeoutMs: 60_000 });
    expect(doc.lines.map((l) => l.text)).toEqual(["Led cross-cluster work with Istio, Kuma, Consul", "and Nomad; cloud-native", "Jan 2020 - Mar 2021"]);
  });
});

describe("Chromium soft hyphens", () => {
  it("joins a word Chromium broke at a soft hyphen, printed as U+2010, and keeps a compound's hyphen", () => {
    const out = joinHyphenatedLines([{ text: "to Cassan\u2010" }, { text: "dra and" }, { text: "built event\u2010" }, { text: "driven sync" }], () => true);
    expect(out.map((l) => l.text)).toEqual(["to Cassandra", "and", "built event-driven", "sync"]);
  });
  it("reads a Chromium-printed narrow column whose words break at soft hyphens", async () => {
    // fixtures/extract/chromium-soft-hyphen-break.html, printed by headless Chromium.
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "extract", "chromium-soft-hyphen-break.pdf")));
    const text = (await extractResume(bytes, { timeoutMs: 60_000 })).lines.map((l) => l.text).join("\n");
    expect(text).toContain("Cassandra");
    expect(text).toContain("Consul");
    expect(text).toContain("Terraform");
    expect(text).toContain("event-driven");
    expect(text).not.toMatch(/[\u00AD\u2010]/u);
  });
});
