import { describe, expect, it } from "vitest";
import { parseToUnicode } from "../../src/extract/pdf-tounicode.js";

const latin = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const cmap = (body: string, name = "Adobe-Identity-UCS"): Uint8Array =>
  latin(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /${name} def 1 begincodespacerange <00> <FF> endcodespacerange\n${body}\nendcmap CMapName currentdict /CMap defineresource pop end end`);

describe("parseToUnicode", () => {
  it("reads bfchar and bfrange entries, a later entry replacing an earlier one", () => {
    const map = parseToUnicode(cmap("2 beginbfchar <2D> <00AD> <41> <0058> endbfchar\n1 beginbfrange <41> <43> <0041> endbfrange"));
    expect(map?.get(0x2d)).toBe("\u00AD");
    expect([map?.get(0x41), map?.get(0x42), map?.get(0x43)]).toEqual(["A", "B", "C"]);
  });
  it("counts a range's target up in its last byte, carrying into the byte before as pdf.js does", () => {
    const map = parseToUnicode(cmap("1 beginbfrange <01> <03> <00FE> endbfrange"));
    expect([map?.get(1), map?.get(2), map?.get(3)]).toEqual(["\u00FE", "\u00FF", "\u0100"]);
  });
  it("reads a range mapped to an array, ligatures and surrogate pairs", () => {
    const map = parseToUnicode(cmap("1 beginbfrange <10> <12> [<0066006C> <D835DC00> <0041>] endbfrange"));
    expect([map?.get(0x10), map?.get(0x11), map?.get(0x12)]).toEqual(["fl", "\u{1D400}", "A"]);
  });
  it("reads two-byte source codes", () => {
    expect(parseToUnicode(cmap("1 beginbfchar <0102> <0041> endbfchar"))?.get(0x0102)).toBe("A");
  });
  it("leaves to pdf.js what it would read another way: usecmap, CID entries, an identity map, a malformed entry, no entry", () => {
    expect(parseToUnicode(cmap("/Adobe-Japan1-UCS2 usecmap 1 beginbfchar <41> <0041> endbfchar"))).toBeNull();
    expect(parseToUnicode(cmap("1 begincidrange <00> <FF> 0 endcidrange"))).toBeNull();
    expect(parseToUnicode(cmap("1 beginbfchar <41> <0041> endbfchar", "Identity-H"))).toBeNull();
    expect(parseToUnicode(cmap("1 beginbfchar <41> /A endbfchar"))).toBeNull();
    expect(parseToUnicode(cmap(""))).toBeNull();
  });
});
