/**
 * Human-readable terminal report. ANSI colors (picocolors) only when asked for.
 */
import { createRequire } from "node:module";
import type { ReportHint, ResumeReport } from "./types.js";
import {
  evaluateChecks,
  formatPoints,
  hintWhere,
  isErrorRow,
  keywordLine,
  keywordRequirement,
  rowFile,
  toRows,
  type FileErrorRow,
  type FormatInput,
  unrecognizedSummary,
  vocabularySummary,
} from "./format-common.js";
import type { FormatContext } from "./formatters.js";

/** Options of `formatText`: `color` (the CLI decides it from --color / --no-color, FORCE_COLOR, NO_COLOR and the TTY), `verbose`, the checks. */
export type TextFormatOptions = FormatContext;

type Style = "bold" | "dim" | "red" | "green" | "yellow" | "cyan";

type Paint = (style: Style, s: string) => string;

type Picocolors = typeof import("picocolors");
type Colors = ReturnType<Picocolors["createColors"]>;

let colors: Colors | null = null;

/**
 * picocolors, loaded on the first colored report: it loads Node's `tty` (and
 * with it `net`), 5–15 ms here that `import("resume-ats")` and uncolored
 * output should not pay. A synchronous require, as `formatText` is synchronous.
 */
function loadColors(): Colors {
  colors ??= (createRequire(import.meta.url)("picocolors") as Picocolors).createColors(true);
  return colors;
}

/** Styles by picocolors (nested styles restored), or plain text; whether to color is the caller's choice (the CLI: `useColor`). */
function painter(color: boolean): Paint {
  if (!color) return (_style, s) => s;
  const c = loadColors();
  return (style, s) => c[style](s);
}

/** A 20-cell bar for a 0..100 score: `[██████████░░░░░░░░░░] 52/100`. */
export function scoreBar(score: number, width = 20): string {
  const clamped = Math.max(0, Math.min(100, score));
  const full = Math.round((clamped / 100) * width);
  return `[${"█".repeat(full)}${"░".repeat(width - full)}] ${formatPoints(score)}/100`;
}

function scoreStyle(score: number): Style {
  return score >= 75 ? "green" : score >= 50 ? "yellow" : "red";
}

function lineRef(line: number | null | undefined): string {
  return line === null || line === undefined ? "" : `, line ${line}`;
}

function formatHint(h: ReportHint, paint: Paint): string[] {
  const at = hintWhere(h);
  const where = at === "" ? "          " : `line ${at.padEnd(5)}`;
  const out = [`  ${paint("dim", where)} ${paint("bold", h.code)}  ${h.message}`];
  if (h.quote && !h.message.includes(h.quote)) out.push(`             ${paint("dim", `“${h.quote}”`)}`);
  if (h.suggestion) out.push(`             ${paint("dim", "→")} ${h.suggestion}`);
  return out;
}

function formatErrorRow(row: FileErrorRow, paint: Paint): string {
  return `${paint("red", "✖")} ${paint("bold", row.file)}: ${paint("red", row.error.code)}: ${row.error.message}\n`;
}

/** File, role, score bar and components. */
function scoreSection(r: ResumeReport, options: TextFormatOptions, paint: Paint): string[] {
  const level = r.role.level ? ` (${r.role.level})` : "";
  const chosen = r.role.chosen === "best-fit" ? paint("dim", " — best fit, no --role given") : "";
  const out = [
    `${paint("bold", rowFile(r))}  ${paint("dim", `${r.format}, ${r.pageCount} page${r.pageCount === 1 ? "" : "s"}, ${r.wordCount} words`)}`,
    `Role: ${r.role.title}${level}${chosen}`,
    `Score: ${paint(scoreStyle(r.score.total), scoreBar(r.score.total))}`,
  ];
  for (const c of r.score.components) {
    const pts = c.id === "avoid" ? `${formatPoints(c.points)} (cap -${formatPoints(c.max)})` : `${formatPoints(c.points)} / ${formatPoints(c.max)}`;
    out.push(`  ${c.label.padEnd(28)} ${pts}`);
    if (options.verbose) {
      out.push(`    ${paint("dim", c.detail)}`);
      for (const it of c.items) out.push(`    ${paint("dim", `${formatPoints(it.points).padStart(6)}  ${it.label}`)}`);
    }
  }
  const checks = evaluateChecks(r, options);
  if (checks.length > 0) {
    out.push("", paint("bold", "Checks"));
    for (const c of checks) out.push(`  ${c.passed ? paint("green", "✔") : paint("red", "✖")} ${c.name}: ${c.message}`);
  }
  return out;
}

