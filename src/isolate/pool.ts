/**
 * The one shared pool of extraction worker threads of this process.
 *
 * - Bounded: at most `size` workers (default: the CPU count); calls beyond
 *   them wait in a first-in, first-out queue, so any number of concurrent
 *   calls run with flat memory and none fails for want of a thread.
 * - Warm: a worker loads the parsers once and serves file after file; the CLI
 *   batch and library calls of a process share it.
 * - Recycled: a worker is replaced after `maxFilesPerWorker` files or when
 *   its own heap and buffers have grown `maxWorkerGrowthMb` past what it held
 *   after its first file, and ended after `idleMs` without work (workers are
 *   unref'd: they never keep a script alive).
 * - Hard limits per file: the clock starts when a worker takes the file, and
 *   at `timeoutMs` the worker is terminated (TIMEOUT); a worker past its heap
 *   cap dies (RESOURCE_LIMIT). pdf.js's buffers live outside the heap cap, so
 *   while files are read the process's RSS is sampled: when it has grown more
 *   than `maxRssGrowthMb` since the oldest running read began (or passes
 *   `maxRssMb`, when set), the busy worker that has been on its file the
 *   longest is terminated (RESOURCE_LIMIT). The growth is measured from each
 *   read's start, not from a fixed level, because the host's own memory (a
 *   server, a test runner, the reports a batch keeps) is not the file's doing;
 *   for the same reason a worker warming up, and memory a stopped worker left
 *   with the allocator, move the running reads' starting level up.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { AbortedError, CorruptFileError, createError, InvalidOptionsError, ResourceLimitError, ResumeAtsError, TimeoutError } from "../errors.js";
import { onAbort } from "../extract/abort-hub.js";
import type { ExtractedDocument } from "../types.js";
import type { ExtractResponse, WorkerMemory, WorkerRequest } from "./protocol.js";
import { workerScript } from "./worker-script.js";

/** Settings of the shared pool (see `configureWorkerPool`). */
export interface WorkerPoolConfig {
  /** Most worker threads at once. Default: `os.availableParallelism()`. */
  size: number;
  /** A worker is replaced after this many files. Default 500. */
  maxFilesPerWorker: number;
  /** A worker is replaced when its heap plus external buffers grew this many MB past its level after its first file. Default 96. */
  maxWorkerGrowthMb: number;
  /** Most MB the process RSS may grow while a read runs; past it the longest-running read is stopped with RESOURCE_LIMIT. Default 128 (a resume read grows it by 5–35 MB). */
  maxRssGrowthMb: number;
  /** An absolute process RSS ceiling in MB with the same effect (default: none, `Infinity`; the host's own size is not ours to judge). */
  maxRssMb: number;
  /** An idle worker is ended after this many ms. Default 2 000. */
  idleMs: number;
}

/** Heap caps below this start a worker without warming its parsers (a warm pdf.js needs about 40 MB). */
const WARM_MIN_MEMORY_MB = 128;
/** Longest wait for a new worker to load its code; the clock of `timeoutMs` starts after. */
const STARTUP_MS = 30_000;
/** How often the process RSS is read while files are being read. */
const RSS_SAMPLE_MS = 15;
/** What a worker warming up (loading pdf.js) may add to the process's RSS on top of the reads' budget. */
const WARM_UP_ALLOWANCE_MB = 48;
/** After stopping a read for memory, wait this long for the memory to be given back before judging again. */
const RSS_COOLDOWN_MS = 150;
/** Error codes after which a worker may still be busy with abandoned work, so it is not reused. */
const STOPPED_EARLY = new Set(["TIMEOUT", "ABORTED", "RESOURCE_LIMIT"]);

const DEFAULTS: Readonly<WorkerPoolConfig> = Object.freeze({
  size: Math.max(1, availableParallelism()),
  maxFilesPerWorker: 500,
  maxWorkerGrowthMb: 96,
  maxRssGrowthMb: 128,
  maxRssMb: Number.POSITIVE_INFINITY,
  idleMs: 2_000,
});

let config: WorkerPoolConfig = { ...DEFAULTS };

