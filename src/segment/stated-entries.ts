/**
 * Entries the source states as data (JSON Resume's work, volunteer, projects
 * and education): handed to segmentation as the entries it would otherwise
 * look for in the text, with the source's names and dates as given.
 */
import type { ExtractedDocument, StatedEntry } from "../types.js";
import { findDateRange, type DateRange } from "./dates.js";
import type { EntryLine, FoundEntry } from "./entries.js";

/**
 * The stated entries whose header line is among a section's lines, as found
 * entries; null when the document states no entries (its text is read instead).
 */
export function statedEntries(doc: ExtractedDocument, lines: readonly EntryLine[]): FoundEntry[] | null {
  if (doc.entries === undefined) return null;
  const byIndex = new Map(lines.map((l) => [l.index, l]));
  const out: FoundEntry[] = [];
  for (const e of doc.entries) {
    const line = byIndex.get(e.line);
    if (line) out.push({ headerLines: [e.line], dateLine: e.line, title: e.title, organization: e.organization, range: rangeOf(e, line.text) });
  }
  return out;
}

/** The entry's dates as a range: as stated, or (dates not in ISO 8601 form) read from the dates as shown. */
function rangeOf(e: StatedEntry, lineText: string): DateRange | null {
  if (e.dateText === null) return null;
  if (e.start === null || e.end === null) return findDateRange(e.dateText);
  return { start: e.start, end: e.end, text: e.dateText, index: Math.max(0, lineText.lastIndexOf(e.dateText)), yearOnly: e.yearOnly };
}
