/**
 * `resume-ats check`: analyze files (in-process for one, on a worker pool for
 * several), format, apply the CI gate and the baseline, and pick the exit code.
 */
import { availableParallelism } from "node:os";
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { ResumeReport } from "../../report/types.js";
import { evaluateChecks, isErrorRow, type CheckOptions, type ReportRow } from "../../report/format-common.js";
import { failOnProblems } from "../../report/fail-on.js";
import { formatReport } from "../../report/formatters.js";
import { DEFAULT_LIMITS } from "../../extract/limits.js";
import type { CheckFlags } from "../args.js";
import { loadApi, type AnalyzeOptions } from "../api.js";
import { compareBaseline, readBaseline, updateBaseline, type Regression } from "../baseline.js";
import { expandPatterns } from "../glob.js";
import { runPool, type TaskOutcome } from "../pool.js";
import { UsageError } from "../usage-error.js";
import { WORKER_MARKER, errorInfo, type AnalyzeTask } from "../worker.js";
import { packageVersion } from "../package-info.js";

/** Default per-file time budget (ms): the library's own. */
export const DEFAULT_TIMEOUT_MS = DEFAULT_LIMITS.timeoutMs;
/** Extra time the pool waits past the analyzer's own timeout before it stops a worker. */
const HARD_TIMEOUT_GRACE_MS = 2_000;

/** Where the command writes. */
export interface CheckIo {
  cwd: string;
  stdout: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  stderr: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Checks `--fail-on` values: a check name or a hint code of the registry; else a usage error with the closest name. */
export function validateFailOn(rules: string[] | undefined): void {
  const problems = failOnProblems(rules ?? []);
  if (problems.length > 0) throw new UsageError(`--fail-on: ${problems[0]}`);
}

/** Whether text output gets colors: never with NO_COLOR or --no-color; else --color or a TTY. */
export function useColor(flags: CheckFlags, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (flags.color === false) return false;
  if (flags.color === true) return true;
  return Boolean(isTTY) && flags.output === undefined && env.TERM !== "dumb";
}

/** The baseline key of a file: its path relative to cwd, with forward slashes. */
export function baselineKey(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/");
}

async function analyzeInProcess(file: string, options: AnalyzeOptions, hardMs: number): Promise<TaskOutcome<ResumeReport>> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    const api = await loadApi();
    const timeout = new Promise<TaskOutcome<ResumeReport>>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ ok: false, error: { code: "TIMEOUT", message: `The analysis took longer than ${hardMs} ms and was stopped.` } });
      }, hardMs);
    });
    const work = api.analyzeResume(file, { ...options, signal: controller.signal }).then(
      (value): TaskOutcome<ResumeReport> => ({ ok: true, value }),
      (e: unknown): TaskOutcome<ResumeReport> => ({ ok: false, error: errorInfo(e) }),
    );
    return await Promise.race([work, timeout]);
  } catch (e) {
    return { ok: false, error: errorInfo(e) };
  } finally {
    clearTimeout(timer);
  }
}

