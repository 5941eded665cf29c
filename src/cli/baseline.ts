/**
 * Baselines: a committed map file → { score, must-haves found, error hints },
 * so CI fails only when a resume gets worse.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ResumeReport } from "../report/types.js";
import { UsageError } from "./usage-error.js";
import { compareStrings } from "../util/compare.js";

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
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.code, b.code)),
  };
}

/** The baseline file's shape, checked with zod (loaded only when a baseline is read). */
async function baselineSchema() {
  const { z } = await import("zod");
  const entry = z.object({
    score: z.number().finite(),
    mustHaveFound: z.array(z.string()),
    errorHints: z.array(z.object({ code: z.string(), line: z.number().int().nullable().optional() })),
  });
  return z.record(z.string(), entry);
}

/** `entry "cv.pdf" → errorHints[0]`: where a zod issue is, in words. */
function issuePlace(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return "the file";
  const [key, ...rest] = path;
  const inner = rest.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./u, "");
  return `entry ${JSON.stringify(String(key))}${inner ? ` → ${inner}` : ""}`;
}

/**
 * Reads a baseline file; a missing file is an empty baseline. Anything else
 * that is not a baseline (not JSON, wrong shapes, nulls, hostile nesting) is a
 * `UsageError` naming the file and the first wrong place: one line, exit 2.
 */
export async function readBaseline(file: string): Promise<Baseline> {
  if (!existsSync(file)) return Object.create(null) as Baseline;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`${file}: cannot read baseline: ${(e as Error).message.split("\n")[0]}`, "INVALID_BASELINE");
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new UsageError(`${file}: a baseline is a JSON object of file → { score, mustHaveFound, errorHints }.`, "INVALID_BASELINE");
  const result = (await baselineSchema()).safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UsageError(`${file}: not a baseline: ${issuePlace(issue.path)}: ${issue.message.split("\n")[0]}. Rewrite it with --update-baseline.`, "INVALID_BASELINE");
  }
  // A null-prototype object: a "__proto__" key in the file stays a key.
  const out = Object.create(null) as Baseline;
  for (const [k, e] of Object.entries(result.data)) {
    out[k] = { score: e.score, mustHaveFound: [...e.mustHaveFound], errorHints: e.errorHints.map((h) => ({ code: h.code, line: h.line ?? null })) };
  }
  return out;
}

/** Serializes a baseline with sorted keys (stable diffs). */
export function serializeBaseline(b: Baseline): string {
  const sorted = Object.create(null) as Baseline;
  for (const k of Object.keys(b).sort()) sorted[k] = b[k];
  return JSON.stringify(sorted, null, 2) + "\n";
}

/** Writes the baseline: entries of these reports replace theirs; other files' entries stay. */
export async function updateBaseline(file: string, reports: Array<{ key: string; report: ResumeReport }>): Promise<Baseline> {
  const b = await readBaseline(file);
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
  return reports.flatMap(({ key, report }) => (Object.hasOwn(baseline, key) ? compareEntry(key, baseline[key], baselineEntry(report)) : []));
}
