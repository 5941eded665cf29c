/**
 * Sends one request to a pooled worker and turns every way it can end into a
 * document or a `ResumeAtsError`: an answer, a serialized error, the heap cap,
 * a crash, the hard timeout (the worker is terminated), or the caller's abort.
 */
import { AbortedError, CorruptFileError, createError, InvalidOptionsError, ResourceLimitError, ResumeAtsError, TimeoutError } from "../errors.js";
import type { ExtractedDocument } from "../types.js";
import { acquire, kill, release } from "./pool.js";
import type { ExtractResponse, WorkerRequest } from "./protocol.js";

/** Extra time the parent allows past `timeoutMs` before it terminates the worker itself. */
export const HARD_TIMEOUT_GRACE_MS = 1_000;
/** Longest wait for a new worker to load its code; the clock of `timeoutMs` starts after. */
const STARTUP_MS = 30_000;

/** Error codes after which a worker may still be busy with abandoned work. */
const STOPPED_EARLY = new Set(["TIMEOUT", "ABORTED", "RESOURCE_LIMIT"]);

/** How one request runs. */
export interface RunLimits {
  memoryMb: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

function fromResponse(msg: Extract<ExtractResponse, { ok: false }>): ResumeAtsError {
  const e = msg.error;
  if (e.code) return createError(e.code, e.message, e.details ? { details: e.details } : undefined);
  return new CorruptFileError(`The file could not be read: ${e.message}`);
}

function fromWorkerError(e: Error & { code?: string }, memoryMb: number): ResumeAtsError {
  if (e.code === "ERR_WORKER_OUT_OF_MEMORY") {
    return new ResourceLimitError(
      `Reading the file needed more than ${memoryMb} MB of memory; it was stopped. The file is unusually complex or hostile.`,
      { cause: e, details: { maxMemoryMb: memoryMb } },
    );
  }
  if (e instanceof ResumeAtsError) return e;
  return new CorruptFileError(`The file could not be read: ${e.message}`, { cause: e });
}

/** Run `request` (its `id` must be fresh: see `nextRequestId`) in a pooled worker. Resolves with the document or rejects with a `ResumeAtsError`. */
export function runInWorker(request: WorkerRequest, limits: RunLimits): Promise<ExtractedDocument> {
  const { memoryMb, timeoutMs, signal } = limits;
  if (signal?.aborted) return Promise.reject(new AbortedError());
  const slot = acquire(memoryMb);
  const id = request.id;

  return new Promise<ExtractedDocument>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | null = null;
    const finish = (reuse: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      slot.worker.off("message", onMessage);
      slot.worker.off("error", onError);
      slot.worker.off("exit", onExit);
      if (reuse) release(slot);
      else kill(slot);
      outcome();
    };
    const onMessage = (msg: ExtractResponse) => {
      if (typeof msg !== "object" || msg === null || msg.id !== id) return;
      if (msg.ok) finish(true, () => resolve(msg.doc));
      // After a timeout or abort inside the worker, the parser's work may still be
      // running there (a deadline rejects at the next turn; pdf.js does not stop):
      // such a worker is not reused.
      else finish(!STOPPED_EARLY.has(msg.error.code ?? ""), () => reject(fromResponse(msg)));
    };
    const onError = (e: Error & { code?: string }) => finish(false, () => reject(fromWorkerError(e, memoryMb)));
    const onExit = (code: number) =>
      finish(false, () => reject(new CorruptFileError(`The extraction worker stopped unexpectedly (exit code ${code}).`, { details: { exitCode: code } })));
    const onAbort = () => finish(false, () => reject(new AbortedError()));
    const onHardTimeout = () =>
      finish(false, () =>
        reject(new TimeoutError(`Reading the file took longer than ${timeoutMs} ms; it was stopped.`, { details: { limit: "timeoutMs", max: timeoutMs } })),
      );
    const onStartupTimeout = () =>
      finish(false, () => reject(new ResourceLimitError(`The extraction worker did not start within ${STARTUP_MS} ms.`, { details: { reason: "worker-start" } })));

    signal?.addEventListener("abort", onAbort, { once: true });
    slot.worker.on("message", onMessage);
    slot.worker.on("exit", onExit);
    /** Posts the request; false (and the promise rejected) when it cannot be sent. */
    const post = (): boolean => {
      try {
        slot.worker.postMessage(request);
        return true;
      } catch (e) {
        // Nothing was sent, so the worker is still healthy.
        finish(true, () =>
          reject(new InvalidOptionsError(`The input could not be sent to the extraction worker: ${e instanceof Error ? e.message : String(e)}`, { cause: e })),
        );
        return false;
      }
    };
    // The budget starts when the worker can work: a cold start is not the file's fault.
    const startClock = () => {
      if (settled) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(onHardTimeout, timeoutMs + HARD_TIMEOUT_GRACE_MS);
    };
    if (slot.isReady) {
      slot.worker.on("error", onError);
      if (post()) startClock();
    } else {
      // Posted now, the request waits in the new worker's port and runs as soon as the worker
      // listens, even while this thread is busy (analyzeResume compiles the matcher meanwhile).
      if (!post()) return;
      timer = setTimeout(onStartupTimeout, STARTUP_MS);
      slot.ready.then(
        () => {
          slot.worker.on("error", onError);
          startClock();
        },
        (e: Error & { code?: string }) =>
          finish(false, () =>
            reject(
              e.code === "ERR_WORKER_OUT_OF_MEMORY"
                ? fromWorkerError(e, memoryMb)
                : new ResourceLimitError(`The extraction worker could not start: ${e.message}`, { cause: e, details: { reason: "worker-start" } }),
            ),
          ),
      );
    }
  });
}
