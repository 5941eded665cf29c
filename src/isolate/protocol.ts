import type { ErrorCode } from "../errors.js";
import type { ExtractedDocument, ExtractOptions, TextFormat } from "../types.js";

/** Options that can cross a thread boundary (no AbortSignal). */
export type WorkerExtractOptions = Omit<ExtractOptions, "signal">;

/** Parent → worker: extract one input. */
export interface ExtractRequest {
  id: number;
  kind?: "extract";
  input: string | Uint8Array | { text: string; format?: TextFormat };
  options: WorkerExtractOptions;
}

/**
 * Parent → worker, tests only: block the worker's thread in synchronous work
 * for `ms` milliseconds, then answer with an error. Honoured only when the
 * worker was started with `RESUME_ATS_TEST_HOOKS=1` in its environment.
 */
export interface SpinRequest {
  id: number;
  kind: "spin";
  ms: number;
  /** After answering, keep allocating until the heap cap kills the worker (work left running after an answer). */
  thenExhaustMemory?: boolean;
  /** Instead of spinning: fill buffers outside the heap (as pdf.js's typed arrays), 8 MB every 5 ms up to this many MB, then answer. */
  hogMb?: number;
}

/** Every message the parent sends to a worker. */
export type WorkerRequest = ExtractRequest | SpinRequest;

/** A worker's own memory after an answer, in MB: its heap and the buffers outside it (pdf.js's typed arrays). */
export interface WorkerMemory {
  heapTotal: number;
  external: number;
}

/** Worker → parent: the answer to one request, with the worker's memory after it (the pool recycles a worker that grew). */
export type ExtractResponse = (
  | { id: number; ok: true; doc: ExtractedDocument }
  | { id: number; ok: false; error: { code: ErrorCode | null; name: string; message: string; details?: Record<string, unknown> } }
) & { memory?: WorkerMemory };

/** Worker → parent, once, when the worker's modules are loaded (and warmed) and it listens. */
export interface ReadyMessage {
  ready: true;
}

/** `workerData` of an extraction worker. */
export interface WorkerStartData {
  /** Load and run the parsers once on a tiny document before answering `ready`, so the first file's clock counts only its own work. */
  warm: boolean;
}
