import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";
import { detectFormat, findPdfHeader } from "../../src/extract/detect.js";
import { collapseLetterSpacing, joinHyphenatedLines, splitBullet, cleanLineText } from "../../src/extract/glyphs.js";
import { htmlToLines } from "../../src/extract/html-lines.js";
import { joinItemSegments, joinItems, type PositionedItem } from "../../src/extract/pdf-lines.js";
import { DEFAULT_LIMITS } from "../../src/extract/limits.js";
import { makePdf } from "./make-pdf.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? `untyped:${String(e)}`;
  }
}

async function docx(body: string, header?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (header) zip.file("word/header1.xml", `<?xml version="1.0"?><w:hdr ${W}>${header}</w:hdr>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const p = (text: string, extra = ""): string => `<w:p>${extra}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe("detectFormat", () => {
  it("sniffs by content", () => {
    expect(detectFormat(enc("%PDF-1.7\n..."))).toEqual({ supported: true, format: "pdf" });
    expect(detectFormat(enc(`${" ".repeat(900)}%PDF-1.4`))).toEqual({ supported: true, format: "pdf" });
    expect(findPdfHeader(enc(`${" ".repeat(900)}%PDF-1.4`))).toBe(900);
    expect(findPdfHeader(enc(`${" ".repeat(1100)}%PDF-1.4`))).toBe(-1);
    expect(detectFormat(enc("Jane Doe\nEngineer\n- Built things"))).toEqual({ supported: true, format: "text" });
    expect(detectFormat(enc("# Jane\n\n## Skills\n- Go\n- **Rust**"))).toEqual({ supported: true, format: "markdown" });
    expect(detectFormat(enc('{"basics":{"name":"Jane"},"work":[]}'))).toEqual({ supported: true, format: "json-resume" });
    expect(detectFormat(enc('{"name":"not a resume"}'))).toEqual({ supported: true, format: "text" });
  });
  it("names what it refuses", () => {
    const doc = detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(doc).toMatchObject({ supported: false, kind: "doc" });
    expect((doc as { message: string }).message).toMatch(/legacy Word \.doc.*PDF or DOCX/u);
    expect(detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]))).toMatchObject({ supported: false, kind: "image" });
    expect(detectFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ supported: false, kind: "image" });
    expect(detectFormat(enc("{\\rtf1\\ansi hello}"))).toMatchObject({ supported: false, kind: "rtf" });
    expect(detectFormat(new Uint8Array([1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toMatchObject({ supported: false, kind: "binary" });
    expect(detectFormat(new Uint8Array([0xc3, 0x28, 0x41]))).toMatchObject({ supported: false, kind: "binary" });
    expect(detectFormat(enc(" \n\t "))).toMatchObject({ supported: false, kind: "empty" });
  });
});

describe("extractResume inputs and errors", () => {
  it("reports a missing path, empty input and bad options with typed errors", async () => {
    expect(await code(extractResume("/nonexistent/resume.pdf"))).toBe("FILE_NOT_FOUND");
    expect(await code(extractResume(new Uint8Array(0)))).toBe("EMPTY_INPUT");
    expect(await code(extractResume({ text: "   \n " }))).toBe("EMPTY_INPUT");
    expect(await code(extractResume(42 as unknown as Uint8Array))).toBe("INVALID_OPTIONS");
  });
  it("accepts ArrayBuffer and { text, format }", async () => {
    const ab = enc("Jane Doe\n* Go").slice().buffer;
    expect((await extractResume(ab)).lines.map((l) => l.text)).toEqual(["Jane Doe", "• Go"]);
    const md = await extractResume({ text: "# Jane\n- Go", format: "markdown" });
    expect(md.format).toBe("markdown");
    expect(md.lines[0]).toMatchObject({ text: "Jane", heading: true, index: 0, page: 1 });
  });
  it("honours AbortSignal and timeoutMs", async () => {
    const ctl = new AbortController();
    ctl.abort();
    expect(await code(extractResume(makePdf(2), { signal: ctl.signal }))).toBe("ABORTED");
    const ctl2 = new AbortController();
    const pending = extractResume(makePdf(400), { signal: ctl2.signal, maxPages: 400 });
    ctl2.abort();
    expect(await code(pending)).toBe("ABORTED");
    expect(await code(extractResume(makePdf(400), { timeoutMs: 5, maxPages: 400 }))).toBe("TIMEOUT");
  });
  it("exports the documented defaults", () => {
    expect(DEFAULT_LIMITS).toEqual({ maxBytes: 10485760, maxPages: 20, timeoutMs: 15000, maxUncompressedBytes: 52428800, maxCompressionRatio: 100, maxZipEntries: 2000, maxTextChars: 200000 });
  });
});

describe("plain text, Markdown, JSON Resume", () => {
  it("maps list markers to bullets", async () => {
    const doc = await extractResume({ text: "Jane\r\n- Built APIs\r* Led team\n• Shipped\n1. First\n2) Second\n-5% not a list" });
    expect(doc.lines.map((l) => [l.text, l.bullet ?? false])).toEqual([
      ["Jane", false], ["• Built APIs", true], ["• Led team", true], ["• Shipped", true], ["• First", true], ["• Second", true], ["-5% not a list", false],
    ]);
  });
  it("strips Markdown syntax and keeps link URLs visible", async () => {
    const md = "# Jane Doe\n[Email](mailto:jane@x.io) · [site][s] · <https://jane.dev>\n\n## Experience\n**Engineer**, _Acme_ — `Go`\n* Cut costs [by 40%](https://x.io/p)\n\n[s]: https://jane.example\n";
    const doc = await extractResume({ text: md });
    expect(doc.format).toBe("markdown");
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Jane Doe", "Email (jane@x.io) · site (https://jane.example) · https://jane.dev", "Experience", "Engineer, Acme — Go", "• Cut costs by 40% (https://x.io/p)",
    ]);
    expect(doc.lines.filter((l) => l.heading).map((l) => l.text)).toEqual(["Jane Doe", "Experience"]);
  });
  it("turns a JSON Resume into headed sections with highlight bullets", async () => {
    const json = JSON.stringify({
      basics: { name: "Jane Doe", label: "Backend Engineer", email: "jane@example.com", phone: "555-0100", location: { city: "Austin", region: "TX" }, profiles: [{ network: "GitHub", url: "https://github.com/jane" }] },
      work: [{ name: "Acme", position: "Engineer", startDate: "2020-01", highlights: ["Built Kafka pipelines", "Cut latency 30%"] }],
      skills: [{ name: "Backend", keywords: ["Go", "PostgreSQL"] }],
      education: [{ institution: "State U", area: "CS", studyType: "B.S.", endDate: "2019" }],
    });
    const doc = await extractResume(enc(json));
    expect(doc.format).toBe("json-resume");
    expect(doc.lines.map((l) => l.text)).toEqual([
      "Jane Doe", "Backend Engineer", "jane@example.com | 555-0100 | Austin, TX", "https://github.com/jane",
      "Experience", "Engineer, Acme | 2020-01 – Present", "• Built Kafka pipelines", "• Cut latency 30%",
      "Skills", "Backend", "Go, PostgreSQL", "Education", "B.S. in CS | State U | 2019",
    ]);
    expect(doc.lines.filter((l) => l.heading).map((l) => l.text)).toEqual(["Experience", "Skills", "Education"]);
    expect(doc.lines.filter((l) => l.bullet).length).toBe(2);
    // The dated entries come as data, tied to their header lines.
    expect(doc.entries).toEqual([
      { line: 5, section: "experience", title: "Engineer", organization: "Acme", start: "2020-01", end: "present", dateText: "2020-01 – Present", yearOnly: false },
      { line: 12, section: "education", title: "B.S. in CS", organization: "State U", start: "2019-01", end: "2019-01", dateText: "2019", yearOnly: true },
    ]);
    expect(doc.entries?.map((e) => doc.lines[e.line]?.text)).toEqual(["Engineer, Acme | 2020-01 – Present", "B.S. in CS | State U | 2019"]);
  });
});

describe("glyphs", () => {
  it("cleans invisible characters, ligatures and fullwidth forms", () => {
    expect(cleanLineText("Py\u200Bthon, e\uFB03cient, \uFF34\uFF33, Node\u00AD.js\u202E x\u001b[31m")).toBe("Python, efficient, TS, Node.js x");
  });
  it("maps bullet glyphs and icon characters", () => {
    expect(splitBullet("▪ Led team")).toEqual({ bullet: true, text: "• Led team" });
    expect(splitBullet("\uF0B7 Led team")).toEqual({ bullet: true, text: "• Led team" });
    expect(splitBullet("➢Designed APIs")).toEqual({ bullet: true, text: "• Designed APIs" });
    expect(splitBullet("- x", { allowDashes: false })).toEqual({ bullet: false, text: "- x" });
    expect(splitBullet("o Led", { allowDashes: true })).toEqual({ bullet: true, text: "• Led" });
    expect(splitBullet("o the", { allowDashes: true })).toEqual({ bullet: false, text: "o the" });
  });
  it("takes angle marks for markers only with a space after them (German quotes open with them)", () => {
    expect(splitBullet("› Replicated key-value store in Go")).toEqual({ bullet: true, text: "• Replicated key-value store in Go" });
    expect(splitBullet("» Led the migration")).toEqual({ bullet: true, text: "• Led the migration" });
    expect(splitBullet("»Zitat« aus dem Vortrag")).toEqual({ bullet: false, text: "»Zitat« aus dem Vortrag" });
    expect(splitBullet("›Wort‹")).toEqual({ bullet: false, text: "›Wort‹" });
  });
  it("collapses letter-spaced words", () => {
    expect(collapseLetterSpacing("J O H N   D O E")).toBe("JOHN DOE");
    expect(collapseLetterSpacing("A B testing")).toBe("A B testing");
  });
  it("joins line-end hyphenation only before a lowercase continuation", () => {
    const out = joinHyphenatedLines(
      [{ text: "Led develop-" }, { text: "ment of APIs" }, { text: "built event-" }, { text: "Driven systems" }, { text: "a cost-" }, { text: "efficient" }, { text: "with domain-" }, { text: "driven design" }, { text: "for a small-" }, { text: "business client" }],
      () => true,
    );
    // A compound keeps its hyphen ("cost-efficient", "domain-driven", "small-business"); a broken word joins ("development").
    expect(out.map((l) => l.text)).toEqual(["Led development", "of APIs", "built event-", "Driven systems", "a cost-efficient", "with domain-driven", "design", "for a small-business", "client"]);
  });
  it("joins PDF items with spaces only at real gaps", () => {
    const it = (str: string, x: number, width: number): PositionedItem => ({ str, x, y: 100, width, fontSize: 10, bold: false, icon: false });
    expect(joinItems([it("Node", 0, 20), it(".js", 20.2, 10), it("and", 33, 15)])).toBe("Node.js and");
    expect(joinItems([it("J O H N", 0, 60), it("D O E", 70, 40)])).toBe("JOHN DOE");
  });
  it("splits a line at gaps wider than 3 em (tab stops, a location set apart) and keeps pdf.js's space items as spaces", () => {
    const it = (str: string, x: number, width: number, fontSize = 10): PositionedItem => ({ str, x, y: 100, width, fontSize, bold: false, icon: false });
    // "Dunamu Inc." ... "Seoul, S.Korea": pdf.js writes the gap as an item of spaces.
    expect(joinItemSegments([it("Dunamu Inc.", 0, 50), it(" ", 50, 300), it("Seoul, S.Korea", 350, 60)])).toEqual(["Dunamu Inc.", "Seoul, S.Korea"]);
    // A space item inside a phrase is a word space, even when the measured gap is tiny.
    expect(joinItemSegments([it("WORK", 0, 30), it(" ", 30, 0.5), it("EXPERIENCE", 30.6, 60)])).toEqual(["WORK EXPERIENCE"]);
    // Tags two ems apart stay one segment.
    expect(joinItemSegments([it("Coaching", 0, 40), it("A/B Testing", 60, 50)])).toEqual(["Coaching A/B Testing"]);
  });
  it("joins a small-caps word split after its larger initial", () => {
    const it = (str: string, x: number, width: number, fontSize: number): PositionedItem => ({ str, x, y: 100, width, fontSize, bold: false, icon: false });
    expect(joinItems([it("E", 0, 8, 12), it("DUCATION", 10.5, 50, 9)])).toBe("EDUCATION");
  });
  it("a symbol-font glyph glued to a bracket is a math letter, not a bullet", () => {
    expect(splitBullet("\uE000(n log n)", { allowDashes: true })).toEqual({ bullet: false, text: "\uE000(n log n)" });
    expect(splitBullet("\uE000 Led the team", { allowDashes: true })).toEqual({ bullet: true, text: "• Led the team" });
  });
  it("reads a lone leading brace as a symbol-font bullet, not a brace that the line closes", () => {
    expect(splitBullet("{ Development of software", { allowDashes: true })).toEqual({ bullet: true, text: "• Development of software" });
    expect(splitBullet("{ a: 1 }", { allowDashes: true })).toEqual({ bullet: false, text: "{ a: 1 }" });
  });
  it("removes rules typed as underscores or box-drawing characters", () => {
    expect(cleanLineText("Skills ____________________")).toBe("Skills");
    expect(cleanLineText("Experience ────────")).toBe("Experience");
    expect(cleanLineText("snake_case_name")).toBe("snake_case_name");
  });
});

describe("DOCX", () => {
  it("reads headings, list items, tables, breaks and bold paragraphs from mammoth HTML", () => {
    const lines = htmlToLines('<h1>Jane</h1><p><strong>EXPERIENCE</strong></p><p>Acme<br />2020 &amp; on</p><ul><li>Built <a href="https://x.io">site</a><ul><li>Nested</li></ul></li></ul><table><tr><td><p>Go</p></td><td><p>Rust</p></td></tr></table>');
    expect(lines).toEqual([
      { text: "Jane", page: 1, heading: true },
      { text: "EXPERIENCE", page: 1, bold: true },
      { text: "Acme", page: 1 },
      { text: "2020 & on", page: 1 },
      { text: "• Built site (https://x.io)", page: 1, bullet: true },
      { text: "• Nested", page: 1, bullet: true },
      { text: "Go Rust", page: 1, part: "table" },
    ]);
  });
  it("reads a row of one-line cells as one line, and keeps a layout table's cells apart", () => {
    const row = htmlToLines("<table><tr><td><p>Containers</p></td><td><p>Docker, Kubernetes</p></td></tr><tr><td><p>IaC</p></td><td><p>Terraform</p></td></tr></table>");
    expect(row.map((l) => l.text)).toEqual(["Containers Docker, Kubernetes", "IaC Terraform"]);
    const layout = htmlToLines("<table><tr><td><p>SKILLS</p><p>Go, SQL</p></td><td><p>EXPERIENCE</p><p>Built things</p></td></tr></table>");
    expect(layout.map((l) => l.text)).toEqual(["SKILLS", "Go, SQL", "EXPERIENCE", "Built things"]);
  });
  it("adds header lines and warns when contact details live only there", async () => {
    const bytes = await docx(p("Jane Doe") + p("Backend engineer"), p("jane@example.com | 555-123-4567"));
    const doc = await extractResume(bytes);
    expect(doc.format).toBe("docx");
    expect(doc.lines[0]).toMatchObject({ text: "jane@example.com | 555-123-4567", part: "header" });
    expect(doc.lines.map((l) => l.text)).toContain("Backend engineer");
    expect(doc.warnings.map((w) => w.code)).toContain("CONTENT_IN_HEADER_FOOTER");
  });
  it("does not warn when the header repeats what the body says", async () => {
    const doc = await extractResume(await docx(p("Jane Doe") + p("jane@example.com"), p("jane@example.com")));
    expect(doc.warnings.map((w) => w.code)).not.toContain("CONTENT_IN_HEADER_FOOTER");
  });
  it("refuses a DTD and too many zip entries", async () => {
    const dtd = await docx(p("x")).then(async (b) => {
      const z = await JSZip.loadAsync(b);
      z.file("word/document.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
      return z.generateAsync({ type: "uint8array" });
    });
    expect(await code(extractResume(dtd))).toBe("CORRUPT_FILE");
    expect(await code(extractResume(await docx(p("Jane")), { maxZipEntries: 2 }))).toBe("TOO_LARGE");
  });
  it("truncates text over maxTextChars with a warning", async () => {
    const doc = await extractResume(await docx(p("a".repeat(500)) + p("b".repeat(500))), { maxTextChars: 600 });
    expect(doc.text.length).toBeLessThanOrEqual(600);
    expect(doc.warnings.map((w) => w.code)).toContain("TEXT_TRUNCATED");
  });
  it("truncation and refusal agree with the README: cut at maxTextChars up to 4 ×, refused past it, as text is", async () => {
    // Issue 18 #11: the README promised truncation, a DOCX over 800k characters was refused without saying why.
    const limit = 1_000;
    const body = (chars: number): string => Array.from({ length: chars / 100 }, (_, i) => p(`${String(i).padStart(4, "0")} ${"x".repeat(95)}`)).join("");
    const under = await extractResume(await docx(body(3 * limit)), { maxTextChars: limit });
    expect(under.text.length).toBeLessThanOrEqual(limit);
    expect(under.warnings.map((w) => w.code)).toContain("TEXT_TRUNCATED");
    const asText = await extractResume({ text: under.text + "\n" + "y".repeat(3 * limit) }, { maxTextChars: limit });
    expect(asText.warnings.map((w) => w.code)).toContain("TEXT_TRUNCATED");
    const over = await extractResume(await docx(body(5 * limit)), { maxTextChars: limit }).then(() => null, (e: unknown) => e as { code: string; message: string; details: Record<string, unknown> });
    expect(over?.code).toBe("TOO_LARGE");
    expect(over?.message).toMatch(/more than 4 × maxTextChars \(4000\).*cut at maxTextChars \(1000\) with a TEXT_TRUNCATED warning/);
    expect(over?.details).toMatchObject({ limit: "maxTextChars", max: 4 * limit, maxTextChars: limit });
  });
  it("tables nested past the depth limit → TOO_LARGE naming the limit, not a 'damaged' file", async () => {
    // Issue 18 #11: 2,000 nested tables overflowed mammoth's stack and read as CORRUPT_FILE "damaged".
    const nested = (depth: number): string => "<w:tbl><w:tr><w:tc>".repeat(depth) + p("Skills: Go, Kafka") + "</w:tc></w:tr></w:tbl>".repeat(depth);
    for (const depth of [2_000, 500]) {
      const err = await extractResume(await docx(p("Jane Doe") + nested(depth))).then(() => null, (e: unknown) => e as { code: string; message: string; details: Record<string, unknown> });
      expect(err?.code, `depth ${depth}`).toBe("TOO_LARGE");
      expect(err?.message).toContain("more than 256 levels deep");
      expect(err?.details).toMatchObject({ limit: "maxXmlDepth", max: 256, part: "word/document.xml" });
    }
    // Word's own nesting (a few tables deep) reads fine.
    const ok = await extractResume(await docx(p("Jane Doe") + nested(20)));
    expect(ok.text).toContain("Skills: Go, Kafka");
  });
});

describe("xmlDepth", () => {
  it("counts element nesting in one pass, skipping comments, CDATA, PIs, self-closing tags and '>' in quotes", async () => {
    const { xmlDepth } = await import("../../src/extract/xml-depth.js");
    expect(xmlDepth('<?xml version="1.0"?><a><b/><c x="1>2"><d></d></c><!-- <e><f><g> --><![CDATA[<h><i>]]></a>')).toBe(3);
    expect(xmlDepth("<a>".repeat(10) + "</a>".repeat(10))).toBe(10);
    expect(xmlDepth("<a>".repeat(100_000), 50)).toBe(51);
    expect(xmlDepth("plain text, no tags")).toBe(0);
    expect(xmlDepth("<a><b")).toBe(1);
  });
});
