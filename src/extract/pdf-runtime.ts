/**
 * What `extractPdf` needs from the platform it runs on: pdf-parse (pdf.js)
 * itself, the few pdf.js options that differ by platform, and a way to let
 * timers fire between pdf.js calls. This is Node's. The browser build swaps
 * this module for `src/browser/pdf-runtime.ts` (pdf-parse's web build, with
 * pdf.js's worker code in the same Web Worker): see `tsup.config.ts`.
 */

/** Loads pdf-parse (Node build: pdf.js's legacy build, its worker code in this thread). */
export function loadPdfParse(): Promise<typeof import("pdf-parse")> {
  return import("pdf-parse");
}

/** pdf.js options of this platform, spread over extractPdf's own (none differ in Node). */
export const PDF_PLATFORM_OPTIONS: Record<string, unknown> = {};

/**
 * One turn of the event loop. pdf.js in Node runs its "worker" in this
 * thread and answers through promises only, so a whole extraction is one
 * chain of microtasks in which no timer can fire: the deadline of
 * `runWithDeadline` (and any caller's timer) would wait for the end. Yielding
 * between pdf.js calls lets it fire, so with `isolate: false` the deadline
 * holds to within one pdf.js call (loading the document, or one page's text
 * or fonts); the isolated worker is terminated at the deadline whatever runs.
 */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
