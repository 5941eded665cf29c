/**
 * Builds the final `ExtractedDocument` from raw lines: cleaning, indexes,
 * `text`, and the `maxTextChars` cap.
 */
import type { DocumentFormat, ExtractedDocument, ExtractedLine, StatedEntry, Warning } from "../types.js";

/** A line before indexes are assigned. */
export type DraftLine = Omit<ExtractedLine, "index">;

/**
 * Assigns `index`, drops empty lines, truncates at `maxTextChars` (adding a
 * `TEXT_TRUNCATED` warning) and joins `text`. Stated `entries` (whose `line`
 * is an index in `drafts`) follow their lines to the new indexes; an entry
 * whose line was dropped or cut off is dropped.
 */
export function finishDocument(
  format: DocumentFormat,
  drafts: readonly DraftLine[],
  pageCount: number,
  metadata: ExtractedDocument["metadata"],
  warnings: Warning[],
  maxTextChars: number,
  entries?: readonly StatedEntry[],
): ExtractedDocument {
  const lines: ExtractedLine[] = [];
  /** Final index of each draft line that was kept. */
  const kept = new Map<number, number>();
  let used = 0;
  let truncated = false;
  for (const [k, d] of drafts.entries()) {
    if (d.text.length === 0) continue;
    const room = maxTextChars - used;
    if (room <= 0) { truncated = true; break; }
    let text = d.text;
    if (text.length > room) { text = text.slice(0, room); truncated = true; }
    kept.set(k, lines.length);
    lines.push({ ...d, text, index: lines.length });
    used += text.length + 1;
    if (truncated) break;
  }
  if (truncated) {
    warnings.push({ code: "TEXT_TRUNCATED", message: `The text is longer than ${maxTextChars} characters; only the first ${maxTextChars} were read.` });
  }
  const doc: ExtractedDocument = { format, text: lines.map((l) => l.text).join("\n"), lines, pageCount, metadata, warnings };
  if (entries !== undefined) {
    doc.entries = entries.flatMap((e) => {
      const line = kept.get(e.line);
      return line === undefined ? [] : [{ ...e, line }];
    });
  }
  return doc;
}
