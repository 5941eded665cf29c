/**
 * Skills an ATS will never see: found by the matcher in the source text but
 * not in the text read from the PDF.
 */
import type { Catalog } from "../keywords/catalog.js";
import { matchText } from "../match/index.js";
import type { LostSkill, SourceLine } from "./types.js";
import { compareStrings } from "../util/compare.js";

/** Skills of `source` the matcher does not find in `pdfText`, sorted by source line, then id. */
export function findLostSkills(source: readonly SourceLine[], pdfText: string, catalog: Catalog): LostSkill[] {
  const inSource = matchText(source.map((l) => l.text).join("\n"), catalog).skills;
  const inPdf = new Set(matchText(pdfText, catalog).skills.map((s) => s.id));
  const out: LostSkill[] = [];
  for (const s of inSource) {
    if (s.implied || inPdf.has(s.id)) continue;
    const first = Math.min(...s.occurrences.map((o) => o.line));
    const line = Number.isFinite(first) ? (source[first - 1]?.line ?? first) : 0;
    out.push({ id: s.id, name: s.name, line });
  }
  return out.sort((a, b) => a.line - b.line || compareStrings(a.id, b.id));
}
