import type { ReportHint } from "../report/types.js";

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function cmp(a: string | undefined, b: string | undefined): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Stable, deterministic order for hints: errors first, then by line (hints
 * without a line first within a severity), then code, skill and message.
 * Exact duplicates are dropped.
 */
export function sortHints(hints: ReportHint[]): ReportHint[] {
  const seen = new Set<string>();
  const unique: ReportHint[] = [];
  for (const h of hints) {
    const key = JSON.stringify([h.code, h.line ?? null, h.skillId ?? null, h.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(h);
  }
  return unique.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.line ?? 0) - (b.line ?? 0) ||
      cmp(a.code, b.code) ||
      cmp(a.skillId, b.skillId) ||
      cmp(a.message, b.message),
  );
}
