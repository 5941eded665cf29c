/**
 * Worker thread entry: runs `extractResume` for the parent and posts back the
 * document or a serialized error. Built as `dist/worker.js`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extractResume } from "../extract/index.js";
import { ResumeAtsError } from "../errors.js";
import type { ExtractResponse, ReadyMessage, WorkerMemory, WorkerRequest, WorkerStartData } from "./protocol.js";
import { warmUp } from "./warm-up.js";
import { skipCanvasForPdfjs } from "./no-canvas.js";

function errorResponse(id: number, e: unknown): ExtractResponse {
  const err = e instanceof Error ? e : new Error(String(e));
  return {
    id,
    ok: false,
    error: {
      code: e instanceof ResumeAtsError ? e.code : null,
      name: err.name,
      message: err.message,
      ...(e instanceof ResumeAtsError && e.details ? { details: e.details } : {}),
    },
  };
}

/** Test hook: synchronous work that no in-thread deadline can interrupt. */
function spin(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    /* busy */
  }
}

/**
 * Parsers print warnings (pdf.js on malformed files). The parent pipes this
 * thread's stdout/stderr without reading them (reading would keep the host
 * alive), so anything written would pile up in the parent: write nothing.
 */
function mute(): void {
  const drop = ((_chunk: unknown, encoding?: unknown, cb?: unknown): boolean => {
    const done = typeof encoding === "function" ? encoding : cb;
    if (typeof done === "function") (done as () => void)();
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = drop;
  process.stderr.write = drop;
}

/** Test hook: hold `mb` MB of zero-filled buffers outside the heap, grown 8 MB every 5 ms, then call `done`. */
function hog(mb: number, done: () => void): void {
  const held: Buffer[] = [];
  const step = (): void => {
    if (held.length * 8 >= mb) return done();
    held.push(Buffer.alloc(8 * 1048576, 1));
    setTimeout(step, 5);
  };
  step();
}

/** Test hook: allocate until the worker's heap cap stops it. */
function exhaustMemory(): void {
  const hoard: string[][] = [];
  for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => `${i}-${hoard.length}`));
}

/** This thread's heap and external buffers in MB (`process.memoryUsage()` in a worker reports its own isolate, except `rss`). */
function memory(): WorkerMemory {
  const m = process.memoryUsage();
  return { heapTotal: m.heapTotal / 1048576, external: m.external / 1048576 };
}

async function start(port: NonNullable<typeof parentPort>): Promise<void> {
  if ((workerData as WorkerStartData | null)?.warm === true) await warmUp();
  const testHooks = process.env.RESUME_ATS_TEST_HOOKS === "1";
  port.on("message", (req: WorkerRequest) => {
    if (req.kind === "spin") {
      if (testHooks && req.hogMb !== undefined) {
        hog(req.hogMb, () => port.postMessage({ ...errorResponse(req.id, new Error("hogged")), memory: memory() } satisfies ExtractResponse));
        return;
      }
      if (testHooks) {
        console.log("worker-noise: stdout");
        console.error("worker-noise: stderr");
        spin(req.ms);
      }
      port.postMessage({ ...errorResponse(req.id, new Error(testHooks ? "spun" : "test hooks are off")), memory: memory() } satisfies ExtractResponse);
      if (testHooks && req.thenExhaustMemory) setTimeout(exhaustMemory, 20);
      return;
    }
    extractResume(req.input, req.options).then(
      (doc) => port.postMessage({ id: req.id, ok: true, doc, memory: memory() } satisfies ExtractResponse),
      (e: unknown) => port.postMessage({ ...errorResponse(req.id, e), memory: memory() } satisfies ExtractResponse),
    );
  });
  port.postMessage({ ready: true } satisfies ReadyMessage);
}

if (parentPort) {
  mute();
  skipCanvasForPdfjs(); // before pdf.js loads (no-canvas.ts)
  void start(parentPort);
}
