/**
 * Markdown output for pull-request comments and `$GITHUB_STEP_SUMMARY`.
 */
import type { ResumeReport } from "./types.js";
import {
  evaluateChecks,
  formatPoints,
  isErrorRow,
  keywordLine,
  keywordRequirement,
  rowFile,
  toRows,
  type CheckOptions,
  type FormatInput,
  unrecognizedSummary,
  vocabularySummary,
} from "./format-common.js";

/** Escapes text for a Markdown table cell or inline text: pipes, backticks, angle brackets, newlines. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/`/g, "\\`")
    .replace(/\*/g, "\\*")
    .replace(/_/g, "\\_")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r?\n|\r/g, " ");
}

const SEVERITY_ICON: Record<string, string> = { error: "🔴 error", warning: "🟡 warning", info: "🔵 info" };

function formatOne(r: ResumeReport, options: CheckOptions): string {
  const out: string[] = [];
  const level = r.role.level ? ` (${r.role.level})` : "";
  out.push(`## resume-ats: ${escapeMarkdown(rowFile(r))}`, "");
  out.push(`**${formatPoints(r.score.total)}/100** for **${escapeMarkdown(r.role.title)}${level}**`, "");
  out.push("| Component | Points | Max | How |", "|---|---:|---:|---|");
  for (const c of r.score.components) {
    out.push(`| ${escapeMarkdown(c.label)} | ${formatPoints(c.points)} | ${c.id === "avoid" ? "-" : ""}${formatPoints(c.max)} | ${escapeMarkdown(c.detail)} |`);
  }
  out.push(`| **Total** | **${formatPoints(r.score.total)}** | 100 | |`, "");

  const checks = evaluateChecks(r, options);
  if (checks.length > 0) {
    out.push("### Checks", "");
    for (const c of checks) out.push(`- ${c.passed ? "✅" : "❌"} ${escapeMarkdown(c.name)}: ${escapeMarkdown(c.message)}`);
    out.push("");
  }

  const mh = r.keywords.mustHave;
  out.push(`### Must-have keywords (${mh.found.length}/${mh.found.length + mh.missing.length})`, "");
  if (mh.missing.length === 0) out.push("Every must-have keyword is present.");
  for (const k of mh.missing) out.push(`- ❌ **${escapeMarkdown(k.label)}** missing (${escapeMarkdown(keywordRequirement(k))})`);
  for (const k of mh.found) {
    const line = keywordLine(r, k);
    out.push(`- ✅ ${escapeMarkdown(k.label)}: ${k.status === "found" ? (k.evidence ?? "found") : k.status}${line === null ? "" : `, line ${line}`}`);
  }
  out.push("");

  const st = r.keywords.strong;
  if (st.missing.length > 0) out.push(`**Strong keywords missing:** ${st.missing.map((k) => escapeMarkdown(k.label)).join(", ")}`, "");

  const vocabulary = vocabularySummary(r);
  if (vocabulary) out.push(`**Other technologies** (vocabulary, not scored): ${escapeMarkdown(vocabulary)}`, "");
  const unknown = unrecognizedSummary(r);
  if (unknown) out.push(`**Not recognized** (in skills lists): ${escapeMarkdown(unknown)}`, "");

  const av = r.keywords.avoid.found.filter((a) => !a.excused);
  if (av.length > 0) {
    out.push("### Avoid phrases", "", "| Line | Phrase | Instead |", "|---:|---|---|");
    for (const a of av) out.push(`| ${a.line} | ${escapeMarkdown(a.matched)} | ${escapeMarkdown(a.suggestion)} |`);
    out.push("");
  }

  if (r.hints.length > 0) {
    out.push("### Hints", "", "| Line | Severity | Rule | Message |", "|---:|---|---|---|");
    for (const h of r.hints) {
      const msg = h.suggestion ? `${h.message} → ${h.suggestion}` : h.message;
      const code = h.url ? `[\`${h.code}\`](${h.url})` : `\`${h.code}\``;
      out.push(`| ${h.line ?? ""} | ${SEVERITY_ICON[h.severity] ?? h.severity} | ${code} | ${escapeMarkdown(msg)} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

/**
 * Formats one report or a batch as GitHub-flavored Markdown. A batch starts
 * with a summary table of every file.
 */
export function formatMarkdown(input: FormatInput, options: CheckOptions = {}): string {
  const rows = toRows(input);
  const parts: string[] = [];
  if (rows.length > 1) {
    const t = ["# resume-ats", "", "| File | Role | Score | Must-haves | Result |", "|---|---|---:|---:|---|"];
    for (const row of rows) {
      if (isErrorRow(row)) {
        t.push(`| ${escapeMarkdown(row.file)} | | | | ⚠️ ${row.error.code}: ${escapeMarkdown(row.error.message)} |`);
        continue;
      }
      const mh = row.keywords.mustHave;
      const ok = evaluateChecks(row, options).every((c) => c.passed);
      t.push(`| ${escapeMarkdown(rowFile(row))} | ${escapeMarkdown(row.role.title)} | ${formatPoints(row.score.total)} | ${mh.found.length}/${mh.found.length + mh.missing.length} | ${ok ? "✅ pass" : "❌ fail"} |`);
    }
    parts.push(t.join("\n") + "\n");
  }
  for (const row of rows) {
    if (isErrorRow(row)) parts.push(`## resume-ats: ${escapeMarkdown(row.file)}\n\n⚠️ **${row.error.code}**: ${escapeMarkdown(row.error.message)}\n`);
    else parts.push(formatOne(row, options));
  }
  return parts.join("\n");
}
