/// <reference lib="dom" />
/**
 * The page's side of the analyzer's Web Worker: one worker, started on first
 * use and kept warm; calls wait in a first-in, first-out queue (the wait does
 * not count against `timeoutMs`); a call's hard deadline starts when the
 * worker takes its file and ends when the file is read. Past it, or when the
 * caller's signal fires, the worker is terminated (whatever pdf.js is doing)
 * and a fresh one is started for the next call, as Node's pool does.
 */
import { AbortedError, createError, CorruptFileError, InvalidOptionsError, ResourceLimitError, ResumeAtsError, TimeoutError } from "../errors.js";
import type { RoleSummary } from "../keywords/load.js";
import type { ResumeReport } from "../report/types.js";
import type { AnalyzeRequest, WorkerAnalyzeOptions, WorkerInput, WorkerMessage } from "./protocol.js";
import { WORKER_SOURCE } from "virtual:resume-ats-worker";

/** How the worker script is loaded: from the copy built into this module (a `blob:` URL), or from a URL you serve. */
export interface BrowserWorkerConfig {
  /**
   * URL of `resume-ats/browser/worker.js` served by your site, for a Content
   * Security Policy without `worker-src blob:`. Default: the built-in copy.
   */
  workerUrl?: string | URL;
}

interface Job {
  id: number;
  input: WorkerInput;
  options: WorkerAnalyzeOptions;
  timeoutMs: number;
  signal?: AbortSignal;
  resolve(report: ResumeReport): void;
  reject(e: ResumeAtsError): void;
  timer?: ReturnType<typeof setTimeout>;
  unsubscribe?: () => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<{ roles: RoleSummary[]; catalogVersion: string }>;
  job: Job | null;
}

let config: BrowserWorkerConfig = {};
let blobUrl: string | null = null;
let slot: Slot | null = null;
let nextId = 1;
const queue: Job[] = [];

/** Sets where the worker script comes from (before the first call, or after `closeWorker()`). */
export function configureWorker(next: BrowserWorkerConfig): void {
  config = { ...next };
}

function workerScriptUrl(): string | URL {
  if (config.workerUrl !== undefined) return config.workerUrl;
  blobUrl ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
  return blobUrl;
}

function startWorker(): Slot {
  let worker: Worker;
  try {
    worker = new Worker(workerScriptUrl(), { name: "resume-ats" });
  } catch (e) {
    throw new ResourceLimitError(
      `The analyzer's Web Worker could not start (${e instanceof Error ? e.message : String(e)}). A Content Security Policy needs worker-src blob:, or serve worker.js and call configureWorker({ workerUrl }).`,
      { cause: e, details: { reason: "worker-start" } },
    );
  }
  let onReady!: (v: { roles: RoleSummary[]; catalogVersion: string }) => void;
  let onFail!: (e: ResumeAtsError) => void;
  const ready = new Promise<{ roles: RoleSummary[]; catalogVersion: string }>((resolve, reject) => {
    onReady = resolve;
    onFail = reject;
  });
  ready.catch(() => undefined);
  const s: Slot = { worker, ready, job: null };
  worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
    const msg = event.data;
    if (msg.type === "ready") {
      onReady({ roles: msg.roles, catalogVersion: msg.catalogVersion });
      return;
    }
    const job = s.job;
    if (!job || job.id !== msg.id) return;
    if (msg.type === "extracted") {
      clearTimeout(job.timer);
      return;
    }
    s.job = null;
    if (msg.type === "done") finish(job, { report: msg.report });
    else finish(job, { error: msg.error.code ? createError(msg.error.code, msg.error.message, msg.error.details ? { details: msg.error.details } : undefined) : new CorruptFileError(`The file could not be read: ${msg.error.message}`) });
    pump();
  });
  worker.addEventListener("error", (event: ErrorEvent) => {
    event.preventDefault();
    const why = event.message || "no message";
    const running = s.job;
    stopSlot(s);
    const error = running
      ? new CorruptFileError(`The analyzer's worker stopped unexpectedly (${why}).`, { details: { reason: "worker-error" } })
      : new ResourceLimitError(`The analyzer's Web Worker could not start (${why}).`, { details: { reason: "worker-start" } });
    onFail(error);
    if (running) finish(running, { error });
    else for (const job of queue.splice(0)) finish(job, { error });
    pump();
  });
  return s;
}

