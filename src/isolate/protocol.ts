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
}

/** Every message the parent sends to a worker. */
export type WorkerRequest = ExtractRequest | SpinRequest;

/** Worker → parent: the answer to one request. */
export type ExtractResponse =
  | { id: number; ok: true; doc: ExtractedDocument }
  | { id: number; ok: false; error: { code: ErrorCode | null; name: string; message: string; details?: Record<string, unknown> } };

/** Worker → parent, once, when the worker's modules are loaded and it listens. */
export interface ReadyMessage {
  ready: true;
}
