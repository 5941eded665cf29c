/**
 * Isolated extraction: PDF and DOCX parsing in a worker thread of the
 * process's one shared pool (see pool.ts), with a heap cap, a hard deadline
 * that terminates the thread, and a process RSS budget, so a pdf.js loop or a
 * decompression blow-up cannot hang or exhaust the host. Workers are reused
 * between calls and never keep the process alive.
 */
import { DEFAULT_LIMITS } from "../extract/limits.js";
import type { ExtractedDocument, ExtractOptions, ResumeInput } from "../types.js";
import { runInPool, terminateAll } from "./pool.js";
import type { ExtractRequest, WorkerExtractOptions } from "./protocol.js";

export { configureWorkerPool, workerPoolConfig, type WorkerPoolConfig } from "./pool.js";

/** Options of `extractIsolated`. */
export interface IsolateOptions extends ExtractOptions {
  /** Old-generation heap cap of the worker, in MB. Default 384. */
  maxMemoryMb?: number;
}

/** Default heap cap of an extraction worker. */
export const DEFAULT_WORKER_MEMORY_MB = 384;

let nextId = 1;

/** The options `extractResume` reads that can cross a thread boundary. */
const WORKER_OPTION_KEYS = [
  "maxBytes",
  "maxPages",
  "timeoutMs",
  "maxUncompressedBytes",
  "maxCompressionRatio",
  "maxZipEntries",
  "maxTextChars",
  "fileName",
  "fontStyles",
] as const satisfies ReadonlyArray<keyof WorkerExtractOptions>;

/**
 * Only the extraction options go to the worker. Callers pass their whole
 * options object (`analyzeResume` passes `AnalyzeOptions`, whose `keywords`
 * may be a `Catalog` or hold functions): cloning it would be slow, and a
 * value that cannot be cloned would throw a bare `DataCloneError`.
 */
function workerOptions(options: ExtractOptions): WorkerExtractOptions {
  const out: Record<string, unknown> = {};
  for (const k of WORKER_OPTION_KEYS) {
    const v = options[k];
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") out[k] = v;
  }
  return out as WorkerExtractOptions;
}

/** The input as sent to the worker: bytes as a `Uint8Array`, `{ text }` reduced to its two fields. */
function workerInput(input: ResumeInput): ExtractRequest["input"] {
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (typeof input === "string" || input instanceof Uint8Array) return input;
  if (typeof input === "object" && input !== null) {
    const { text, format } = input;
    return format === undefined ? { text } : { text, format };
  }
  return input;
}

/** A fresh request id (shared by every request kind so answers never mix). */
export function nextRequestId(): number {
  return nextId++;
}

/**
 * Extract in a worker thread of the shared pool. Same result and errors as
 * `extractResume`, plus `RESOURCE_LIMIT` when the worker runs out of its heap
 * cap or the process passes the pool's RSS budget, and `TIMEOUT` when it does
 * not answer within `timeoutMs` of taking the file (the thread is
 * terminated). A call waits in the pool's queue while every worker is busy;
 * that wait does not count against `timeoutMs` (`signal` can end it).
 */
export function extractIsolated(input: ResumeInput, options: IsolateOptions = {}): Promise<ExtractedDocument> {
  const { signal, maxMemoryMb } = options;
  const rest = workerOptions(options);
  const memoryMb = typeof maxMemoryMb === "number" && Number.isFinite(maxMemoryMb) && maxMemoryMb > 0 ? Math.floor(maxMemoryMb) : DEFAULT_WORKER_MEMORY_MB;
  const timeoutMs =
    typeof rest.timeoutMs === "number" && Number.isFinite(rest.timeoutMs) && rest.timeoutMs > 0 ? rest.timeoutMs : DEFAULT_LIMITS.timeoutMs;
  const payload = workerInput(input);
  const request: ExtractRequest = { id: nextRequestId(), kind: "extract", input: payload, options: rest };
  return runInPool(request, { memoryMb, timeoutMs, ...(signal ? { signal } : {}) });
}

/** Terminate every idle and busy extraction worker; queued calls reject with `ABORTED` (for tests and graceful shutdown). */
export async function closeIsolatedWorkers(): Promise<void> {
  await terminateAll();
}