/** Terminates the slot's worker; the next call starts a fresh one. */
function stopSlot(s: Slot): void {
  s.worker.terminate();
  s.job = null;
  if (slot === s) slot = null;
}

function finish(job: Job, outcome: { report: ResumeReport } | { error: ResumeAtsError }): void {
  clearTimeout(job.timer);
  job.unsubscribe?.();
  if ("report" in outcome) job.resolve(outcome.report);
  else job.reject(outcome.error);
}

/** Sends the next queued job once the worker is ready and idle. */
function pump(): void {
  if (queue.length === 0) return;
  let s: Slot;
  try {
    s = slot ??= startWorker();
  } catch (e) {
    for (const job of queue.splice(0)) finish(job, { error: e as ResumeAtsError });
    return;
  }
  if (s.job) return;
  void s.ready.then(
    () => {
      if (slot !== s || s.job || queue.length === 0) return;
      const job = queue.shift()!;
      s.job = job;
      const request: AnalyzeRequest = { type: "analyze", id: job.id, input: job.input, options: job.options };
      try {
        // The bytes are this call's own copy: hand them over instead of copying again.
        s.worker.postMessage(request, job.input instanceof Uint8Array ? [job.input.buffer] : []);
      } catch (e) {
        s.job = null;
        finish(job, { error: new InvalidOptionsError(`The input or options could not be sent to the analyzer's worker: ${e instanceof Error ? e.message : String(e)}`, { cause: e }) });
        pump();
        return;
      }
      job.timer = setTimeout(() => {
        if (s.job !== job) return;
        stopSlot(s);
        finish(job, { error: new TimeoutError(`Reading the file took longer than ${job.timeoutMs} ms; it was stopped.`, { details: { limit: "timeoutMs", max: job.timeoutMs } }) });
        pump();
      }, job.timeoutMs);
    },
    () => undefined, // the worker's error handler failed the queue
  );
}

/**
 * Runs one analysis in the worker. `input` must be this call's own bytes
 * (they are transferred) or text.
 */
export function runInWorker(input: WorkerInput, options: WorkerAnalyzeOptions, timeoutMs: number, signal?: AbortSignal): Promise<ResumeReport> {
  if (signal?.aborted) return Promise.reject(new AbortedError());
  return new Promise<ResumeReport>((resolve, reject) => {
    const job: Job = { id: nextId++, input, options, timeoutMs, resolve, reject, ...(signal ? { signal } : {}) };
    if (signal) {
      const onAbort = (): void => {
        const i = queue.indexOf(job);
        if (i >= 0) {
          queue.splice(i, 1);
          finish(job, { error: new AbortedError() });
          return;
        }
        if (slot && slot.job === job) {
          stopSlot(slot);
          finish(job, { error: new AbortedError() });
          pump();
        }
      };
      signal.addEventListener("abort", onAbort, { once: true });
      job.unsubscribe = () => signal.removeEventListener("abort", onAbort);
    }
    queue.push(job);
    pump();
  });
}

/** The catalog's roles (id, title, list sizes), from the worker; starts it when needed. */
export async function workerRoles(): Promise<{ roles: RoleSummary[]; catalogVersion: string }> {
  const s = (slot ??= startWorker());
  return s.ready;
}

/** Terminates the worker (queued calls reject with `ABORTED`); the next call starts a new one. */
export function closeWorker(): void {
  for (const job of queue.splice(0)) finish(job, { error: new AbortedError("The analyzer's worker was closed.") });
  if (slot) {
    const running = slot.job;
    stopSlot(slot);
    if (running) finish(running, { error: new AbortedError("The analyzer's worker was closed.") });
  }
}
