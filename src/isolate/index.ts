/**
 * Isolated extraction: PDF and DOCX parsing in a worker thread with a memory
 * cap and a hard timeout that terminates the thread, so a pdf.js loop or a
 * decompression blow-up cannot hang or kill the host. Workers are reused
 * between calls and never keep the process alive.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { AbortedError, CorruptFileError, createError, ResourceLimitError, ResumeAtsError, TimeoutError } from "../errors.js";
import { DEFAULT_LIMITS } from "../extract/limits.js";
import type { ExtractedDocument, ExtractOptions, ResumeInput } from "../types.js";
import type { ExtractRequest, ExtractResponse } from "./protocol.js";

/** Options of `extractIsolated`. */
export interface IsolateOptions extends ExtractOptions {
  /** Old-generation heap cap of the worker, in MB. Default 384. */
  maxMemoryMb?: number;
}

/** Default heap cap of an extraction worker. */
export const DEFAULT_WORKER_MEMORY_MB = 384;

/** Extra time the parent allows past `timeoutMs` before it terminates the worker itself. */
const HARD_TIMEOUT_GRACE_MS = 1_000;
/** An idle worker is terminated after this long. */
const IDLE_MS = 5_000;

interface Slot {
  worker: Worker;
  memoryMb: number;
  busy: boolean;
  idleTimer: NodeJS.Timeout | null;
}

const pool: Slot[] = [];
let nextId = 1;

function workerScript(): { url: URL; execArgv: string[] } {
  const built = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return { url: built, execArgv: [] };
  // Running from source (tests): the TypeScript entry through tsx.
  return { url: new URL("./worker-entry.ts", import.meta.url), execArgv: ["--import", "tsx"] };
}

function spawn(memoryMb: number): Slot {
  const { url, execArgv } = workerScript();
  const worker = new Worker(url, {
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  worker.unref();
  const slot: Slot = { worker, memoryMb, busy: false, idleTimer: null };
  pool.push(slot);
  worker.once("exit", () => {
    const i = pool.indexOf(slot);
    if (i >= 0) pool.splice(i, 1);
  });
  return slot;
}

function acquire(memoryMb: number): Slot {
  const free = pool.find((s) => !s.busy && s.memoryMb === memoryMb);
  const slot = free ?? spawn(memoryMb);
  slot.busy = true;
  if (slot.idleTimer) {
    clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
  }
  return slot;
}

function release(slot: Slot): void {
  slot.busy = false;
  // Keep at most one idle worker per core.
  const idle = pool.filter((s) => !s.busy).length;
  if (idle > availableParallelism()) {
    void slot.worker.terminate();
    return;
  }
  slot.idleTimer = setTimeout(() => void slot.worker.terminate(), IDLE_MS);
  slot.idleTimer.unref();
}

function kill(slot: Slot): void {
  slot.busy = true; // never reused
  void slot.worker.terminate();
}

/**
 * Extract in a worker thread. Same result and errors as `extractResume`, plus
 * `RESOURCE_LIMIT` when the worker runs out of its memory cap and `TIMEOUT`
 * when it does not answer within `timeoutMs` (the thread is terminated).
 */
export function extractIsolated(input: ResumeInput, options: IsolateOptions = {}): Promise<ExtractedDocument> {
  const { signal, maxMemoryMb, ...rest } = options;
  if (signal?.aborted) return Promise.reject(new AbortedError());
  const memoryMb = maxMemoryMb && maxMemoryMb > 0 ? Math.floor(maxMemoryMb) : DEFAULT_WORKER_MEMORY_MB;
  const timeoutMs = rest.timeoutMs && rest.timeoutMs > 0 ? rest.timeoutMs : DEFAULT_LIMITS.timeoutMs;
  const payload: ExtractRequest["input"] =
    input instanceof ArrayBuffer ? new Uint8Array(input) : (input as ExtractRequest["input"]);
  const slot = acquire(memoryMb);
  const id = nextId++;

  return new Promise<ExtractedDocument>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void, reuse: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      slot.worker.off("message", onMessage);
      slot.worker.off("error", onError);
      slot.worker.off("exit", onExit);
      if (reuse) release(slot);
      else kill(slot);
      fn();
    };
    const onMessage = (msg: ExtractResponse) => {
      if (msg.id !== id) return;
      if (msg.ok) finish(() => resolve(msg.doc), true);
      else {
        const e = msg.error;
        const err = e.code ? createError(e.code, e.message, e.details ? { details: e.details } : undefined) : new CorruptFileError(`The file could not be read: ${e.message}`);
        finish(() => reject(err), true);
      }
    };
    const onError = (e: Error & { code?: string }) => {
      const err =
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new ResourceLimitError(`Reading the file needed more than ${memoryMb} MB of memory; it was stopped. The file is unusually complex or hostile.`, {
              cause: e,
              details: { maxMemoryMb: memoryMb },
            })
          : e instanceof ResumeAtsError
            ? e
            : new CorruptFileError(`The file could not be read: ${e.message}`, { cause: e });
      finish(() => reject(err), false);
    };
    const onExit = (code: number) => {
      finish(() => reject(new CorruptFileError(`The extraction worker stopped unexpectedly (exit code ${code}).`)), false);
    };
    const onAbort = () => finish(() => reject(new AbortedError()), false);
    const timer = setTimeout(
      () =>
        finish(
          () => reject(new TimeoutError(`Reading the file took longer than ${timeoutMs} ms; it was stopped.`, { details: { timeoutMs } })),
          false,
        ),
      timeoutMs + HARD_TIMEOUT_GRACE_MS,
    );
    signal?.addEventListener("abort", onAbort, { once: true });
    slot.worker.on("message", onMessage);
    slot.worker.on("error", onError);
    slot.worker.on("exit", onExit);
    slot.worker.postMessage({ id, input: payload, options: rest } satisfies ExtractRequest);
  });
}

/** Terminate every idle and busy extraction worker (for tests and graceful shutdown). */
export async function closeIsolatedWorkers(): Promise<void> {
  await Promise.all(pool.splice(0).map((s) => s.worker.terminate()));
}
