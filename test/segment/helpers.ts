/**
 * Test helpers: build ExtractedDocument objects from plain lines or from
 * `pdftotext -layout` text (leading spaces give an approximate x).
 */
import type { ExtractedDocument, ExtractedLine } from "../../src/types.js";

/** Partial line description for tests. */
export type LineSpec = string | (Partial<ExtractedLine> & { text: string });

/** Builds a document from line specs (strings or partial lines). */
export function docFromLines(specs: readonly LineSpec[], format: ExtractedDocument["format"] = "text"): ExtractedDocument {
  const lines: ExtractedLine[] = specs.map((s, index) => {
    const base = typeof s === "string" ? { text: s } : s;
    const line: ExtractedLine = { page: 1, ...base, index };
    if (line.text.startsWith("• ")) line.bullet = true;
    return line;
  });
  return { format, text: lines.map((l) => l.text).join("\n"), lines, pageCount: 1, metadata: {}, warnings: [] };
}

/** Builds a PDF-like document from `pdftotext -layout` output: blank lines dropped, x = 6 pt per leading space, one page per form feed. */
export function docFromLayoutText(text: string): ExtractedDocument {
  const specs: LineSpec[] = [];
  let page = 1;
  for (const raw of text.split("\n")) {
    const parts = raw.split("\f");
    for (let p = 0; p < parts.length; p++) {
      if (p > 0) page++;
      const part = parts[p] as string;
      if (part.trim() === "") continue;
      const lead = /^ */.exec(part)?.[0].length ?? 0;
      specs.push({ text: part.trim().replace(/^[•●▪]\s*/u, "• "), x: 50 + lead * 6, page, fontSize: 10 });
    }
  }
  const doc = docFromLines(specs, "pdf");
  doc.pageCount = page;
  return doc;
}
