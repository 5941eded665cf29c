/**
 * Runs extraction work against a wall-clock budget and the caller's
 * AbortSignal. Cancellation hooks let the work release parser resources.
 */
import { AbortedError, TimeoutError } from "../errors.js";
import { onAbort } from "./abort-hub.js";

/** Handed to the work: a cancellation check and cleanup registration. */
export interface WorkContext {
  /** Throws the pending `TimeoutError`/`AbortedError` when the work was cancelled. */
  check(): void;
  /** Registers a function called once when the work is cancelled. */
  onCancel(fn: () => void): void;
  /**
   * Awaits `p` with the clock stopped: for loading a parser's code (once per
   * process), which is not the file's doing. The caller's signal still
   * aborts, and the budget left resumes when `p` settles.
   */
  uncounted<U>(p: Promise<U>): Promise<U>;
}

/**
 * Resolves with the work's result, or rejects with `TimeoutError` after
 * `timeoutMs` / `AbortedError` when `signal` fires (running the registered
 * cancel hooks). Synchronous stretches inside the work cannot be interrupted;
 * the rejection happens at the next turn of the event loop.
 */
export async function runWithDeadline<T>(work: (ctx: WorkContext) => Promise<T>, timeoutMs: number, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) throw new AbortedError();
  let reason: Error | null = null;
  const hooks: Array<() => void> = [];
  let fail: (e: Error) => void = () => {};
  const cancel = (e: Error): void => {
    if (reason) return;
    reason = e;
    for (const h of hooks) {
      try { h(); } catch { /* cleanup must not mask the reason */ }
    }
    fail(e);
  };
  let timer: NodeJS.Timeout | null = null;
  let left = timeoutMs;
  let armedAt = 0;
  const arm = (): void => {
    armedAt = performance.now();
    timer = setTimeout(() => cancel(new TimeoutError(`Extraction took longer than ${timeoutMs} ms and was stopped.`, { details: { limit: "timeoutMs", max: timeoutMs } })), Math.max(0, left));
  };
  let paused = 0;
  const ctx: WorkContext = {
    check() { if (reason) throw reason; },
    onCancel(fn) { hooks.push(fn); },
    async uncounted<U>(p: Promise<U>): Promise<U> {
      if (paused++ === 0 && timer) {
        clearTimeout(timer);
        timer = null;
        left -= performance.now() - armedAt;
      }
      try {
        return await p;
      } finally {
        if (--paused === 0 && !reason) arm();
      }
    },
  };
  arm();
  const unsubscribe = signal ? onAbort(signal, () => cancel(new AbortedError())) : null;
  try {
    return await new Promise<T>((resolve, reject) => {
      fail = reject;
      work(ctx).then(resolve, (e: unknown) => reject(reason ?? e));
    });
  } finally {
    if (timer) clearTimeout(timer);
    timer = null;
    paused = -1; // nothing re-arms after the end
    unsubscribe?.();
  }
}
