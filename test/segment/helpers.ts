/**
 * Test helpers: build ExtractedDocument objects from plain lines.
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
