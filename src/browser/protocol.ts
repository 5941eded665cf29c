/**
 * Messages between a page and the analyzer's Web Worker (`worker.ts`). The
 * page reads the file into bytes, the worker extracts and analyzes it and
 * says when extraction is over, so the page's hard deadline covers reading
 * the file, as the Node worker pool's does.
 */
import type { ErrorCode } from "../errors.js";
import type { RoleSummary } from "../keywords/load.js";
import type { ResumeReport } from "../report/types.js";
import type { AnalyzeOptions } from "../analyze/options.js";
import type { TextFormat } from "../types.js";

/** What crosses to the worker as a resume or a job posting: bytes, or text. */
export type WorkerInput = Uint8Array | { text: string; format?: TextFormat };

/** Analysis options that can cross to the worker (no signal, no paths). */
export type WorkerAnalyzeOptions = Omit<AnalyzeOptions, "signal" | "isolate" | "maxMemoryMb" | "jobDescription" | "keywords"> & {
  jobDescription?: WorkerInput;
  keywords?: Record<string, unknown>;
};

/** Page → worker: analyze one input. */
export interface AnalyzeRequest {
  type: "analyze";
  id: number;
  input: WorkerInput;
  options: WorkerAnalyzeOptions;
}

/** An error as it crosses back: a `ResumeAtsError`'s code, or null for anything else. */
export interface WorkerError {
  code: ErrorCode | null;
  name: string;
  message: string;
  details?: Record<string, unknown>;
}

/** Worker → page. */
export type WorkerMessage =
  /** Once, when the worker has loaded and warmed its parsers: the catalog's roles come with it. */
  | { type: "ready"; roles: RoleSummary[]; catalogVersion: string }
  /** The file is read: the deadline stops here (matching and scoring are bounded by `maxTextChars`). */
  | { type: "extracted"; id: number }
  | { type: "done"; id: number; report: ResumeReport }
  | { type: "failed"; id: number; error: WorkerError };
