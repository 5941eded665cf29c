import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";
import { scanPdfStreams } from "../../src/extract/pdf-prescan.js";
import { drawnGlyphText, restoreSoftHyphens } from "../../src/extract/pdf-soft-hyphens.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { joinHyphenatedLines } from "../../src/extract/glyphs.js";
import { makePdf, makeSoftHyphenPdf } from "./make-pdf.js";

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
