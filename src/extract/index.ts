/**
 * Extraction stage: bytes → lines with page and style facts.
 * `extractResume` is the entry point; the format is detected by content
 * only, and read by its reader (`readers/`).
 */
import { EmptyInputError, CorruptFileError, ResumeAtsError, UnsupportedFormatError } from "../errors.js";
import type { ExtractedDocument, ExtractOptions, ResumeInput } from "../types.js";
import { runWithDeadline, type WorkContext } from "./deadline.js";
import { detectFormat } from "./detect.js";
import { resolveLimits, type ResolvedLimits } from "./limits.js";
import { finishDocument } from "./lines.js";
import { attachLinks } from "./pdf-links.js";
import { loadInput } from "./input.js";
import { readerFor, textReaderFor, type Reader } from "./readers/index.js";
import { decodeTextOrThrow } from "./text.js";

export { DEFAULT_LIMITS, resolveLimits } from "./limits.js";
export type { ResolvedLimits } from "./limits.js";
export { detectFormat } from "./detect.js";
export type { DetectedFormat } from "./detect.js";
export { READERS, TEXT_FORMATS, type Reader, type ReadContext, type ReadResult, type BytesReader, type TextReader } from "./readers/index.js";

/** What a reader reads: the file's bytes, or text given as text. */
type Source = { bytes: Uint8Array } | { text: string };

/** Reads a source with `reader` into a finished document; every failure is a `ResumeAtsError`. */
async function read(reader: Reader, source: Source, limits: ResolvedLimits, work: WorkContext, options: ExtractOptions): Promise<ExtractedDocument> {
  const ctx = { limits, work, fontStyles: options.fontStyles !== false };
  try {
    const r =
      reader.input === "bytes"
        ? await reader.read("bytes" in source ? source.bytes : new TextEncoder().encode(source.text), ctx)
        : await reader.read("text" in source ? source.text : decodeTextOrThrow(source.bytes), ctx);
    const doc = finishDocument(reader.format as ExtractedDocument["format"], r.lines, r.pageCount, r.metadata, r.warnings, limits.maxTextChars);
    if (doc.lines.length === 0) throw new EmptyInputError(reader.emptyMessage);
    // Link annotations (PDF) are tied to the finished lines they sit on.
    if (r.links !== undefined && r.links.length > 0) doc.links = attachLinks(r.links, doc.lines);
    return doc;
  } catch (e) {
    work.check();
    if (e instanceof ResumeAtsError) throw e;
    throw new CorruptFileError("The file could not be read.", { cause: e });
  }
}

/**
 * Reads a resume (path, bytes or `{ text }`) into lines in reading order.
 * Every failure is a `ResumeAtsError` with a stable code: `FILE_NOT_FOUND`,
 * `EMPTY_INPUT`, `UNSUPPORTED_FORMAT`, `CORRUPT_FILE`, `ENCRYPTED_PDF`,
 * `NO_TEXT_LAYER`, `TOO_LARGE`, `TIMEOUT` or `ABORTED`.
 */
export async function extractResume(input: ResumeInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const limits = resolveLimits(options);
  return runWithDeadline(async (work) => {
    const loaded = await loadInput(input, limits.maxBytes);
    work.check();
    if (loaded.kind === "text") {
      if (loaded.text.trim().length === 0) throw new EmptyInputError();
      const reader = loaded.format ? readerFor(loaded.format) : textReaderFor(loaded.text);
      return read(reader, { text: loaded.text }, limits, work, options);
    }
    const detected = detectFormat(loaded.bytes);
    if (!detected.supported) {
      if (detected.kind === "empty") throw new EmptyInputError();
      if (detected.kind === "damaged-zip") throw new CorruptFileError(detected.message);
      throw new UnsupportedFormatError(detected.message, { details: { kind: detected.kind } });
    }
    return read(readerFor(detected.format), { bytes: loaded.bytes }, limits, work, options);
  }, limits.timeoutMs, options.signal);
}
