/**
 * GitHub Actions workflow commands (`::error file=...,line=...,col=...::message`),
 * so hints show as annotations on the resume file in a pull request.
 */
import type { ReportHint, ResumeReport } from "./types.js";
import { evaluateChecks, formatPoints, isErrorRow, rowFile, toRows, unrecognizedTerms, vocabularySummary, type CheckOptions, type FormatInput } from "./format-common.js";
import type { FormatContext } from "./formatters.js";

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

/** Where an annotation points: lines, and columns (GitHub takes them on one line only). */
export interface GithubPosition {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

/** One workflow command line (without the newline). */
export function githubCommand(level: GithubLevel, props: GithubPosition, message: string): string {
  const p: string[] = [];
  if (props.file !== undefined) p.push(`file=${escapeGithubProperty(props.file)}`);
  if (props.line !== undefined) p.push(`line=${props.line}`);
  if (props.endLine !== undefined && props.line !== undefined && props.endLine > props.line) p.push(`endLine=${props.endLine}`);
  if (props.col !== undefined && props.line !== undefined) p.push(`col=${props.col}`);
  if (props.endColumn !== undefined && props.col !== undefined && props.line !== undefined) p.push(`endColumn=${props.endColumn}`);
  if (props.title !== undefined) p.push(`title=${escapeGithubProperty(props.title)}`);
  return `::${level}${p.length > 0 ? " " + p.join(",") : ""}::${escapeGithubData(message)}`;
}

const LEVEL: Record<string, GithubLevel> = { error: "error", warning: "warning", info: "notice" };

/** A hint's annotation position: its place (columns only on one line, as GitHub takes them; its end column is inclusive), else its lines. */
function hintPosition(h: ReportHint, file: string): GithubPosition {
  const place = h.place;
  if (!place) return { file, line: h.line, endLine: h.endLine, title: h.code };
  const pos: GithubPosition = { file, line: place.start.line, endLine: place.end.line, title: h.code };
  if (place.start.column !== undefined && place.end.line === place.start.line) {
    pos.col = place.start.column;
    if (place.end.column !== undefined && place.end.column > place.start.column) pos.endColumn = place.end.column - 1;
  }
  return pos;
}

function formatOne(r: ResumeReport, options: CheckOptions): string[] {
  const file = rowFile(r);
  const out: string[] = [];
  for (const h of r.hints) {
    const msg = h.suggestion ? `${h.message}\nSuggestion: ${h.suggestion}` : h.message;
    out.push(githubCommand(LEVEL[h.severity] ?? "notice", hintPosition(h, file), msg));
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
 * Formats one report or a batch as GitHub workflow commands: one per hint
 * and per failed check, then a plain summary line.
 */
export function formatGithub(input: FormatInput, options: FormatContext = {}): string {
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
