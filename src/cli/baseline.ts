/**
 * Baselines: a committed map file → { score, must-haves found, error hints },
 * so CI fails only when a resume gets worse.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ResumeReport } from "../report/types.js";
import { UsageError } from "./usage-error.js";

/** What the baseline remembers of one file. */
export interface BaselineEntry {
  score: number;
  /** Ids of the must-have entries met, sorted. */
  mustHaveFound: string[];
  /** Error hints, sorted by line then code. */
  errorHints: Array<{ code: string; line: number | null }>;
}

/** The baseline file: file path (as given on the command line) → entry, keys sorted. */
export type Baseline = Record<string, BaselineEntry>;

/** One way a file got worse. */
export interface Regression {
  file: string;
  kind: "score" | "must-have" | "error-hint";
  message: string;
}

/** The baseline entry of a report. */
export function baselineEntry(r: ResumeReport): BaselineEntry {
  return {
    score: r.score.total,
    mustHaveFound: r.keywords.mustHave.found.map((k) => k.id).sort(),
    errorHints: r.hints
      .filter((h) => h.severity === "error")
      .map((h) => ({ code: h.code, line: h.line ?? null }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}

/** Reads a baseline file; a missing file is an empty baseline. */
export function readBaseline(file: string): Baseline {
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`${file}: cannot read baseline: ${(e as Error).message}`);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new UsageError(`${file}: a baseline is a JSON object of file → { score, mustHaveFound, errorHints }.`);
  const out: Baseline = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    const e = v as Partial<BaselineEntry> | null;
    if (!e || typeof e.score !== "number" || !Array.isArray(e.mustHaveFound) || !Array.isArray(e.errorHints)) {
      throw new UsageError(`${file}: entry "${k}" needs score, mustHaveFound and errorHints.`);
    }
    out[k] = { score: e.score, mustHaveFound: e.mustHaveFound.map(String), errorHints: e.errorHints.map((h) => ({ code: String(h.code), line: typeof h.line === "number" ? h.line : null })) };
  }
  return out;
}

/** Serializes a baseline with sorted keys (stable diffs). */
export function serializeBaseline(b: Baseline): string {
  const sorted: Baseline = {};
  for (const k of Object.keys(b).sort()) sorted[k] = b[k];
  return JSON.stringify(sorted, null, 2) + "\n";
}

/** Writes the baseline: entries of these reports replace theirs; other files' entries stay. */
export function updateBaseline(file: string, reports: Array<{ key: string; report: ResumeReport }>): Baseline {
  const b = readBaseline(file);
  for (const { key, report } of reports) b[key] = baselineEntry(report);
  writeFileSync(file, serializeBaseline(b));
  return b;
}

/**
 * Regressions of one file against its baseline entry: a lower score, a
 * must-have no longer met, or more error hints of a code than before
 * (compared by count, so lines moved by an edit do not count).
 */
export function compareEntry(file: string, before: BaselineEntry, now: BaselineEntry): Regression[] {
  const out: Regression[] = [];
  if (now.score < before.score - 0.005) out.push({ file, kind: "score", message: `score dropped from ${before.score} to ${now.score}` });
  const nowFound = new Set(now.mustHaveFound);
  for (const id of before.mustHaveFound) if (!nowFound.has(id)) out.push({ file, kind: "must-have", message: `must-have "${id}" is no longer found` });
  const count = (hs: BaselineEntry["errorHints"]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const h of hs) m.set(h.code, (m.get(h.code) ?? 0) + 1);
    return m;
  };
  const was = count(before.errorHints);
  for (const [code, n] of [...count(now.errorHints)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const prev = was.get(code) ?? 0;
    if (n > prev) {
      const lines = now.errorHints.filter((h) => h.code === code && h.line !== null).map((h) => h.line);
      out.push({ file, kind: "error-hint", message: `new ${code} error hint${n - prev > 1 ? "s" : ""} (${prev} → ${n}${lines.length > 0 ? `, lines ${lines.join(", ")}` : ""})` });
    }
  }
  return out;
}

/** Regressions of every report that has a baseline entry; files without one are new and never regress. */
export function compareBaseline(baseline: Baseline, reports: Array<{ key: string; report: ResumeReport }>): Regression[] {
  return reports.flatMap(({ key, report }) => (baseline[key] ? compareEntry(key, baseline[key], baselineEntry(report)) : []));
}
