import type { ErrorCode } from "../errors.js";
import type { ExtractedDocument, ExtractOptions } from "../types.js";

/** Options that can cross a thread boundary (no AbortSignal). */
export type WorkerExtractOptions = Omit<ExtractOptions, "signal">;

/** Parent → worker. */
export interface ExtractRequest {
  id: number;
  input: string | Uint8Array | { text: string; format?: "text" | "markdown" | "json-resume" };
  options: WorkerExtractOptions;
}

/** Worker → parent. */
export type ExtractResponse =
  | { id: number; ok: true; doc: ExtractedDocument }
  | { id: number; ok: false; error: { code: ErrorCode | null; name: string; message: string; details?: Record<string, unknown> } };