/** The keywords behind the score: must-have, strong, avoid phrases. */
function keywordSection(r: ResumeReport, paint: Paint): string[] {
  const out: string[] = [];
  const mh = r.keywords.mustHave;
  out.push("", paint("bold", `Must-have keywords: ${mh.found.length}/${mh.found.length + mh.missing.length}`));
  for (const k of mh.missing) out.push(`  ${paint("red", "✖ MISSING")} ${k.label} ${paint("dim", `(${keywordRequirement(k)})`)}`);
  for (const k of mh.found) {
    const via = k.matchedSkills.length > 0 && k.skills.length > 1 ? ` via ${k.matchedSkills.join(", ")}` : "";
    const status = k.status === "found" ? (k.evidence ?? "found") : `${k.status}, ${k.evidence ?? "listed"}`;
    out.push(`  ${paint("green", "✔")} ${k.label}${via} — ${status}${lineRef(keywordLine(r, k))}`);
  }
  const st = r.keywords.strong;
  out.push("", paint("bold", `Strong keywords: ${st.found.length}/${st.found.length + st.missing.length}`));
  if (st.found.length > 0) out.push(`  found:   ${st.found.map((k) => (k.status === "found" ? k.label : `${k.label} (${k.status})`)).join(", ")}`);
  if (st.missing.length > 0) out.push(`  missing: ${st.missing.map((k) => k.label).join(", ")}`);

  const vocabulary = vocabularySummary(r);
  const unknown = unrecognizedSummary(r);
  if (vocabulary || unknown) out.push("", paint("bold", "Other technologies"));
  if (vocabulary) out.push(`  found (vocabulary, not scored): ${vocabulary}`);
  if (unknown) out.push(`  ${paint("yellow", "not recognized")} (in skills lists): ${unknown}`);

  const av = r.keywords.avoid.found;
  if (av.length > 0) {
    out.push("", paint("bold", "Avoid phrases"));
    for (const a of av) {
      const tag = a.excused ? paint("dim", " (excused: backed by a metric)") : "";
      out.push(`  ${paint("yellow", `"${a.matched}"`)}, line ${a.line}${tag} ${paint("dim", "→")} ${a.suggestion}`);
    }
  }
  return out;
}

const GROUPS: ReadonlyArray<[ReportHint["severity"], string, Style]> = [
  ["error", "Errors", "red"],
  ["warning", "Warnings", "yellow"],
  ["info", "Info", "cyan"],
];

/** Every hint, grouped by severity, and the reading warnings. */
function hintSection(r: ResumeReport, paint: Paint): string[] {
  const out: string[] = [];
  for (const [sev, title, style] of GROUPS) {
    const hs = r.hints.filter((h) => h.severity === sev);
    if (hs.length === 0) continue;
    out.push("", paint(style, paint("bold", `${title} (${hs.length})`)));
    for (const h of hs) out.push(...formatHint(h, paint));
  }
  if (r.warnings.length > 0) {
    out.push("", paint("bold", "Reading warnings"));
    for (const w of r.warnings) out.push(`  ${w.code}${lineRef(w.line)}: ${w.message}`);
  }
  return out;
}

/** With --verbose: ignored candidates, sections and role fit. */
function verboseSection(r: ResumeReport, paint: Paint): string[] {
  const out: string[] = [];
  if (r.ignored.length > 0) {
    out.push("", paint("bold", "Ignored matches"));
    for (const i of r.ignored) out.push(`  ${i.reason}`);
  }
  out.push("", paint("bold", "Sections"));
  for (const s of r.sections) out.push(`  ${s.kind.padEnd(15)} lines ${s.startLine}-${s.endLine}${s.heading ? `  "${s.heading}"` : ""}`);
  if (r.roleRanking.length > 0) {
    out.push("", paint("bold", "Role fit"));
    for (const rr of r.roleRanking) out.push(`  ${formatPoints(rr.score).padStart(5)}  ${rr.title} (${rr.mustHaveFound}/${rr.mustHaveTotal} must-haves)`);
  }
  return out;
}

function formatOne(r: ResumeReport, options: TextFormatOptions, paint: Paint): string {
  const out = [...scoreSection(r, options, paint), ...keywordSection(r, paint), ...hintSection(r, paint), ...(options.verbose ? verboseSection(r, paint) : [])];
  return out.join("\n") + "\n";
}

/**
 * Formats one report or a batch as readable text for a terminal.
 * Several rows are separated by a blank line and followed by a one-line summary.
 */
export function formatText(input: FormatInput, options: TextFormatOptions = {}): string {
  const paint = painter(options.color === true);
  const rows = toRows(input).filter((row) => !(options.skipErrorRows && isErrorRow(row)));
  const parts = rows.map((row) => (isErrorRow(row) ? formatErrorRow(row, paint) : formatOne(row, options, paint)));
  if (rows.length > 1) {
    const errors = rows.filter(isErrorRow).length;
    const reports = rows.filter((r): r is ResumeReport => !isErrorRow(r));
    const failed = reports.filter((r) => !evaluateChecks(r, options).every((c) => c.passed)).length;
    const checked = options.minScore !== undefined || (options.failOn ?? []).length > 0;
    const summary = [`${rows.length} files`, `${reports.length} analyzed`];
    if (checked) summary.push(`${failed} failed checks`);
    if (errors > 0) summary.push(`${errors} unreadable`);
    parts.push(paint("bold", summary.join(", ")) + "\n");
  }
  return parts.join("\n");
}
