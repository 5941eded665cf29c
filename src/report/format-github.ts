/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`),
 * so hints show as annotations on the resume file in a pull request.
 */
import type { ResumeReport } from "./types.js";
import {
  evaluateChecks,
  failOnHas,
  formatPoints,
  isErrorRow,
  rowFile,
  toRows,
  type CheckOptions,
  type FormatInput,
  unrecognizedTerms,
  vocabularySummary,
} from "./format-common.js";

/** Escapes a workflow-command message: `%`, CR, LF. */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a workflow-command property value: as data, plus `:` and `,`. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Level of a workflow command. */
export type GithubLevel = "error" | "warning" | "notice";

/** One workflow command line (without the newline). */
export function githubCommand(level: GithubLevel, props: { file?: string; line?: number; endLine?: number; title?: string }, message: string): string {
  const p: string[] = [];
  if (props.file !== undefined) p.push(`file=${escapeGithubProperty(props.file)}`);
  if (props.line !== undefined) p.push(`line=${props.line}`);
  if (props.endLine !== undefined && props.line !== undefined && props.endLine > props.line) p.push(`endLine=${props.endLine}`);
  if (props.title !== undefined) p.push(`title=${escapeGithubProperty(props.title)}`);
  return `::${level}${p.length > 0 ? " " + p.join(",") : ""}::${escapeGithubData(message)}`;
}

const LEVEL: Record<string, GithubLevel> = { error: "error", warning: "warning", info: "notice" };

function formatOne(r: ResumeReport, options: CheckOptions): string[] {
  const file = rowFile(r);
  const out: string[] = [];
  const mustHaveLevel: GithubLevel = failOnHas(options, "missing-must-have") ? "error" : "warning";
  for (const k of r.keywords.mustHave.missing) {
    const also = k.skills.length > 1 ? ` (any of: ${k.skills.join(", ")})` : "";
    out.push(githubCommand(mustHaveLevel, { file, title: "MISSING_MUST_HAVE" }, `Missing must-have keyword for ${r.role.title}: ${k.label}${also}`));
  }
  for (const h of r.hints) {
    // Missing must-haves are already reported above, from the keyword lists.
    if (h.code === "MISSING_MUST_HAVE") continue;
    const msg = h.suggestion ? `${h.message}\nSuggestion: ${h.suggestion}` : h.message;
    out.push(githubCommand(LEVEL[h.severity] ?? "notice", { file, line: h.line, endLine: h.endLine, title: h.code }, msg));
  }
  const vocabulary = vocabularySummary(r);
  if (vocabulary) out.push(githubCommand("notice", { file, title: "VOCABULARY_SKILLS" }, `Other technologies found (vocabulary, not scored): ${vocabulary}`));
  for (const t of unrecognizedTerms(r)) {
    out.push(githubCommand("notice", { file, line: t.line, title: "UNRECOGNIZED_TERM" }, `"${t.term}" in a skills list matched no known skill or technology.`));
  }
  for (const c of evaluateChecks(r, options)) {
    if (c.passed) continue;
    out.push(githubCommand("error", { file, line: c.lines[0], title: `resume-ats ${c.id}` }, c.message));
  }
  return out;
}

/**
 * Formats one report or a batch as GitHub workflow commands: one per missing
 * must-have, per hint and per failed check, then a plain summary line.
 */
export function formatGithub(input: FormatInput, options: CheckOptions = {}): string {
  const rows = toRows(input);
  const out: string[] = [];
  const summary: string[] = [];
  let failed = 0;
  for (const row of rows) {
    if (isErrorRow(row)) {
      out.push(githubCommand("error", { file: row.file, title: row.error.code }, row.error.message));
      summary.push(`${row.file}: ${row.error.code}`);
      failed++;
      continue;
    }
    out.push(...formatOne(row, options));
    const ok = evaluateChecks(row, options).every((c) => c.passed);
    if (!ok) failed++;
    const mh = row.keywords.mustHave;
    summary.push(`${rowFile(row)}: ${formatPoints(row.score.total)}/100 ${row.role.title}, must-haves ${mh.found.length}/${mh.found.length + mh.missing.length}${ok ? "" : " (failed)"}`);
  }
  out.push(`resume-ats: ${rows.length} file${rows.length === 1 ? "" : "s"}, ${failed} failed — ${summary.join("; ")}`.replace(/[\r\n]+/g, " "));
  return out.join("\n") + "\n";
}
