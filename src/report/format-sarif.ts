/**
 * SARIF 2.1.0 output, for GitHub code scanning and other static-analysis
 * viewers. The rule table comes from the rule registry (description, why,
 * docs URL, default level), plus two entries of this format's own:
 * CHECK_FAILED and ANALYSIS_ERROR. The log is typed with the published SARIF
 * 2.1.0 types (`@types/sarif`) and checked against the official JSON Schema
 * in the tests.
 */
import type { Log, Region, ReportingDescriptor, Result, ToolComponent } from "sarif";
import type { Place, ReportHint, ResumeReport } from "./types.js";
import { evaluateChecks, isErrorRow, rowFile, toRows, unrecognizedTerms, vocabularySummary, type FormatInput } from "./format-common.js";
import type { FormatContext } from "./formatters.js";
import { ruleByCode, ruleUrl } from "../hints/rules/index.js";
import { PROJECT_URL } from "../project.js";
import { compareStrings } from "../util/compare.js";

/** The SARIF schema URL written into `$schema`. */
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** SARIF result level (the levels this formatter writes). */
export type SarifLevel = Extract<NonNullable<Result["level"]>, "error" | "warning" | "note">;

/** A SARIF reporting descriptor (one rule): the published SARIF 2.1.0 type. */
export type SarifRule = ReportingDescriptor;

/** A SARIF region: 1-based lines and columns (the end column is the one after the last character). */
export type SarifRegion = Region;

/** A SARIF result. */
export type SarifResult = Result;

/** The SARIF log this formatter writes: the published SARIF 2.1.0 type (`@types/sarif`). */
export type SarifLog = Log;

/** This format's own results, which are not hint rules. */
const OWN_RULES: Readonly<Record<string, { description: string; level: SarifLevel }>> = {
  CHECK_FAILED: { description: "A resume-ats CI check (--min-score or --fail-on) failed.", level: "error" },
  ANALYSIS_ERROR: { description: "The file could not be analyzed.", level: "error" },
  VOCABULARY_SKILLS: { description: "Technologies found from the generated vocabulary (reported, not scored).", level: "note" },
  UNRECOGNIZED_TERM: { description: "A term of a skills list that matched no known skill or technology.", level: "note" },
};

const LEVEL: Record<string, SarifLevel> = { error: "error", warning: "warning", info: "note" };

/** The reporting descriptor of a rule id: from the registry, this format's own table, or (a code from another version) its name. */
function descriptor(id: string): SarifRule {
  const rule = ruleByCode(id);
  if (rule) {
    return {
      id,
      name: pascal(id),
      shortDescription: { text: rule.meta.description },
      fullDescription: { text: rule.meta.docs.why },
      helpUri: ruleUrl(id),
      defaultConfiguration: { level: LEVEL[rule.meta.severity] ?? "note" },
    };
  }
  const own = OWN_RULES[id];
  const words = id.toLowerCase().replace(/_/g, " ");
  return {
    id,
    name: pascal(id),
    shortDescription: { text: own?.description ?? words.charAt(0).toUpperCase() + words.slice(1) + "." },
    defaultConfiguration: { level: own?.level ?? "warning" },
  };
}

function pascal(code: string): string {
  return code
    .toLowerCase()
    .split(/[_\-\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/** A relative path or file name as a SARIF artifact URI (forward slashes, percent-encoded). */
export function toArtifactUri(file: string): string {
  return encodeURI(file.replace(/\\/g, "/")).replace(/[?#]/g, (c) => encodeURIComponent(c));
}

interface Pending {
  ruleId: string;
  level: SarifLevel;
  text: string;
  file: string;
  region?: SarifRegion;
}

/** A hint's region: its place (lines and, where known, columns), else its lines. */
function regionOf(h: ReportHint): SarifRegion | undefined {
  const place: Place | undefined = h.place;
  const startLine = place?.start.line ?? h.line;
  if (startLine === undefined || startLine < 1) return undefined;
  const region: SarifRegion = { startLine };
  if (place?.start.column !== undefined) region.startColumn = place.start.column;
  const endLine = place?.end.line ?? h.endLine;
  if (endLine !== undefined && endLine > startLine) region.endLine = endLine;
  if (region.startColumn !== undefined && place?.end.column !== undefined) region.endColumn = place.end.column;
  return region;
}

function pendingOf(r: ResumeReport, options: FormatContext): Pending[] {
  const file = rowFile(r);
  const out: Pending[] = [];
  for (const h of r.hints) {
    const region = regionOf(h);
    out.push({ ruleId: h.code, level: LEVEL[h.severity] ?? "note", text: h.suggestion ? `${h.message} Suggestion: ${h.suggestion}` : h.message, file, ...(region ? { region } : {}) });
  }
  const vocabulary = vocabularySummary(r);
  if (vocabulary) out.push({ ruleId: "VOCABULARY_SKILLS", level: "note", text: `Other technologies found (vocabulary, not scored): ${vocabulary}`, file });
  for (const t of unrecognizedTerms(r)) {
    out.push({ ruleId: "UNRECOGNIZED_TERM", level: "note", text: `"${t.term}" in a skills list matched no known skill or technology.`, file, region: { startLine: t.line, ...(t.column !== undefined ? { startColumn: t.column } : {}) } });
  }
  for (const c of evaluateChecks(r, options)) {
    if (!c.passed) out.push({ ruleId: "CHECK_FAILED", level: "error", text: `${c.id}: ${c.message}`, file, ...(c.lines[0] !== undefined ? { region: { startLine: c.lines[0] } } : {}) });
  }
  return out;
}

/** Builds the SARIF log object (one run). */
export function buildSarif(input: FormatInput, options: FormatContext = {}): SarifLog {
  const pending: Pending[] = [];
  for (const row of toRows(input)) {
    if (isErrorRow(row)) pending.push({ ruleId: "ANALYSIS_ERROR", level: "error", text: `${row.error.code}: ${row.error.message}`, file: row.file });
    else pending.push(...pendingOf(row, options));
  }
  const ruleIds = [...new Set(pending.map((p) => p.ruleId))].sort(compareStrings);
  const rules: SarifRule[] = ruleIds.map(descriptor);
  const results: SarifResult[] = pending.map((p) => ({
    ruleId: p.ruleId,
    ruleIndex: ruleIds.indexOf(p.ruleId),
    level: p.level,
    message: { text: p.text },
    locations: [{ physicalLocation: { artifactLocation: { uri: toArtifactUri(p.file) }, ...(p.region ? { region: p.region } : {}) } }],
  }));
  const driver: ToolComponent = { name: "resume-ats", informationUri: PROJECT_URL, rules };
  if (options.toolVersion) driver.version = options.toolVersion;
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [{ tool: { driver }, results }] };
}

/** Formats one report or a batch as a SARIF 2.1.0 JSON document. */
export function formatSarif(input: FormatInput, options: FormatContext = {}): string {
  return JSON.stringify(buildSarif(input, options), null, 2) + "\n";
}
