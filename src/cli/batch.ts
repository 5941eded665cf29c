/**
 * Runs the files of a `check` through the library's `analyzeResume`, whose
 * reading happens on the process's one shared worker pool (so the CLI and
 * library calls share its bound, its warm workers and its limits). Results
 * are handed over in input order as soon as each and every earlier one is
 * done, so they can be written while the batch runs. Never rejects for a bad
 * file: it becomes an error row.
 */
import path from "node:path";
import type { ReportRow } from "../report/format-common.js";
import type { ResumeInput } from "../types.js";
import type { AnalyzeOptions, CliApi } from "./api.js";
import { InOrder } from "./output-stream.js";

/** The error of a failed file, with a stable code. */
export interface TaskError {
  code: string;
  message: string;
}

/** The `{ code, message }` of any thrown value (library errors keep their code). */
export function errorInfo(e: unknown): TaskError {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string" && typeof (e as { message?: unknown }).message === "string") {
    const code = (e as { code: string }).code;
    // Node's own fs errors (ENOENT...) are not ours: map the common ones.
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") return { code: "FILE_NOT_FOUND", message: (e as Error).message };
    return { code, message: (e as { message: string }).message };
  }
  return { code: "INTERNAL_ERROR", message: e instanceof Error ? e.message : String(e) };
}

/** How a batch runs. */
export interface BatchOptions {
  /** Folder the file names are relative to. */
  cwd: string;
  /** Analysis options given to every file (`file` and `timeoutMs` are set per file). */
  options: AnalyzeOptions;
  /** Per-file budget of reading, in ms. */
  timeoutMs: number;
  /** Files started but not yet handed over, at most (bounds memory when one file is slow). */
  maxAhead: number;
  /** Ends the batch early: files not started are skipped, running ones are stopped. */
  signal?: AbortSignal;
  /** Called with each row, in input order, as soon as it and every earlier one are done. A throw stops the batch and is rethrown. */
  onRow?: (row: ReportRow, index: number) => void;
  /** Inputs not read from their path, by position in `files` (standard input); called once, when that file's turn comes. */
  inputs?: ReadonlyMap<number, () => Promise<ResumeInput>>;
  /** Called when a file starts (in input order), for progress. */
  onStart?: (index: number, file: string) => void;
  /** Called after each file settles (any order), for progress. */
  onSettled?: (done: number, total: number, index: number) => void;
  /**
   * Keep every row for the caller (default true). False when `onRow` has
   * already written and judged each one: a batch of thousands of files then
   * holds no report after it is handed over, so memory stays flat.
   */
  keepRows?: boolean;
}

/**
 * Analyzes `files` (as given on the command line) and resolves with their
 * rows in input order (none with `keepRows: false`). Rejects only when
 * `onRow` throws (the output failed).
 */
export function runBatch(api: CliApi, files: readonly string[], batch: BatchOptions): Promise<ReportRow[]> {
  const keep = batch.keepRows !== false;
  const rows = keep ? new Array<ReportRow>(files.length) : [];
  let failure: { error: unknown } | null = null;
  const order = new InOrder<ReportRow>((row, i) => {
    if (keep) rows[i] = row;
    batch.onRow?.(row, i);
  });
  let started = 0;
  let settled = 0;
  return new Promise<ReportRow[]>((resolve, reject) => {
    const finishIfDone = (): boolean => {
      if (settled < started) return false;
      if (failure) reject(failure.error);
      else if (settled === files.length || batch.signal?.aborted) resolve(rows);
      else return false;
      return true;
    };
    const launch = (): void => {
      while (!failure && !batch.signal?.aborted && started < files.length && started - order.emitted < batch.maxAhead) {
        const i = started++;
        const file = files[i];
        const options: AnalyzeOptions = { ...batch.options, file, timeoutMs: batch.timeoutMs, ...(batch.signal ? { signal: batch.signal } : {}) };
        batch.onStart?.(i, file);
        const given = batch.inputs?.get(i);
        (given ? given() : Promise.resolve<ResumeInput>(path.resolve(batch.cwd, file))).then((input) => api.analyzeResume(input, options)).then(
          (report): ReportRow => report,
          (e: unknown): ReportRow => ({ file, error: errorInfo(e) }),
        ).then((row) => {
          settled++;
          // Once stopped, rows of files cut short are not handed over: they would only say ABORTED.
          if (!failure && !batch.signal?.aborted) {
            try {
              order.put(i, row);
            } catch (e) {
              failure = { error: e };
            }
          }
          batch.onSettled?.(settled, files.length, i);
          if (!finishIfDone()) launch();
        });
      }
      finishIfDone();
    };
    launch();
  });
}
