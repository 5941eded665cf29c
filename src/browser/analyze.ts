/// <reference lib="dom" />
/**
 * `analyzeResume` in a browser: the same function as Node's over a `File`,
 * `Blob`, `ArrayBuffer`, `Uint8Array` or `{ text }`, run in a Web Worker
 * with the same limits, giving the same report for the same bytes.
 */
import type { AnalyzeOptions } from "../analyze/options.js";
import { InvalidOptionsError, TooLargeError } from "../errors.js";
import { resolveLimits } from "../extract/limits.js";
import type { RoleSummary } from "../keywords/load.js";
import type { ResumeReport } from "../report/types.js";
import type { TextFormat } from "../types.js";
import { runInWorker, workerRoles } from "./client.js";
import type { WorkerAnalyzeOptions, WorkerInput } from "./protocol.js";

/** A resume or a job posting as a page has it. */
export type BrowserInput = File | Blob | ArrayBuffer | Uint8Array | { text: string; format?: TextFormat };

/**
 * Options of the browser `analyzeResume`: Node's `AnalyzeOptions` without
 * what needs a file system or threads (`isolate`, `maxMemoryMb`); `keywords`
 * is a parsed keyword file (an object), `jobDescription` any `BrowserInput`.
 */
export type BrowserAnalyzeOptions = Omit<AnalyzeOptions, "isolate" | "maxMemoryMb" | "keywords" | "jobDescription"> & {
  keywords?: Record<string, unknown>;
  jobDescription?: BrowserInput;
};

function isBlob(x: unknown): x is Blob {
  return typeof Blob !== "undefined" && x instanceof Blob;
}

function tooLarge(size: number, max: number): TooLargeError {
  return new TooLargeError(`The input is ${size} bytes, above the limit of ${max} bytes; a resume is rarely over 2 MB.`, {
    details: { limit: "maxBytes", value: size, max },
  });
}

/**
 * The input as this call's own bytes or text. A Blob's size is checked
 * before it is read, so a huge file is refused without loading it.
 */
async function toWorkerInput(input: BrowserInput, maxBytes: number, what: string): Promise<WorkerInput> {
  if (isBlob(input)) {
    if (input.size > maxBytes) throw tooLarge(input.size, maxBytes);
    return new Uint8Array(await input.arrayBuffer());
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) throw tooLarge(input.byteLength, maxBytes);
    return input.slice();
  }
  if (input instanceof ArrayBuffer) {
    if (input.byteLength > maxBytes) throw tooLarge(input.byteLength, maxBytes);
    return new Uint8Array(input.slice(0));
  }
  if (input !== null && typeof input === "object" && typeof (input as { text?: unknown }).text === "string") {
    const { text, format } = input as { text: string; format?: TextFormat };
    return format === undefined ? { text } : { text, format };
  }
  if (typeof input === "string") {
    throw new InvalidOptionsError(`A browser has no file paths: pass the ${what} as a File, Blob, ArrayBuffer, Uint8Array or { text }.`, { details: { input: "path" } });
  }
  throw new InvalidOptionsError(`The ${what} must be a File, Blob, ArrayBuffer, Uint8Array or { text }.`);
}

/**
 * Analyze a resume in the browser: the same report as Node's
 * `analyzeResume` for the same bytes and options. Reading runs in a Web
 * Worker (pdf.js, mammoth) under the same limits (`maxBytes`, `maxPages`,
 * `timeoutMs`: the worker is terminated when reading takes longer, and the
 * zip and stream limits); nothing is fetched. A `File`'s name becomes
 * `report.file` unless `options.file` is given. Rejects with a
 * `ResumeAtsError` subclass (stable `code`) on bad input.
 *
 * @example
 * const report = await analyzeResume(input.files[0], { role: "backend-developer" });
 */
export async function analyzeResume(input: BrowserInput, given: BrowserAnalyzeOptions = {}): Promise<ResumeReport> {
  const merged = given.limits ? { ...given.limits, ...given } : given;
  const { signal, jobDescription, keywords, ...rest } = merged as BrowserAnalyzeOptions & { isolate?: unknown; maxMemoryMb?: unknown };
  if (typeof keywords === "string") {
    throw new InvalidOptionsError("A browser cannot read a keyword file by path: pass the parsed file (an object) as `keywords`.", { details: { keywords } });
  }
  delete (rest as { isolate?: unknown }).isolate;
  delete (rest as { maxMemoryMb?: unknown }).maxMemoryMb;
  const limits = resolveLimits(merged);
  const options: WorkerAnalyzeOptions = { ...rest };
  if (keywords !== undefined) options.keywords = keywords;
  if (jobDescription !== undefined) options.jobDescription = await toWorkerInput(jobDescription, limits.maxBytes, "job description");
  if (options.file === undefined && typeof File !== "undefined" && input instanceof File && input.name) options.file = input.name;
  return runInWorker(await toWorkerInput(input, limits.maxBytes, "resume"), options, limits.timeoutMs, signal);
}

/** Analyze resume text already in hand (plain text, Markdown or JSON Resume). */
export function analyzeText(text: string, options: BrowserAnalyzeOptions & { format?: TextFormat } = {}): Promise<ResumeReport> {
  const { format, ...rest } = options;
  return analyzeResume(format ? { text, format } : { text }, rest);
}

/** The catalog's roles (id, title, list sizes), sorted by id, and its version: from the worker, which this starts. */
export async function listRoles(): Promise<RoleSummary[]> {
  return (await workerRoles()).roles;
}
