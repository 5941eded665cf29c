/**
 * The browser's `src/extract/pdf-runtime.ts`: pdf-parse's web build (the
 * `browser` export of pdf-parse 2.4.5, with pdf.js 5.4.296 inside) and
 * pdf.js's worker code from the same package, both in this Web Worker: with
 * `globalThis.pdfjsWorker` set, pdf.js runs its "worker" side in this thread
 * (as it does in Node) instead of fetching a worker script. Nothing is ever
 * fetched: no worker URL, no standard font or CMap URL. The browser build
 * puts this module in place of the Node one.
 */
import type * as NodeRuntime from "../extract/pdf-runtime.js";

let loading: ReturnType<typeof NodeRuntime.loadPdfParse> | undefined;

/** As Node's: pdf-parse, loaded once; its worker half is loaded first so pdf.js finds it. */
export const loadPdfParse: typeof NodeRuntime.loadPdfParse = () => {
  loading ??= import("pdf-parse/web/pdf.worker.mjs").then(async (worker) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= { WorkerMessageHandler: worker.WorkerMessageHandler };
    return (await import("pdf-parse")) as Awaited<ReturnType<typeof NodeRuntime.loadPdfParse>>;
  });
  return loading;
};

/**
 * A Web Worker has no `document` to add `@font-face` rules to, and pdf.js's
 * font loading there would wait for one: fonts are read as data only
 * (their names, for bold and icon fonts, are the same either way).
 */
export const PDF_PLATFORM_OPTIONS: typeof NodeRuntime.PDF_PLATFORM_OPTIONS = { disableFontFace: true };

/** One macrotask turn (a MessageChannel message: timers in a busy worker are clamped to 4 ms). */
export const yieldToLoop: typeof NodeRuntime.yieldToLoop = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
