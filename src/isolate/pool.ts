/**
 * The pool of extraction worker threads: spawn with a heap cap, reuse idle
 * workers, terminate idle ones after a while, and never keep the process alive.
 */
import { workerExecArgv } from "./exec-argv.js";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { workerScript } from "./worker-script.js";

/** One worker thread and its state. */
export interface Slot {
  worker: Worker;
  memoryMb: number;
  busy: boolean;
  idleTimer: NodeJS.Timeout | null;
  /** Resolves when the worker has loaded its code and listens; rejects if it dies first. */
  ready: Promise<void>;
  /** True once `ready` has resolved. */
  isReady: boolean;
  /** When the worker last became idle (ms since epoch). */
  idleSince: number;
}

/** An idle worker is terminated after this long. */
const IDLE_MS = 5_000;

const pool: Slot[] = [];

function spawn(memoryMb: number): Slot {
  const script = workerScript();
  const worker =
    script.kind === "file"
      ? new Worker(script.url, {
          execArgv: workerExecArgv(),
          resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
          stdout: true,
          stderr: true,
        })
      : new Worker(script.code, {
          eval: true,
          execArgv: workerExecArgv(),
          resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
          stdout: true,
          stderr: true,
        });
  worker.unref();
  // The worker's stdout/stderr are piped (so parser chatter never reaches the
  // host's stdout) but deliberately not read: reading a worker's stdio refs its
  // port and keeps the process alive. The worker mutes itself instead, so
  // nothing piles up unread (see worker-entry.ts).
  const slot: Slot = { worker, memoryMb, busy: false, idleTimer: null, ready: Promise.resolve(), isReady: false, idleSince: 0 };
  slot.ready = new Promise<void>((resolve, reject) => {
    const onMessage = (m: unknown) => {
      if (typeof m === "object" && m !== null && (m as { ready?: unknown }).ready === true) {
        done();
        slot.isReady = true;
        resolve();
      }
    };
    const onError = (e: Error) => {
      done();
      reject(e);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`the worker exited with code ${code} while starting`));
    };
    const done = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
  slot.ready.catch(() => {}); // observed by the request that waits on it
  // A worker can fail when no request listens: out of memory in work a parser
  // left running after its answer, or while being terminated after a timeout.
  // An 'error' event without a listener would crash the host, so the pool
  // always listens, and retires the worker.
  worker.on("error", () => retire(slot));
  pool.push(slot);
  worker.once("exit", () => {
    const i = pool.indexOf(slot);
    if (i >= 0) pool.splice(i, 1);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
  });
  return slot;
}

/** Take an idle worker with this heap cap, or start one; the slot is marked busy. */
export function acquire(memoryMb: number): Slot {
  const free = pool.find((s) => !s.busy && s.memoryMb === memoryMb);
  const slot = free ?? spawn(memoryMb);
  slot.busy = true;
  if (slot.idleTimer) {
    clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
  }
  return slot;
}

/**
 * Take a worker out of the pool at once and terminate it. Removing it first
 * matters: `terminate()` is asynchronous, and a slot still listed as idle
 * would be handed to the next request and die under it.
 */
function retire(slot: Slot): void {
  slot.busy = true;
  if (slot.idleTimer) {
    clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
  }
  const i = pool.indexOf(slot);
  if (i >= 0) pool.splice(i, 1);
  void slot.worker.terminate();
}

/**
 * Give a healthy worker back to the pool. When more workers are idle than
 * there are cores, the longest-idle one is terminated; any idle worker is
 * terminated after `IDLE_MS`.
 */
export function release(slot: Slot): void {
  slot.busy = false;
  slot.idleSince = Date.now();
  const idle = pool.filter((s) => !s.busy);
  if (idle.length > availableParallelism()) {
    const oldest = idle.reduce((a, b) => (b.idleSince < a.idleSince ? b : a));
    retire(oldest);
    if (oldest === slot) return;
  }
  slot.idleTimer = setTimeout(() => retire(slot), IDLE_MS);
  slot.idleTimer.unref();
}

/** Terminate a worker that timed out, ran out of memory or was aborted; it is never reused. */
export function kill(slot: Slot): void {
  retire(slot);
}

/** Number of worker threads alive (busy or idle), for tests and diagnostics. */
export function liveWorkerCount(): number {
  return pool.length;
}

/** Terminate every idle and busy worker and wait until they have exited. */
export async function terminateAll(): Promise<void> {
  await Promise.all(pool.splice(0).map((s) => s.worker.terminate()));
}
