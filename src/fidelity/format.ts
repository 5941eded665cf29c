/**
 * Renders a `FidelityReport` as text, JSON, Markdown or GitHub Actions
 * annotations.
 */
import type { FidelityReport } from "./types.js";
import { truncate } from "../util/truncate.js";

/** Output formats of the fidelity command. */
export type FidelityFormat = "text" | "json" | "markdown" | "github";

/** The formats, for usage messages and validation. */
export const FIDELITY_FORMATS: readonly FidelityFormat[] = ["text", "json", "markdown", "github"];

const MAX_LIST = 50;

/** A line of the report cut to `n` characters, "…" at the cut. */
function clip(s: string, n = 90): string {
  return truncate(s, n, "…");
}

function more(n: number): string[] {
  return n > MAX_LIST ? [`  … and ${n - MAX_LIST} more`] : [];
}

/** Plain text for a terminal. */
export function formatText(r: FidelityReport): string {
  const out: string[] = [];
  out.push(`Fidelity: ${r.fidelity}%  (${r.source ?? "source"} → ${r.pdf ?? "PDF"}; ${r.sourceLines} source lines, ${r.pdfLines} PDF lines)`);
  for (const s of r.summary.slice(1)) out.push(`  ${s}`);
  if (r.sectionsLost.length) {
    out.push("", "Sections the PDF lost:");
    for (const sec of r.sectionsLost) out.push(`  ${sec.name} (line ${sec.line}, ${sec.missingShare}% of its words missing)`);
  }
  if (r.missing.length) {
    out.push("", "Missing from the PDF:");
    for (const m of r.missing.slice(0, MAX_LIST)) out.push(`  line ${m.line}: ${clip(m.text)}`);
    out.push(...more(r.missing.length));
  }
  if (r.reordered.length) {
    out.push("", "Out of order in the PDF:");
    for (const m of r.reordered.slice(0, MAX_LIST)) out.push(`  line ${m.line} (PDF line ${m.pdfLine}): ${clip(m.text)}`);
    out.push(...more(r.reordered.length));
  }
  if (r.garbled.length) {
    out.push("", "Damaged in the PDF:");
    for (const g of r.garbled.slice(0, MAX_LIST)) out.push(`  line ${g.line} [${g.kind}]: ${clip(g.text, 60)}  →  PDF line ${g.pdfLine}: ${clip(g.pdfText, 60)}`);
    out.push(...more(r.garbled.length));
  }
  if (r.skillsLost.length) {
    out.push("", "Skills an ATS will not see:");
    for (const s of r.skillsLost) out.push(`  ${s.name} (line ${s.line})`);
  }
  return `${out.join("\n")}\n`;
}

/** Pretty JSON of the report. */
export function formatJson(r: FidelityReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

function mdCell(s: string): string {
  return clip(s, 100).replace(/\\/gu, "\\\\").replace(/\|/gu, "\\|").replace(/[<>]/gu, (c) => (c === "<" ? "&lt;" : "&gt;"));
}

/** GitHub-flavoured Markdown (for a PR comment or job summary). */
export function formatMarkdown(r: FidelityReport): string {
  const out: string[] = [`## Resume fidelity: ${r.fidelity}%`, ""];
  for (const s of r.summary.slice(1)) out.push(`- ${mdCell(s)}`);
  const table = (title: string, head: string[], rows: string[][], total: number): void => {
    if (!rows.length) return;
    out.push("", `### ${title}`, "", `| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`);
    for (const row of rows) out.push(`| ${row.map(mdCell).join(" | ")} |`);
    if (total > rows.length) out.push("", `…and ${total - rows.length} more.`);
  };
  table("Sections the PDF lost", ["Section", "Line", "Words missing"], r.sectionsLost.map((x) => [x.name, String(x.line), `${x.missingShare}%`]), r.sectionsLost.length);
  table("Missing from the PDF", ["Line", "Text"], r.missing.slice(0, MAX_LIST).map((m) => [String(m.line), m.text]), r.missing.length);
  table("Out of order", ["Line", "PDF line", "Text"], r.reordered.slice(0, MAX_LIST).map((m) => [String(m.line), String(m.pdfLine), m.text]), r.reordered.length);
  table("Damaged", ["Line", "Kind", "Source", "PDF"], r.garbled.slice(0, MAX_LIST).map((g) => [String(g.line), g.kind, g.text, g.pdfText]), r.garbled.length);
  table("Skills an ATS will not see", ["Skill", "Line"], r.skillsLost.map((s) => [s.name, String(s.line)]), r.skillsLost.length);
  return `${out.join("\n")}\n`;
}

function ghEscape(s: string): string {
  return s.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}

function ghProp(s: string): string {
  return ghEscape(s).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}

/** GitHub Actions workflow commands: one annotation per finding, on the source file's line. */
export function formatGithub(r: FidelityReport): string {
  const file = r.source ? `file=${ghProp(r.source)},` : "";
  const out: string[] = [];
  for (const sec of r.sectionsLost) out.push(`::error ${file}line=${sec.line},title=${ghProp("Section lost")}::${ghEscape(`The PDF lost section "${sec.name}": ${sec.missingShare}% of its words are missing`)}`);
  for (const m of r.missing) out.push(`::error ${file}line=${m.line},title=${ghProp("Missing from PDF")}::${ghEscape(`Not in the PDF text: ${clip(m.text)}`)}`);
  for (const g of r.garbled) out.push(`::warning ${file}line=${g.line},title=${ghProp(`Damaged in PDF (${g.kind})`)}::${ghEscape(`PDF line ${g.pdfLine} reads: ${clip(g.pdfText)}`)}`);
  for (const m of r.reordered) out.push(`::warning ${file}line=${m.line},title=${ghProp("Out of order in PDF")}::${ghEscape(`Read at PDF line ${m.pdfLine}: ${clip(m.text)}`)}`);
  for (const s of r.skillsLost) out.push(`::error ${file}line=${s.line},title=${ghProp("Skill lost")}::${ghEscape(`An ATS will not see ${s.name}`)}`);
  out.push(`::notice title=${ghProp("Resume fidelity")}::${ghEscape(r.summary.join(" "))}`);
  return `${out.join("\n")}\n`;
}

/** The report in the chosen format. */
export function formatFidelity(r: FidelityReport, format: FidelityFormat): string {
  if (format === "json") return formatJson(r);
  if (format === "markdown") return formatMarkdown(r);
  if (format === "github") return formatGithub(r);
  return formatText(r);
}
