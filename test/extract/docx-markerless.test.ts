import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/index.js";
import { markerlessListStyles } from "../../src/extract/docx-markerless.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Outline numbering of format "none" bound to the "H" style (as LibreOffice writes it), and a real bullet list. */
const NUMBERING = `<?xml version="1.0"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:pStyle w:val="H"/><w:numFmt w:val="none"/><w:suff w:val="nothing"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0"?><w:styles ${W}>
<w:style w:type="paragraph" w:styleId="H"><w:name w:val="H"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="Numbered"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Bullet"><w:name w:val="Bullet"/></w:style>
</w:styles>`;

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>');
  zip.file("word/styles.xml", STYLES);
  zip.file("word/numbering.xml", NUMBERING);
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const para = (style: string, text: string, numPr = ""): string => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${numPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const bulletNum = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>';

describe("markerlessListStyles", () => {
  it("names the styles whose numbering level has the format 'none', bound by w:pStyle or by the style's own w:numPr", () => {
    expect([...markerlessListStyles(NUMBERING, STYLES)].sort()).toEqual(["H", "Sub"]);
  });
  it("is empty without numbering, and ignores decimal and bullet levels", () => {
    expect(markerlessListStyles("", STYLES).size).toBe(0);
    const onlyReal = NUMBERING.replace('w:val="none"/><w:suff', 'w:val="decimal"/><w:suff').replace('<w:lvl w:ilvl="1"><w:numFmt w:val="none"/>', '<w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/>');
    expect(markerlessListStyles(onlyReal, STYLES).size).toBe(0);
  });
});

describe("DOCX headings under numbering that draws no marker", () => {
  it("read as headings, not bullets, while real bullets stay bullets", async () => {
    const bytes = await docx(
      para("Normal", "Jane Doe") +
        para("H", "Experience") +
        para("Normal", "Backend Engineer, Acme   2020 – 2023") +
        para("Bullet", "Cut p99 latency by 40%.", bulletNum) +
        para("H", "Skills") +
        para("Normal", "Go, PostgreSQL, Kafka"),
    );
    const doc = await extractResume(bytes);
    const texts = doc.lines.map((l) => l.text);
    expect(texts).toContain("Experience");
    expect(texts).toContain("Skills");
    expect(texts.some((t) => /^•\s*(Experience|Skills)$/u.test(t))).toBe(false);
    const bullet = doc.lines.find((l) => l.text.includes("Cut p99 latency"));
    expect(bullet?.bullet ?? bullet?.text.startsWith("•")).toBeTruthy();
  });
});