function progress(stderr: CheckIo["stderr"]): (done: number, total: number) => void {
  return (done, total) => {
    const width = 24;
    const full = Math.round((done / total) * width);
    stderr.write(`\r[${"#".repeat(full)}${" ".repeat(width - full)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

/** Runs the analysis of every file; rows are in input order. */
export async function analyzeFiles(files: string[], options: AnalyzeOptions, flags: CheckFlags, io: CheckIo): Promise<ReportRow[]> {
  const timeout = flags.timeout ?? DEFAULT_TIMEOUT_MS;
  const hardMs = timeout + HARD_TIMEOUT_GRACE_MS;
  const opts = (file: string): AnalyzeOptions => ({ ...options, file, timeoutMs: timeout });
  const onSettled = io.stderr.isTTY && files.length > 5 ? progress(io.stderr) : undefined;
  let outcomes: Array<TaskOutcome<ResumeReport>>;
  const fromSource = import.meta.url.endsWith(".ts");
  if (files.length === 1 || fromSource) {
    outcomes = [];
    for (const f of files) {
      // From sources (tsx) the library's worker script is a .ts file a worker cannot load: read in this thread.
      outcomes.push(await analyzeInProcess(path.resolve(io.cwd, f), fromSource ? { ...opts(f), isolate: false } : opts(f), hardMs));
      onSettled?.(outcomes.length, files.length);
    }
  } else {
    // Pool workers are isolated already (heap cap, hard timeout): no second thread per file.
    const tasks: AnalyzeTask[] = files.map((f) => ({ file: path.resolve(io.cwd, f), options: { ...opts(f), isolate: false } }));
    outcomes = await runPool<AnalyzeTask, ResumeReport>(tasks, {
      workerUrl: new URL(import.meta.url),
      workerData: { marker: WORKER_MARKER },
      concurrency: flags.concurrency ?? availableParallelism(),
      timeoutMs: hardMs,
      maxHeapMb: 512,
      onSettled,
    });
  }
  return outcomes.map((o, i) => (o.ok ? o.value : { file: files[i], error: o.error }));
}

/** Runs `check`; returns the exit code. */
export async function runCheck(patterns: string[], flags: CheckFlags, io: CheckIo): Promise<number> {
  validateFailOn(flags.failOn);
  if (patterns.length === 0) throw new UsageError("no resume given. Try: resume-ats resume.pdf --role backend-developer (or set \"files\" in resume-ats.config.json).");
  const { files, unmatched } = await expandPatterns(patterns, io.cwd);
  if (unmatched.length > 0) throw new UsageError(`no file matches ${unmatched.map((u) => `"${u}"`).join(", ")}.`);
  const options: AnalyzeOptions = {};
  if (flags.role !== undefined) options.role = flags.role;
  if (flags.level !== undefined) options.level = flags.level;
  if (flags.keywords !== undefined) options.keywords = path.resolve(io.cwd, flags.keywords);
  if (flags.jd !== undefined) options.jobDescription = path.resolve(io.cwd, flags.jd);
  if (flags.rules !== undefined) options.rules = flags.rules;

  const rows = await analyzeFiles(files, options, flags, io);
  const fmt = flags.format ?? "text";
  const color = useColor(flags, io.env, io.stdout.isTTY);
  for (const r of rows) if (isErrorRow(r)) io.stderr.write(`resume-ats: ${r.file}: ${r.error.code}: ${r.error.message}\n`);

  // Unreadable files are reported on stderr above: the text format leaves them out.
  const text = await formatReport(fmt, rows.length === 1 ? rows[0]! : rows, {
    minScore: flags.minScore,
    failOn: flags.failOn,
    color,
    verbose: flags.verbose,
    toolVersion: packageVersion(),
    skipErrorRows: true,
  });
  if (flags.output !== undefined) writeFileSync(path.resolve(io.cwd, flags.output), text);
  else if (text !== "") io.stdout.write(text);

  const reports = rows.flatMap((r, i) => (isErrorRow(r) ? [] : [{ key: baselineKey(io.cwd, files[i]), report: r }]));
  const checks: CheckOptions = { minScore: flags.minScore, failOn: flags.failOn };
  let failed = reports.some(({ report }) => !evaluateChecks(report, checks).every((c) => c.passed));

  if (flags.baseline !== undefined) {
    const file = path.resolve(io.cwd, flags.baseline);
    if (flags.updateBaseline) {
      updateBaseline(file, reports);
      io.stderr.write(`resume-ats: baseline ${flags.baseline} updated (${reports.length} file${reports.length === 1 ? "" : "s"}).\n`);
    } else {
      const regressions: Regression[] = compareBaseline(readBaseline(file), reports);
      for (const r of regressions) io.stderr.write(`resume-ats: ${r.file}: regression: ${r.message}\n`);
      if (regressions.length > 0) failed = true;
      else io.stderr.write(`resume-ats: no regression against ${flags.baseline}.\n`);
    }
  }
  if (rows.some(isErrorRow)) return 2;
  return failed ? 1 : 0;
}
