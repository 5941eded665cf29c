/**
 * The analyzer's Web Worker: reads a resume (pdf.js, mammoth, the text
 * readers, with the same limits as in Node) and builds its report, off the
 * page's thread. The page terminates it when reading passes `timeoutMs`.
 * Built by the browser build into one classic script, with the browser
 * modules in place of the Node ones (see `scripts/browser-build.ts`).
 */
import { analyzeExtracted, checkOptions } from "../analyze/index.js";
import type { AnalyzeOptions } from "../analyze/options.js";
import { ResumeAtsError } from "../errors.js";
import { extractResume } from "../extract/index.js";
import { getBuiltinCatalog, listRoles } from "../keywords/load.js";
import { tinyPdf } from "../isolate/warm-up.js";
import type { AnalyzeRequest, WorkerError, WorkerInput, WorkerMessage } from "./protocol.js";

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: "message", listener: (event: { data: AnalyzeRequest }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

function toWorkerError(e: unknown): WorkerError {
  const err = e instanceof Error ? e : new Error(String(e));
  return {
    code: e instanceof ResumeAtsError ? e.code : null,
    name: err.name,
    message: err.message,
    ...(e instanceof ResumeAtsError && e.details ? { details: e.details } : {}),
  };
}

/** What Node's `analyzeResume` does for bytes or text, with the "extracted" signal between reading and analysis. */
async function analyze(input: WorkerInput, given: AnalyzeOptions, onExtracted: () => void): Promise<import("../report/types.js").ResumeReport> {
  const options: AnalyzeOptions = given.limits ? { ...given.limits, ...given } : given;
  checkOptions(options);
  const doc = await extractResume(input, options);
  onExtracted();
  return analyzeExtracted(doc, options);
}

/**
 * Loads and runs everything once on a tiny PDF (pdf.js, the catalog, the
 * matcher, the vocabulary, the writing rules), so the first file's deadline
 * counts its own work and its report comes as fast as the next one's.
 */
async function warmUp(): Promise<void> {
  try {
    await analyze(tinyPdf(), { role: "backend-developer", timeoutMs: 30_000 }, () => undefined);
  } catch {
    /* the first real file will show the problem */
  }
}

const queue: AnalyzeRequest[] = [];
let running = false;

/** One request at a time, in order (the page sends one at a time too). */
async function drain(): Promise<void> {
  if (running) return;
  running = true;
  await warm;
  while (queue.length > 0) {
    const req = queue.shift()!;
    try {
      const report = await analyze(req.input, req.options as AnalyzeOptions, () => scope.postMessage({ type: "extracted", id: req.id }));
      scope.postMessage({ type: "done", id: req.id, report });
    } catch (e) {
      scope.postMessage({ type: "failed", id: req.id, error: toWorkerError(e) });
    }
  }
  running = false;
}

scope.addEventListener("message", (event) => {
  if (event.data?.type !== "analyze") return;
  queue.push(event.data);
  void drain();
});

const warm = warmUp();
void warm.then(() => {
  const catalog = getBuiltinCatalog();
  scope.postMessage({ type: "ready", roles: listRoles(catalog), catalogVersion: catalog.version });
});
