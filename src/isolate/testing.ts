/**
 * Test-only helpers of the isolation layer. Not exported from the package
 * entry. `spinInWorker` works only when `RESUME_ATS_TEST_HOOKS=1` was in
 * `process.env` when the worker started.
 */
import { liveWorkerCount, runInPool, workerPoolCounters } from "./pool.js";
import { nextRequestId } from "./index.js";

export { liveWorkerCount, workerPoolCounters };

/**
 * Ask a pooled worker to block its thread in synchronous work for `ms`, with
 * the hard timeout of `timeoutMs`: rejects with `TIMEOUT` (the worker is
 * terminated) when `ms` exceeds the budget. With
 * `thenExhaustMemory`, the worker answers and then allocates until its heap
 * cap kills it, while no request is listening.
 */
export function spinInWorker(ms: number, timeoutMs: number, memoryMb = 384, thenExhaustMemory = false): Promise<unknown> {
  return runInPool({ id: nextRequestId(), kind: "spin", ms, thenExhaustMemory }, { memoryMb, timeoutMs });
}

/** Ask a pooled worker to fill `mb` MB of buffers outside its heap (see `hogMb`), under the pool's RSS budget. */
export function hogInWorker(mb: number, timeoutMs: number): Promise<unknown> {
  return runInPool({ id: nextRequestId(), kind: "spin", ms: 0, hogMb: mb }, { memoryMb: 384, timeoutMs });
}
