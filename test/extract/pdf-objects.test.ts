import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isStream, nameOf, PdfName, PdfObjects, PdfReadError, PdfRef } from "../../src/extract/pdf-objects.js";
import { makePdf } from "./make-pdf.js";

const latin = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("PDF object reader", () => {
  it("reads the trailer, the page tree and a content stream through the xref table", () => {
    const o = new PdfObjects(makePdf(2), { left: 1 << 20 });
    const root = o.dictOf(o.trailer.get("Root"))!;
    const pages = o.dictOf(root.get("Pages"))!;
    expect(nameOf(pages.get("Type"))).toBe("Pages");
    const kids = pages.get("Kids") as PdfRef[];
    expect(kids.map(String)).toEqual(["4R", "6R"]);
    const page = o.dictOf(kids[1])!;
    const contents = o.get(page.get("Contents"));
    expect(isStream(contents)).toBe(true);
    expect(new TextDecoder().decode(o.decode(contents as never))).toContain("(Page 2 TypeScript and PostgreSQL) Tj");
  });

  it("finds the objects by scanning when the startxref offset is wrong, as pdf.js reconstructs", () => {
    const text = new TextDecoder().decode(makePdf(1)).replace(/startxref\n\d+/u, "startxref\n7");
    const o = new PdfObjects(latin(text), { left: 1 << 20 });
    const font = o.dictOf(new PdfRef(3, 0))!;
    expect(font.get("BaseFont")).toBe(PdfName.of("Helvetica"));
  });

  it("decodes Flate within the budget and refuses past it or with another filter", () => {
    const data = latin("BT /F1 12 Tf (x) Tj ET ".repeat(100));
    const z = deflateSync(data);
    const stream = { dict: new Map([["Filter", PdfName.of("FlateDecode")]]), raw: z };
    const budget = { left: 1 << 20 };
    const o = new PdfObjects(makePdf(1), budget);
    expect([...o.decode(stream)]).toEqual([...data]);
    expect(budget.left).toBe((1 << 20) - data.length);
    budget.left = 0;
    expect(() => o.decode(stream)).toThrow(PdfReadError);
    const lzw = { dict: new Map([["Filter", PdfName.of("LZWDecode")]]), raw: z };
    expect(() => new PdfObjects(makePdf(1), { left: 1 << 20 }).decode(lzw)).toThrow(PdfReadError);
  });

  it("reads names with #xx escapes, hex and escaped literal strings, and nested dictionaries", () => {
    const body = "<< /Type /Catalog /Pages 2 0 R /A#20B (a\\(b\\)\\101) /H <48656C6C6F> /D << /E [1 2.5 -3 /N] >> >>";
    const text = new TextDecoder().decode(makePdf(1)).replace("<< /Type /Catalog /Pages 2 0 R >>", body);
    // Offsets moved: the reader recovers by scanning.
    const o = new PdfObjects(latin(text), { left: 1 << 20 });
    const root = o.dictOf(o.trailer.get("Root"))!;
    expect(root.get("A B")).toBe("a(b)A");
    expect(root.get("H")).toBe("Hello");
    const d = root.get("D") as Map<string, unknown>;
    expect(d.get("E")).toEqual([1, 2.5, -3, PdfName.of("N")]);
  });
});
