/**
 * The hint order, one for every list of hints (the report's, a job match's,
 * a bullet's codes): errors first, then by line (hints without a line first
 * within a severity), then by rule (registry order, which is code order),
 * skill, message and column. Exact duplicates are dropped.
 */
import type { HintSeverity, ReportHint } from "../report/types.js";
import { compareStrings } from "../util/compare.js";
import { ruleRank } from "./rules/index.js";

/** Rank of each severity, most severe first. */
export const SEVERITY_RANK: Readonly<Record<HintSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** The hint order (see the module comment). */
export function compareHints(a: ReportHint, b: ReportHint): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.line ?? 0) - (b.line ?? 0) ||
    ruleRank(a.code) - ruleRank(b.code) ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.skillId, b.skillId) ||
    compareStrings(a.message, b.message) ||
    (a.place?.start.column ?? 0) - (b.place?.start.column ?? 0)
  );
}

/** The hints in the hint order, exact duplicates (same code, line, skill and message) dropped. */
export function orderHints(hints: readonly ReportHint[]): ReportHint[] {
  const seen = new Set<string>();
  const unique: ReportHint[] = [];
  for (const h of hints) {
    const key = JSON.stringify([h.code, h.line ?? null, h.skillId ?? null, h.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(h);
  }
  return unique.sort(compareHints);
}
