/**
 * Standard input as a file: `resume-ats -` reads the resume from stdin and
 * `--jd -` the job description (the usual Unix convention; a file really
 * named "-" is given as "./-"). The bytes go to the library like a file's,
 * so the format is found by content, and reading stops with `TOO_LARGE` as
 * soon as more than the size limit has arrived (nothing unbounded is held).
 */
import { TooLargeError } from "../errors.js";
import { UsageError } from "./usage-error.js";

/** The argument that names standard input. */
export const STDIN_ARG = "-";

/** The name a resume read from standard input has in reports and messages. */
export const STDIN_NAME = "<stdin>";

/** A readable source of chunks, as `process.stdin` is. */
export type ChunkSource = AsyncIterable<Uint8Array | string>;

/**
 * Reads `source` to its end. Rejects with `TooLargeError` (code `TOO_LARGE`)
 * once more than `maxBytes` bytes have arrived, and stops reading there.
 */
export async function readAll(source: ChunkSource, maxBytes: number, what = "Standard input"): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > maxBytes) {
      // Leaving the loop ends the stream: nothing more is read.
      throw new TooLargeError(`${what} is more than ${maxBytes} bytes, the limit; a resume is rarely over 2 MB.`, { details: { limit: "maxBytes", max: maxBytes } });
    }
    chunks.push(bytes);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Checks that standard input feeds one thing at most: the resume (`-`) or the job description (`--jd -`). */
export function checkStdinUse(files: readonly string[], jd: string | undefined): void {
  const resumes = files.filter((f) => f === STDIN_ARG).length;
  if (resumes > 0 && jd === STDIN_ARG) throw new UsageError(`standard input can give the resume ("-") or the job description ("--jd -"), not both.`);
}
