/**
 * Builds the final `ExtractedDocument` from raw lines: cleaning, indexes,
 * `text`, and the `maxTextChars` cap.
 */
import type { DocumentFormat, ExtractedDocument, ExtractedLine, Warning } from "../types.js";

/** A line before indexes are assigned. */
export type DraftLine = Omit<ExtractedLine, "index">;

/**
 * Assigns `index`, drops empty lines, truncates at `maxTextChars` (adding a
 * `TEXT_TRUNCATED` warning) and joins `text`.
 */
export function finishDocument(
  format: DocumentFormat,
  drafts: readonly DraftLine[],
  pageCount: number,
  metadata: ExtractedDocument["metadata"],
  warnings: Warning[],
  maxTextChars: number,
): ExtractedDocument {
  const lines: ExtractedLine[] = [];
  let used = 0;
  let truncated = false;
  for (const d of drafts) {
    if (d.text.length === 0) continue;
    const room = maxTextChars - used;
    if (room <= 0) { truncated = true; break; }
    let text = d.text;
    if (text.length > room) { text = text.slice(0, room); truncated = true; }
    lines.push({ ...d, text, index: lines.length });
    used += text.length + 1;
    if (truncated) break;
  }
  if (truncated) {
    warnings.push({ code: "TEXT_TRUNCATED", message: `The text is longer than ${maxTextChars} characters; only the first ${maxTextChars} were read.` });
  }
  return { format, text: lines.map((l) => l.text).join("\n"), lines, pageCount, metadata, warnings };
}
