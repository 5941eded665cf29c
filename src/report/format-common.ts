/**
 * Shared pieces of the report formatters: the row type (a report or a file
 * that could not be analyzed), the CI checks (`--min-score`, `--fail-on`)
 * and small helpers. No heavy imports: the CLI loads this at startup.
 */
import type { KeywordResult, ReportHint, ReportSkill, ReportUnrecognizedTerm, ResumeReport } from "./types.js";
import { compareStrings } from "../util/compare.js";

/** A file that could not be analyzed (unreadable, unsupported, timed out). */
export interface FileErrorRow {
  file: string;
  error: { code: string; message: string };
}

/** One row of a batch: a report, or the error of a file. */
export type ReportRow = ResumeReport | FileErrorRow;

/** What every formatter accepts: one row (a report, or a file's error), or a list of rows (batch). */
export type FormatInput = ReportRow | ReportRow[];

/** The CI gate: which checks turn into failures. */
export interface CheckOptions {
  /** Fail when the total score is below this. */
  minScore?: number;
  /** Rule names from `FAIL_ON_RULES`, or hint codes. */
  failOn?: string[];
}

/** Outcome of one check on one report. */
export interface CheckResult {
  /** `min-score`, a fail-on rule, or a hint code. */
  id: string;
  /** A short name for test reports. */
  name: string;
  passed: boolean;
  /** Why it failed (or what it measured). */
  message: string;
  /** 1-based lines the failure is about (sorted). */
  lines: number[];
}

/** True when the row is a file error rather than a report. */
export function isErrorRow(row: ReportRow): row is FileErrorRow {
  return (row as FileErrorRow).error !== undefined && (row as ResumeReport).schemaVersion === undefined;
}

/** The rows of a formatter input, in order. */
export function toRows(input: FormatInput): ReportRow[] {
  return Array.isArray(input) ? input : [input];
}

/** The name a row is shown under: its path, or "(input)" when analyzed from text. */
export function rowFile(row: ReportRow): string {
  return row.file ?? "(input)";
}

/** True when the fail-on list asks for `rule` (case-insensitive). */
export function failOnHas(options: CheckOptions, rule: string): boolean {
  return (options.failOn ?? []).some((r) => r.toLowerCase() === rule.toLowerCase());
}

function uniqueSorted(lines: number[]): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Bullets that carry no metric: experience and projects bullets only (a skills list is not an achievement). */
export function unquantifiedBullets(report: ResumeReport): ResumeReport["bullets"] {
  return report.bullets.filter((b) => !b.quantified && (b.section === "experience" || b.section === "projects"));
}

/** Avoid phrases that cost points (not excused by a metric). */
export function penalizedAvoid(report: ResumeReport): ResumeReport["keywords"]["avoid"]["found"] {
  return report.keywords.avoid.found.filter((a) => !a.excused);
}

/** What a check computes for one report: whether it passed, its message, its lines. */
type Check = (report: ResumeReport) => Omit<CheckResult, "id">;

function hintCheck(severities: readonly string[], name: string): Check {
  return (report) => {
    const hints = report.hints.filter((h) => severities.includes(h.severity));
    return {
      name,
      passed: hints.length === 0,
      message: hints.length === 0 ? "none" : `${plural(hints.length, "hint", "hints")}: ${[...new Set(hints.map((h) => h.code))].join(", ")}`,
      lines: uniqueSorted(hints.flatMap((h) => (h.line === undefined ? [] : [h.line]))),
    };
  };
}

/** The named `--fail-on` checks, in help order. A hint code is a check too (see `checkRule`). */
const CHECKS = {
  "missing-must-have": (report) => {
    const missing = report.keywords.mustHave.missing;
    return {
      name: "no missing must-have keyword",
      passed: missing.length === 0,
      message: missing.length === 0 ? "every must-have keyword is present" : `${plural(missing.length, "must-have keyword", "must-have keywords")} missing: ${missing.map((k) => k.label).join(", ")}`,
      lines: [],
    };
  },
  avoid: (report) => {
    const found = penalizedAvoid(report);
    return {
      name: "no avoid phrase",
      passed: found.length === 0,
      message: found.length === 0 ? "no avoid phrase" : `${plural(found.length, "avoid phrase", "avoid phrases")}: ${found.map((a) => `"${a.matched}" (line ${a.line})`).join(", ")}`,
      lines: uniqueSorted(found.map((a) => a.line)),
    };
  },
  unquantified: (report) => {
    const bullets = unquantifiedBullets(report);
    const lines = uniqueSorted(bullets.map((b) => b.line));
    return {
      name: "every achievement bullet is quantified",
      passed: bullets.length === 0,
      message: bullets.length === 0 ? "every experience bullet carries a number" : `${plural(bullets.length, "bullet has", "bullets have")} no number (lines ${lines.join(", ")})`,
      lines,
    };
  },
  "error-hints": hintCheck(["error"], "no error hint"),
  "warning-hints": hintCheck(["error", "warning"], "no error or warning hint"),
  warnings: (report) => {
    const w = report.warnings;
    return {
      name: "no reading warning",
      passed: w.length === 0,
      message: w.length === 0 ? "none" : `${plural(w.length, "warning", "warnings")}: ${[...new Set(w.map((x) => x.code))].join(", ")}`,
      lines: uniqueSorted(w.flatMap((x) => (x.line === undefined ? [] : [x.line]))),
    };
  },
} as const satisfies Record<string, Check>;

