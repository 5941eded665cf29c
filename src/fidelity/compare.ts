/**
 * `compareSource`: the fidelity check of a resume source against the PDF
 * built from it.
 */
import { extractResume } from "../extract/index.js";
import type { ResumeInput } from "../types.js";
import { alignLines } from "./align.js";
import { loadBuiltinCatalog } from "./catalog.js";
import { lostSections, reorderSummary } from "./sections.js";
import { findLostSkills } from "./skills.js";
import { detectSourceFormat, isSourceFormat, loadSourceText, readSourceLines } from "./source.js";
import type { CompareOptions, FidelityReport, GarbledLine, MissingLine, ReorderedLine, SourceSpec } from "./types.js";
import { InvalidOptionsError } from "../errors.js";

const KIND_WORDS = { ligature: "broken ligatures (fi, fl, ff)", glyph: "unreadable glyphs", spacing: "words glued or split", other: "changed letters" } as const;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Compares a resume source (Markdown, JSON Resume, LaTeX, HTML or text) with
 * the PDF built from it: what the PDF lost, reordered or garbled, the share
 * of source words it keeps in order, and the skills an ATS will not see.
 * Throws `ResumeAtsError`s (FILE_NOT_FOUND, EMPTY_INPUT, CORRUPT_FILE...).
 */
export async function compareSource(source: SourceSpec, pdf: ResumeInput, options: CompareOptions = {}): Promise<FidelityReport> {
  if (source.format !== undefined && !isSourceFormat(source.format)) {
    throw new InvalidOptionsError(`Unknown source format "${String(source.format)}"; use markdown, json-resume, latex, html or text.`);
  }
  const { text, path } = await loadSourceText(source);
  const format = source.format ?? detectSourceFormat(text, path ?? undefined);
  const lines = await readSourceLines(text, format);
  const doc = await extractResume(pdf, options.signal ? { signal: options.signal } : {});
  const pdfLines = doc.lines.map((l) => l.text);
  const al = alignLines(lines, pdfLines);

  const missing: MissingLine[] = [];
  const reordered: ReorderedLine[] = [];
  const garbled: GarbledLine[] = [];
  for (const v of al.verdicts) {
    const src = lines[v.index];
    if (v.status === "missing") missing.push({ line: src.line, text: src.text });
    else if (v.status === "garbled") {
      garbled.push({
        line: src.line,
        text: src.text,
        pdfText: pdfLines.slice(v.pdfFirst, Math.min(v.pdfLast, v.pdfFirst + 2) + 1).join(" "),
        pdfLine: v.pdfFirst + 1,
        kind: v.kind ?? "other",
      });
    }
    if (v.status !== "missing" && v.outOfOrder) reordered.push({ line: src.line, text: src.text, pdfLine: v.pdfFirst + 1 });
  }

  const catalog = options.catalog ?? loadBuiltinCatalog();
  const skillsLost = catalog ? findLostSkills(lines.map((l) => (l.synthetic ? { ...l, text: "" } : l)), doc.text, catalog) : [];
  const fidelity = Math.round(al.inOrderShare * 1000) / 10;
  const sectionsLost = lostSections(lines, al.verdicts);

  const summary: string[] = [`${fidelity}% of the source's words are in the PDF text, in order.`];
  for (const sec of sectionsLost) summary.push(`The PDF lost section "${sec.name}" (source line ${sec.line}): ${sec.missingShare}% of its words are missing.`);
  if (missing.length) summary.push(`${plural(missing.length, "source line")} ${missing.length === 1 ? "is" : "are"} missing from the PDF text.`);
  if (reordered.length) summary.push(`${plural(reordered.length, "line")} ${reordered.length === 1 ? "is" : "are"} read out of order (a column or a floating block).`);
  summary.push(...reorderSummary(lines, al.verdicts));
  const kinds = [...new Set(garbled.map((g) => g.kind))].sort();
  if (garbled.length) summary.push(`${plural(garbled.length, "line")} ${garbled.length === 1 ? "is" : "are"} damaged in the PDF text: ${kinds.map((k) => KIND_WORDS[k]).join(", ")}.`);
  if (skillsLost.length) summary.push(`An ATS will not see ${plural(skillsLost.length, "skill")}: ${skillsLost.map((s) => s.name).join(", ")}.`);
  if (!catalog) summary.push("Skills were not compared: the keyword catalog could not be loaded.");
  if (!missing.length && !reordered.length && !garbled.length && !skillsLost.length) summary.push("The PDF text matches the source.");

  return {
    schemaVersion: 1,
    source: path,
    pdf: typeof pdf === "string" ? pdf : null,
    fidelity,
    sourceLines: lines.filter((l) => !l.synthetic).length,
    pdfLines: pdfLines.length,
    missing,
    reordered,
    garbled,
    skillsLost,
    sectionsLost,
    summary,
  };
}