/** How one request runs. */
export interface RunLimits {
  memoryMb: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

interface Job {
  request: WorkerRequest;
  limits: RunLimits;
  resolve(doc: ExtractedDocument): void;
  reject(e: ResumeAtsError): void;
  unsubscribe: (() => void) | null;
  slot: Slot | null;
  /** When the worker's clock started (performance.now()), or null before. */
  startedAt: number | null;
  /** Process RSS (MB) when the clock started: this read's growth is measured from it. */
  rssAtStart: number;
  timer: NodeJS.Timeout | null;
  settled: boolean;
}

interface Slot {
  worker: Worker;
  memoryMb: number;
  ready: boolean;
  retiring: boolean;
  job: Job | null;
  files: number;
  /** Heap + external MB after the first file (the warm level), or null before. */
  baselineMb: number | null;
  idleTimer: NodeJS.Timeout | null;
  /** Start a warm replacement when this worker has exited (it was stopped while reading). */
  replaceOnExit: boolean;
}

const slots: Slot[] = [];
const queue: Job[] = [];
let sampler: NodeJS.Timeout | null = null;
let coolUntil = 0;
/** Set when a read was stopped for memory: once the cooldown is over, surviving reads measure from the RSS then. */
let rebaseline = false;
/** Set while `terminateAll` runs: no replacement is started. */
let closing = false;

/** Figures for tests and diagnostics. */
const counters = { spawned: 0, exited: 0, recycled: 0, rssStops: 0, timeouts: 0, peakWorkers: 0, peakQueued: 0 };

/**
 * Set the shared pool's limits (any subset); returns the settings now in
 * force. A smaller `size` takes effect as busy workers finish.
 */
export function configureWorkerPool(options: Partial<WorkerPoolConfig> = {}): WorkerPoolConfig {
  const next = { ...config };
  for (const key of Object.keys(DEFAULTS) as Array<keyof WorkerPoolConfig>) {
    const v = options[key];
    if (v === undefined) continue;
    if (typeof v !== "number" || Number.isNaN(v) || v <= 0 || (!Number.isFinite(v) && key !== "maxRssMb")) {
      throw new InvalidOptionsError(`configureWorkerPool: ${key} must be a positive number, got ${String(v)}.`, { details: { [key]: v } });
    }
    next[key] = key === "size" || key === "maxFilesPerWorker" ? Math.max(1, Math.floor(v)) : v;
  }
  config = next;
  pump();
  return { ...config };
}

/** The settings in force. */
export function workerPoolConfig(): WorkerPoolConfig {
  return { ...config };
}

function mb(bytes: number): number {
  return bytes / 1048576;
}

function liveSlots(): Slot[] {
  return slots.filter((s) => !s.retiring);
}

/**
 * Threads that count against `size`: every worker until it has exited, also
 * one being terminated, so a replacement starts only once the old thread's
 * memory is given back (terminating takes milliseconds).
 */
function threadCount(): number {
  return slots.length;
}

/**
 * The flags of a new worker: none of the host's (`--max-old-space-size`,
 * `--expose-gc`, `--jitless`... make `new Worker` throw
 * ERR_WORKER_INVALID_EXEC_ARGV, and a reader needs none of them). The one
 * exception is for profiling (`bench/profile.ts`): with
 * `RESUME_ATS_WORKER_CPU_PROF=<dir>`, each worker writes a V8 CPU profile there.
 */
function workerExecArgv(): string[] {
  const dir = process.env.RESUME_ATS_WORKER_CPU_PROF;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${dir}`] : [];
}

function spawn(memoryMb: number): Slot {
  const script = workerScript();
  const common = {
    execArgv: workerExecArgv(),
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
    workerData: { warm: memoryMb >= WARM_MIN_MEMORY_MB },
    // Piped but never read (reading would ref the port and keep the host alive); the worker mutes itself.
    stdout: true,
    stderr: true,
  };
  const worker = script.kind === "file" ? new Worker(script.url, common) : new Worker(script.code, { ...common, eval: true });
  const slot: Slot = { worker, memoryMb, ready: false, retiring: false, job: null, files: 0, baselineMb: null, idleTimer: null, replaceOnExit: false };
  counters.spawned++;
  worker.on("message", (m: unknown) => onMessage(slot, m));
  // A worker can fail with no job: work a parser left running after its answer, or while being
  // terminated. An 'error' event without a listener would crash the host, so there is always one.
  worker.on("error", (e: Error & { code?: string }) => onWorkerError(slot, e));
  worker.on("exit", (code: number) => onExit(slot, code));
  // After the listeners: adding the first 'message' listener refs the port. A worker holds the
  // process open only while it has a job (assign refs it, becomeIdle and retire unref it).
  worker.unref();
  slots.push(slot);
  counters.peakWorkers = Math.max(counters.peakWorkers, threadCount());
  return slot;
}

/** Take a worker out of service at once and terminate it (its job, if any, must be settled first). */
function retire(slot: Slot): void {
  if (slot.retiring) return;
  slot.retiring = true;
  if (slot.idleTimer) clearTimeout(slot.idleTimer);
  slot.idleTimer = null;
  slot.worker.unref();
  void slot.worker.terminate().catch(() => undefined);
}

function settle(job: Job, outcome: { doc: ExtractedDocument } | { error: ResumeAtsError }): void {
  if (job.settled) return;
  job.settled = true;
  if (job.timer) clearTimeout(job.timer);
  job.timer = null;
  job.unsubscribe?.();
  job.unsubscribe = null;
  if ("doc" in outcome) job.resolve(outcome.doc);
  else job.reject(outcome.error);
}

/**
 * End the job of `slot` with an error and retire the worker (it may still be
 * busy with the abandoned work). When it has exited, a replacement starts
 * unless a queued call already took the place: warming takes a few hundred
 * ms, and a process that just met one hostile file is likely to read more
 * (the spare is unref'd and ends after `idleMs` unused). Only a worker that
 * had started is replaced: one that cannot start must not restart in a loop.
 */
function failRunning(slot: Slot, error: ResumeAtsError): void {
  const job = slot.job;
  slot.job = null;
  slot.replaceOnExit = slot.ready;
  retire(slot);
  if (job) settle(job, { error });
  pump();
}

function startClock(job: Job): void {
  if (job.settled || job.startedAt !== null) return;
  job.startedAt = performance.now();
  job.rssAtStart = mb(process.memoryUsage.rss());
  if (job.timer) clearTimeout(job.timer);
  const { timeoutMs } = job.limits;
  job.timer = setTimeout(() => {
    if (!job.slot || job.settled) return;
    counters.timeouts++;
    failRunning(job.slot, new TimeoutError(`Reading the file took longer than ${timeoutMs} ms; it was stopped.`, { details: { limit: "timeoutMs", max: timeoutMs } }));
  }, timeoutMs);
  ensureSampler();
}

function assign(slot: Slot, job: Job): void {
  slot.job = job;
  job.slot = slot;
  if (slot.idleTimer) clearTimeout(slot.idleTimer);
  slot.idleTimer = null;
  slot.worker.ref();
  try {
    slot.worker.postMessage(job.request);
  } catch (e) {
    // Nothing was sent: the worker is still healthy.
    slot.job = null;
    job.slot = null;
    settle(job, { error: new InvalidOptionsError(`The input could not be sent to the extraction worker: ${e instanceof Error ? e.message : String(e)}`, { cause: e }) });
    becomeIdle(slot);
    return;
  }
  if (slot.ready) startClock(job);
  else {
    // Posted now, the request waits in the new worker's port and runs as soon as it listens.
    job.timer = setTimeout(() => {
      if (job.slot === slot && !job.settled && job.startedAt === null) {
        failRunning(slot, new ResourceLimitError(`The extraction worker did not start within ${STARTUP_MS} ms.`, { details: { reason: "worker-start" } }));
      }
    }, STARTUP_MS);
  }
}

function becomeIdle(slot: Slot): void {
  if (slot.retiring) return;
  pump();
  if (slot.job || slot.retiring) return;
  slot.worker.unref();
  // A starting worker's idle clock starts when it is ready (see onMessage).
  if (!slot.ready) return;
  if (slot.idleTimer) clearTimeout(slot.idleTimer);
  slot.idleTimer = setTimeout(() => {
    if (!slot.job) {
      retire(slot);
      pump();
    }
  }, config.idleMs);
  slot.idleTimer.unref();
}

/** Hand queued jobs to idle workers, start workers up to the bound, and replace idle workers of another heap cap. */
function pump(): void {
  while (queue.length > 0) {
    const job = queue[0];
    if (job.settled) {
      queue.shift();
      continue;
    }
    const { memoryMb } = job.limits;
    const live = liveSlots();
    let slot = live.find((s) => !s.job && s.memoryMb === memoryMb);
    if (!slot && threadCount() < config.size) slot = spawn(memoryMb);
    if (!slot) {
      // An idle worker of another heap cap makes way; the new one starts when it has exited.
      const other = live.find((s) => !s.job && s.memoryMb !== memoryMb);
      if (other) retire(other);
      break;
    }
    queue.shift();
    assign(slot, job);
  }
  // A smaller size set while workers were busy: end idle workers over it.
  const idle = liveSlots().filter((s) => !s.job);
  let over = threadCount() - config.size;
  for (const s of idle) {
    if (over <= 0) break;
    retire(s);
    over--;
  }
}

function isMemory(x: unknown): x is WorkerMemory {
  return typeof x === "object" && x !== null && typeof (x as WorkerMemory).heapTotal === "number" && typeof (x as WorkerMemory).external === "number";
}

function onMessage(slot: Slot, m: unknown): void {
  if (typeof m !== "object" || m === null) return;
  if ((m as { ready?: unknown }).ready === true) {
    slot.ready = true;
    // The new worker's own memory (pdf.js, warmed) is not the running reads' doing.
    rebaseline = true;
    if (slot.job) {
      if (slot.job.timer) clearTimeout(slot.job.timer);
      slot.job.timer = null;
      startClock(slot.job);
    } else becomeIdle(slot);
    return;
  }
  const msg = m as ExtractResponse;
  const job = slot.job;
  if (!job || job.request.id !== msg.id) return;
  slot.job = null;
  slot.files++;
  const memory = isMemory((msg as { memory?: unknown }).memory) ? (msg as { memory: WorkerMemory }).memory : null;
  const used = memory ? memory.heapTotal + memory.external : null;
  if (used !== null && slot.baselineMb === null) slot.baselineMb = used;
  const stoppedEarly = !msg.ok && STOPPED_EARLY.has(msg.error.code ?? "");
  const worn = slot.files >= config.maxFilesPerWorker || (used !== null && slot.baselineMb !== null && used - slot.baselineMb > config.maxWorkerGrowthMb);
  if (stoppedEarly || worn) {
    if (worn && !stoppedEarly) counters.recycled++;
    retire(slot);
  }
  if (msg.ok) settle(job, { doc: msg.doc });
  else settle(job, { error: fromResponse(msg) });
  if (slot.retiring) pump();
  else becomeIdle(slot);
}

function fromResponse(msg: Extract<ExtractResponse, { ok: false }>): ResumeAtsError {
  const e = msg.error;
  if (e.code) return createError(e.code, e.message, e.details ? { details: e.details } : undefined);
  return new CorruptFileError(`The file could not be read: ${e.message}`);
}

function onWorkerError(slot: Slot, e: Error & { code?: string }): void {
  const memoryMb = slot.memoryMb;
  let error: ResumeAtsError;
  if (e.code === "ERR_WORKER_OUT_OF_MEMORY") {
    error = new ResourceLimitError(`Reading the file needed more than ${memoryMb} MB of memory; it was stopped. The file is unusually complex or hostile.`, {
      cause: e,
      details: { maxMemoryMb: memoryMb },
    });
  } else if (!slot.ready) {
    error = new ResourceLimitError(`The extraction worker could not start: ${e.message}`, { cause: e, details: { reason: "worker-start" } });
  } else {
    error = e instanceof ResumeAtsError ? e : new CorruptFileError(`The file could not be read: ${e.message}`, { cause: e });
  }
  failRunning(slot, error);
}

function onExit(slot: Slot, code: number): void {
  counters.exited++;
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  if (slot.idleTimer) clearTimeout(slot.idleTimer);
  slot.idleTimer = null;
  slot.retiring = true;
  if (slot.job) {
    failRunning(slot, new CorruptFileError(`The extraction worker stopped unexpectedly (exit code ${code}).`, { details: { exitCode: code } }));
  } else pump();
  if (i >= 0 && slot.replaceOnExit && !closing && queue.length === 0 && threadCount() < config.size) becomeIdle(spawn(slot.memoryMb));
  if (!slots.some((s) => s.job)) stopSampler();
}

function ensureSampler(): void {
  if (sampler) return;
  sampler = setInterval(sampleRss, RSS_SAMPLE_MS);
  sampler.unref();
}

function stopSampler(): void {
  if (sampler) clearInterval(sampler);
  sampler = null;
}

/** Past the RSS budget, stop the read that has been running longest (see the module comment). */
function sampleRss(): void {
  const busy = slots.filter((s) => s.job && !s.retiring && s.job.startedAt !== null);
  if (busy.length === 0) {
    if (!slots.some((s) => s.job)) stopSampler();
    return;
  }
  const now = performance.now();
  if (now < coolUntil) return;
  const rss = mb(process.memoryUsage.rss());
  // While a worker warms up (it loads pdf.js: tens of MB), the reads that run meanwhile get that much more room
  // (the ceiling stays); judging nothing then let a hostile read grow unchecked right after another was stopped.
  const warming = slots.some((s) => !s.ready && !s.retiring);
  if (rebaseline) {
    // The stopped read's memory may not all go back to the system (allocator arenas), and a new
    // worker brings its own: the reads that run on are measured from here, so they do not pay for it.
    rebaseline = false;
    for (const s of busy) s.job!.rssAtStart = Math.max(s.job!.rssAtStart, rss);
    return;
  }
  const floor = Math.min(...busy.map((s) => s.job!.rssAtStart));
  const grown = rss - floor;
  if (grown <= config.maxRssGrowthMb + (warming ? WARM_UP_ALLOWANCE_MB : 0) && rss <= config.maxRssMb) return;
  const victim = busy.reduce((a, b) => (b.job!.startedAt! < a.job!.startedAt! ? b : a));
  counters.rssStops++;
  coolUntil = now + RSS_COOLDOWN_MS;
  rebaseline = true;
  const overCeiling = rss > config.maxRssMb;
  failRunning(
    victim,
    new ResourceLimitError(
      overCeiling
        ? `Reading the file took the process past its memory ceiling of ${config.maxRssMb} MB (RSS ${Math.round(rss)} MB); it was stopped. The file is unusually complex or hostile.`
        : `Reading the file grew the process by ${Math.round(grown)} MB, more than its budget of ${config.maxRssGrowthMb} MB; it was stopped. The file is unusually complex or hostile.`,
      {
        details: overCeiling
          ? { limit: "maxRssMb", max: config.maxRssMb, rssMb: Math.round(rss) }
          : { limit: "maxRssGrowthMb", max: config.maxRssGrowthMb, grownMb: Math.round(grown), rssMb: Math.round(rss) },
      },
    ),
  );
}

/**
 * Run `request` (its `id` must be fresh) on the shared pool. Resolves with
 * the document or rejects with a `ResumeAtsError`; never with anything else.
 */
export function runInPool(request: WorkerRequest, limits: RunLimits): Promise<ExtractedDocument> {
  const { signal } = limits;
  if (signal?.aborted) return Promise.reject(new AbortedError());
  return new Promise<ExtractedDocument>((resolve, reject) => {
    const job: Job = { request, limits, resolve, reject, unsubscribe: null, slot: null, startedAt: null, rssAtStart: 0, timer: null, settled: false };
    if (signal) {
      job.unsubscribe = onAbort(signal, () => {
        if (job.settled) return;
        if (job.slot) failRunning(job.slot, new AbortedError());
        else {
          const i = queue.indexOf(job);
          if (i >= 0) queue.splice(i, 1);
          settle(job, { error: new AbortedError() });
        }
      });
    }
    queue.push(job);
    counters.peakQueued = Math.max(counters.peakQueued, queue.length);
    pump();
  });
}

/** Workers alive (busy, idle or starting; not those being terminated). */
export function liveWorkerCount(): number {
  return liveSlots().length;
}

/** Counters of the pool's life, for tests and the load bench. */
export function workerPoolCounters(): Readonly<typeof counters> & { queued: number; live: number; threads: number; starting: number } {
  return { ...counters, queued: queue.length, live: liveWorkerCount(), threads: threadCount(), starting: slots.filter((s) => !s.ready && !s.retiring).length };
}

/** Terminate every worker (queued calls are rejected with ABORTED) and wait until they have exited. */
export async function terminateAll(): Promise<void> {
  closing = true;
  for (const job of queue.splice(0)) settle(job, { error: new AbortedError("The worker pool was closed.") });
  const all = slots.splice(0);
  for (const s of all) {
    const job = s.job;
    s.job = null;
    s.retiring = true;
    if (s.idleTimer) clearTimeout(s.idleTimer);
    if (job) settle(job, { error: new AbortedError("The worker pool was closed.") });
  }
  stopSampler();
  try {
    await Promise.all(all.map((s) => s.worker.terminate().catch(() => undefined)));
  } finally {
    closing = false;
  }
}