/** A named `--fail-on` check. */
export type FailOnRule = keyof typeof CHECKS;

/** Names of the `--fail-on` checks. Any other value must be a hint code ("UNQUANTIFIED_BULLET"). */
export const FAIL_ON_RULES = Object.keys(CHECKS) as FailOnRule[];

/** One check: a named one, or "no hint of this code". */
function checkRule(report: ResumeReport, rule: string): CheckResult {
  const id = rule.toLowerCase();
  if (Object.hasOwn(CHECKS, id)) return { id, ...CHECKS[id as FailOnRule](report) };
  const code = rule.toUpperCase();
  const hints = report.hints.filter((h) => h.code === code);
  return {
    id: code,
    name: `no ${code} hint`,
    passed: hints.length === 0,
    message: hints.length === 0 ? "none" : `${plural(hints.length, `${code} hint`, `${code} hints`)}`,
    lines: uniqueSorted(hints.flatMap((h) => (h.line === undefined ? [] : [h.line]))),
  };
}

/**
 * Runs the CI checks on one report: `min-score` (when set), then each
 * `failOn` rule in the order given (duplicates dropped).
 */
export function evaluateChecks(report: ResumeReport, options: CheckOptions = {}): CheckResult[] {
  const out: CheckResult[] = [];
  if (options.minScore !== undefined) {
    const passed = report.score.total >= options.minScore;
    out.push({
      id: "min-score",
      name: `score at least ${options.minScore}`,
      passed,
      message: passed
        ? `score ${report.score.total} is at least ${options.minScore}`
        : `score ${report.score.total} is below the minimum ${options.minScore}`,
      lines: [],
    });
  }
  const seen = new Set<string>();
  for (const rule of options.failOn ?? []) {
    const key = rule.toLowerCase();
    if (seen.has(key) || key === "") continue;
    seen.add(key);
    out.push(checkRule(report, rule));
  }
  return out;
}

/** True when the report passes every check. */
export function reportPasses(report: ResumeReport, options: CheckOptions = {}): boolean {
  return evaluateChecks(report, options).every((c) => c.passed);
}

/** The first line where a found keyword's matched skills occur, or null. */
export function keywordLine(report: ResumeReport, k: KeywordResult): number | null {
  let best: number | null = null;
  for (const id of k.matchedSkills) {
    const skill = report.skills.find((s) => s.id === id) ?? report.softSkills?.find((s) => s.id === id);
    if (!skill) continue;
    for (const o of skill.occurrences) if (best === null || o.line < best) best = o.line;
  }
  return best;
}

/** What would satisfy a keyword entry: its label, or "any of: a, b, c" for an anyOf entry. */
export function keywordRequirement(k: KeywordResult): string {
  if (k.skills.length > 1) return `any of: ${k.skills.join(", ")}`;
  return k.skills[0] ?? k.label;
}

/** Formats a number with at most two decimals, without trailing zeros ("12.5", "40"). */
export function formatPoints(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Where a hint starts, as "12" or "12:5" (line and, where known, column of its place), or "" when it has no line. */
export function hintWhere(h: ReportHint): string {
  const start = h.place?.start;
  if (start) return start.column === undefined ? String(start.line) : `${start.line}:${start.column}`;
  return h.line === undefined ? "" : String(h.line);
}

/** Skills found from the generated vocabulary (`tier: "vocabulary"`), by name: shown in every format, never scored. */
export function vocabularySkills(report: ResumeReport): ReportSkill[] {
  return report.skills.filter((s) => s.tier === "vocabulary").sort((a, b) => compareStrings(a.name.toLowerCase(), b.name.toLowerCase()));
}

/** The report's unrecognized list terms (an empty list for reports written before the field existed). */
export function unrecognizedTerms(report: ResumeReport): ReportUnrecognizedTerm[] {
  return report.unrecognized ?? [];
}

/** "Aerospike, Dask (line 5)": vocabulary technologies found, or null when none. */
export function vocabularySummary(report: ResumeReport): string | null {
  const found = vocabularySkills(report);
  if (found.length === 0) return null;
  return found.map((s) => s.name).join(", ");
}

/** "Foobarizer (line 7), Quuxlang (line 9)": list terms nothing matched, or null when none. */
export function unrecognizedSummary(report: ResumeReport): string | null {
  const terms = unrecognizedTerms(report);
  if (terms.length === 0) return null;
  return terms.map((t) => `${t.term} (line ${t.line})`).join(", ");
}
