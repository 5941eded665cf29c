/**
 * SARIF 2.1.0 output, for GitHub code scanning and other static-analysis viewers.
 */
import type { ResumeReport } from "./types.js";
import {
  evaluateChecks,
  failOnHas,
  isErrorRow,
  rowFile,
  toRows,
  type CheckOptions,
  type FormatInput,
  unrecognizedTerms,
  vocabularySummary,
} from "./format-common.js";

/** The SARIF schema URL written into `$schema`. */
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** SARIF result level. */
export type SarifLevel = "error" | "warning" | "note";

/** A SARIF reporting descriptor (one rule). */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

/** A SARIF result. */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; endLine?: number } } }>;
}

/** The SARIF log this formatter writes. */
export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: Array<{
    tool: { driver: { name: string; informationUri: string; version?: string; rules: SarifRule[] } };
    results: SarifResult[];
  }>;
}

/** Short descriptions of the codes we know; other codes get a description made from their name. */
const DESCRIPTIONS: Record<string, string> = {
  MISSING_MUST_HAVE: "A must-have keyword of the role is missing from the resume.",
  UNQUANTIFIED_BULLET: "An achievement bullet carries no number (scale, result, time).",
  WEAK_OPENING: "A bullet starts without an action verb.",
  AVOID_PHRASE: "A buzzword or cliché that recruiters skip.",
  HEDGED_SKILL: "A skill is only mentioned with hedging words (familiar with, exposure to).",
  NONSTANDARD_HEADING: "A section heading an ATS parser may not recognize.",
  CHECK_FAILED: "A resume-ats CI check (--min-score or --fail-on) failed.",
  ANALYSIS_ERROR: "The file could not be analyzed.",
  VOCABULARY_SKILLS: "Technologies found from the generated vocabulary (reported, not scored).",
  UNRECOGNIZED_TERM: "A term of a skills list that matched no known skill or technology.",
};

function describe(code: string): string {
  const known = DESCRIPTIONS[code];
  if (known) return known;
  const words = code.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1) + ".";
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

const LEVEL: Record<string, SarifLevel> = { error: "error", warning: "warning", info: "note" };

interface Pending {
  ruleId: string;
  level: SarifLevel;
  text: string;
  file: string;
  line?: number;
  endLine?: number;
}

function pendingOf(r: ResumeReport, options: CheckOptions): Pending[] {
  const file = rowFile(r);
  const out: Pending[] = [];
  const mhLevel: SarifLevel = failOnHas(options, "missing-must-have") ? "error" : "warning";
  const hintedMissing = new Set(r.hints.filter((h) => h.code === "MISSING_MUST_HAVE").map((h) => h.skillId));
  for (const k of r.keywords.mustHave.missing) {
    if (hintedMissing.has(k.id)) continue;
    out.push({ ruleId: "MISSING_MUST_HAVE", level: mhLevel, text: `Missing must-have keyword for ${r.role.title}: ${k.label}`, file });
  }
  for (const h of r.hints) {
    const level = h.code === "MISSING_MUST_HAVE" ? mhLevel : (LEVEL[h.severity] ?? "note");
    out.push({ ruleId: h.code, level, text: h.suggestion ? `${h.message} Suggestion: ${h.suggestion}` : h.message, file, line: h.line, endLine: h.endLine });
  }
  const vocabulary = vocabularySummary(r);
  if (vocabulary) out.push({ ruleId: "VOCABULARY_SKILLS", level: "note", text: `Other technologies found (vocabulary, not scored): ${vocabulary}`, file });
  for (const t of unrecognizedTerms(r)) {
    out.push({ ruleId: "UNRECOGNIZED_TERM", level: "note", text: `"${t.term}" in a skills list matched no known skill or technology.`, file, line: t.line });
  }
  for (const c of evaluateChecks(r, options)) {
    if (!c.passed) out.push({ ruleId: "CHECK_FAILED", level: "error", text: `${c.id}: ${c.message}`, file, line: c.lines[0] });
  }
  return out;
}

/** Builds the SARIF log object (one run). */
export function buildSarif(input: FormatInput, options: CheckOptions & { toolVersion?: string } = {}): SarifLog {
  const pending: Pending[] = [];
  for (const row of toRows(input)) {
    if (isErrorRow(row)) pending.push({ ruleId: "ANALYSIS_ERROR", level: "error", text: `${row.error.code}: ${row.error.message}`, file: row.file });
    else pending.push(...pendingOf(row, options));
  }
  const ruleIds = [...new Set(pending.map((p) => p.ruleId))].sort();
  const levelOf = (id: string): SarifLevel => {
    const ls = pending.filter((p) => p.ruleId === id).map((p) => p.level);
    return ls.includes("error") ? "error" : ls.includes("warning") ? "warning" : "note";
  };
  const rules: SarifRule[] = ruleIds.map((id) => ({ id, name: pascal(id), shortDescription: { text: describe(id) }, defaultConfiguration: { level: levelOf(id) } }));
  const results: SarifResult[] = pending.map((p) => {
    const region = p.line !== undefined && p.line >= 1 ? { startLine: p.line, ...(p.endLine !== undefined && p.endLine > p.line ? { endLine: p.endLine } : {}) } : undefined;
    return {
      ruleId: p.ruleId,
      ruleIndex: ruleIds.indexOf(p.ruleId),
      level: p.level,
      message: { text: p.text },
      locations: [{ physicalLocation: { artifactLocation: { uri: toArtifactUri(p.file) }, ...(region ? { region } : {}) } }],
    };
  });
  const driver: SarifLog["runs"][number]["tool"]["driver"] = { name: "resume-ats", informationUri: "https://github.com/resume-ats/resume-ats", rules };
  if (options.toolVersion) driver.version = options.toolVersion;
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [{ tool: { driver }, results }] };
}

/** Formats one report or a batch as a SARIF 2.1.0 JSON document. */
export function formatSarif(input: FormatInput, options: CheckOptions & { toolVersion?: string } = {}): string {
  return JSON.stringify(buildSarif(input, options), null, 2) + "\n";
}
