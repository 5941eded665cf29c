import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { READERS, TEXT_FORMATS, extractResume } from "../../src/extract/index.js";
import { readerFor, textReaderFor } from "../../src/extract/readers/index.js";
import { runWithDeadline } from "../../src/extract/deadline.js";
import { resolveLimits } from "../../src/extract/limits.js";

const bytes = (p: string) => new Uint8Array(readFileSync(new URL(`../../${p}`, import.meta.url)));
const pdf = bytes("fixtures/golden/dba-two-column.pdf");
const docx = bytes("fixtures/golden/java-vague.docx");
const md = readFileSync(new URL("../../fixtures/golden/backend-sample.md", import.meta.url), "utf8");

describe("input readers", () => {
  it("are listed once, in detection order, and give the format lists", () => {
    expect(READERS.map((r) => r.format)).toEqual(["pdf", "docx", "json-resume", "markdown", "text"]);
    expect(TEXT_FORMATS).toEqual(["json-resume", "markdown", "text"]);
    for (const r of READERS) expect(readerFor(r.format)).toBe(r);
  });

  it("each claims its own format and no other", () => {
    const pdfR = readerFor("pdf");
    const docxR = readerFor("docx");
    if (pdfR.input !== "bytes" || docxR.input !== "bytes") throw new Error("PDF and DOCX read bytes");
    expect([pdfR.sniff(pdf), pdfR.sniff(docx)]).toEqual([true, false]);
    expect([docxR.sniff(docx), docxR.sniff(pdf)]).toEqual([true, false]);
    expect(textReaderFor('{"basics":{"name":"Jane"},"work":[]}').format).toBe("json-resume");
    expect(textReaderFor(md).format).toBe("markdown");
    expect(textReaderFor("Jane Doe\nEngineer").format).toBe("text");
  });

  it("read bytes (never a path), within the caller's deadline", async () => {
    const limits = resolveLimits();
    for (const [format, input] of [["pdf", pdf], ["docx", docx]] as const) {
      const reader = readerFor(format);
      if (reader.input !== "bytes") throw new Error("bytes reader");
      const r = await runWithDeadline((work) => reader.read(input, { limits, work, fontStyles: true }), 15_000);
      expect(r.lines.length, format).toBeGreaterThan(10);
      const whole = await extractResume(input, { isolate: false } as never);
      expect(whole.lines.map((l) => l.text)).toEqual(r.lines.map((l) => l.text).filter((t) => t.length > 0));
    }
  });

  it("import no Node built-in themselves (the browser build can use the text readers as they are)", () => {
    const dir = new URL("../../src/extract/readers/", import.meta.url);
    for (const f of readdirSync(dir)) expect(readFileSync(new URL(f, dir), "utf8"), f).not.toMatch(/from "node:/);
  });
});
