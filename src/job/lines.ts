/**
 * Posting text → `JobLine`s: from an extracted document, or from plain text
 * split at line breaks (list markers "-", "*", "•", "1." become bullets).
 */
import type { ExtractedDocument } from "../types.js";
import type { JobLine } from "./sections.js";

const LIST_MARKER = /^\s*(?:[-*•·▪◦‣–]|\d{1,2}[.)])\s+/u;
const MD_HEADING = /^\s*#{1,6}\s+/;

/** Lines of an extracted document. */
export function linesOfDocument(doc: ExtractedDocument): JobLine[] {
  return doc.lines.map((l) => {
    const jl: JobLine = { line: l.index + 1, text: l.text };
    if (l.heading) jl.heading = true;
    if (l.bold) jl.bold = true;
    if (l.bullet || l.text.startsWith("• ")) jl.bullet = true;
    return jl;
  });
}

/** Lines of plain text or Markdown: one per line break, blank lines kept (so line numbers match the file), whitespace runs collapsed. */
export function linesOfText(text: string): JobLine[] {
  return text.split(/\r\n|\r|\n/).map((line, i) => {
    // One space per whitespace run: keeps every later regex linear on hostile input.
    const raw = line.replace(/[\s\u00a0]+/g, " ");
    const jl: JobLine = { line: i + 1, text: raw.trim() };
    if (MD_HEADING.test(raw)) {
      jl.heading = true;
      jl.text = raw.replace(MD_HEADING, "").replace(/\s+#+\s*$/, "").trim();
    } else if (LIST_MARKER.test(raw)) {
      jl.bullet = true;
      jl.text = "• " + raw.replace(LIST_MARKER, "").trim();
    }
    const strong = /^\*\*(.+)\*\*:?$/.exec(jl.text);
    if (strong && !jl.bullet) {
      jl.bold = true;
      jl.text = strong[1].trim() + (jl.text.endsWith(":") ? ":" : "");
    }
    return jl;
  });
}
