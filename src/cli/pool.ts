/**
 * A small `worker_threads` pool: runs tasks on N workers, each task with its
 * own timeout; a crashed or timed-out worker is replaced, and results come
 * back in input order. Never rejects: a failed task gives an error outcome.
 */
import { Worker } from "node:worker_threads";

/** The error of a failed task, with a stable code. */
export interface TaskError {
  code: string;
  message: string;
}

/** What one task gave. */
export type TaskOutcome<R> = { ok: true; value: R } | { ok: false; error: TaskError };

/** Message the pool posts to a worker. */
export interface TaskMessage<T> {
  id: number;
  task: T;
}

/** Message a worker posts back. */
export type ReplyMessage<R> = { id: number; ok: true; value: R } | { id: number; ok: false; error: TaskError };

/** Options of `runPool`. */
export interface PoolOptions {
  /** The worker script. */
  workerUrl: URL;
  /** Passed as `workerData` to each worker. */
  workerData?: unknown;
  /** Most workers at once (at least 1). */
  concurrency: number;
  /** Time budget of one task in ms; past it the worker is stopped and the task fails with TIMEOUT. */
  timeoutMs: number;
  /** Heap cap of each worker in MB (RESOURCE_LIMIT when hit). */
  maxHeapMb?: number;
  /** Called after each task settles (for progress). */
  onSettled?: (done: number, total: number) => void;
}

function spawn(options: PoolOptions): Worker {
  const w = new Worker(options.workerUrl, {
    workerData: options.workerData,
    resourceLimits: options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : undefined,
    // A parser printing to stdout must not corrupt `--format json`: drop worker stdout.
    stdout: true,
  });
  w.stdout.resume();
  return w;
}

function runOne<T, R>(w: Worker, id: number, task: T, timeoutMs: number): Promise<{ outcome: TaskOutcome<R>; dead: boolean }> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: TaskOutcome<R>, dead: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      resolve({ outcome, dead });
    };
    const onMessage = (m: ReplyMessage<R>): void => {
      if (m.id !== id) return;
      finish(m.ok ? { ok: true, value: m.value } : { ok: false, error: m.error }, false);
    };
    const onError = (e: Error & { code?: string }): void => {
      if (e.code === "ERR_WORKER_OUT_OF_MEMORY") finish({ ok: false, error: { code: "RESOURCE_LIMIT", message: "The analysis ran out of its memory budget and was stopped." } }, true);
      else finish({ ok: false, error: { code: "INTERNAL_ERROR", message: `The worker crashed: ${e.message}` } }, true);
    };
    const onExit = (code: number): void => finish({ ok: false, error: { code: "INTERNAL_ERROR", message: `The worker exited (code ${code}) before answering.` } }, true);
    const timer = setTimeout(() => finish({ ok: false, error: { code: "TIMEOUT", message: `The analysis took longer than ${timeoutMs} ms and was stopped.` } }, true), timeoutMs);
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.postMessage({ id, task } satisfies TaskMessage<T>);
  });
}

/** Runs every task on the pool; outcomes are in the order of `tasks`. */
export async function runPool<T, R>(tasks: T[], options: PoolOptions): Promise<Array<TaskOutcome<R>>> {
  const results = new Array<TaskOutcome<R>>(tasks.length);
  let next = 0;
  let done = 0;
  const lanes = Math.max(1, Math.min(options.concurrency, tasks.length));
  const lane = async (): Promise<void> => {
    let w: Worker | null = null;
    try {
      while (next < tasks.length) {
        const i = next++;
        w ??= spawn(options);
        const { outcome, dead } = await runOne<T, R>(w, i, tasks[i], options.timeoutMs);
        if (dead) {
          void w.terminate();
          w = null;
        }
        results[i] = outcome;
        options.onSettled?.(++done, tasks.length);
      }
    } finally {
      if (w) await w.terminate();
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
