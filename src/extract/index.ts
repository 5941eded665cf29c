/**
 * Extraction stage: bytes → lines with page and style facts.
 * `extractResume` is the entry point; format detection is by content only.
 */
import { EmptyInputError, CorruptFileError, ResumeAtsError, UnsupportedFormatError } from "../errors.js";
import type { ExtractedDocument, ExtractOptions, ResumeInput, Warning } from "../types.js";
import { runWithDeadline } from "./deadline.js";
import { classifyText, detectFormat } from "./detect.js";
import { extractDocx } from "./docx.js";
import { jsonResumeToLines, parseJsonResume } from "./json-resume.js";
import { resolveLimits, type ResolvedLimits } from "./limits.js";
import { finishDocument } from "./lines.js";
import { markdownToLines } from "./markdown.js";
import { extractPdf } from "./pdf.js";
import { attachLinks } from "./pdf-links.js";
import { loadInput } from "./input.js";
import { decodeTextOrThrow, textToLines } from "./text.js";

export { DEFAULT_LIMITS, resolveLimits } from "./limits.js";
export type { ResolvedLimits } from "./limits.js";
export { detectFormat } from "./detect.js";
export type { DetectedFormat } from "./detect.js";

function fromText(text: string, format: "text" | "markdown" | "json-resume", limits: ResolvedLimits): ExtractedDocument {
  if (text.trim().length === 0) throw new EmptyInputError();
  const warnings: Warning[] = [];
  let drafts;
  if (format === "json-resume") {
    const doc = parseJsonResume(text);
    if (!doc) throw new CorruptFileError("The text is not a valid JSON Resume document (expected a JSON object with basics/work/skills/education).");
    drafts = jsonResumeToLines(doc);
  } else {
    drafts = format === "markdown" ? markdownToLines(text) : textToLines(text);
  }
  const doc = finishDocument(format, drafts, 1, {}, warnings, limits.maxTextChars);
  if (doc.lines.length === 0) throw new EmptyInputError("The input has no readable text.");
  return doc;
}

/**
 * Reads a resume (path, bytes or `{ text }`) into lines in reading order.
 * Every failure is a `ResumeAtsError` with a stable code: `FILE_NOT_FOUND`,
 * `EMPTY_INPUT`, `UNSUPPORTED_FORMAT`, `CORRUPT_FILE`, `ENCRYPTED_PDF`,
 * `NO_TEXT_LAYER`, `TOO_LARGE`, `TIMEOUT` or `ABORTED`.
 */
export async function extractResume(input: ResumeInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const limits = resolveLimits(options);
  return runWithDeadline(async (ctx) => {
    const loaded = await loadInput(input, limits.maxBytes);
    ctx.check();
    if (loaded.kind === "text") {
      return fromText(loaded.text, loaded.format ?? classifyText(loaded.text), limits);
    }
    const bytes = loaded.bytes;
    const detected = detectFormat(bytes);
    if (!detected.supported) {
      if (detected.kind === "empty") throw new EmptyInputError();
      if (detected.kind === "damaged-zip") throw new CorruptFileError(detected.message);
      throw new UnsupportedFormatError(detected.message, { details: { kind: detected.kind } });
    }
    try {
      if (detected.format === "pdf") {
        const r = await extractPdf(bytes, limits, ctx, { fontStyles: options.fontStyles !== false });
        const doc = finishDocument("pdf", r.lines, r.pageCount, r.metadata, r.warnings, limits.maxTextChars);
        if (r.links.length > 0) doc.links = attachLinks(r.links, doc.lines);
        return doc;
      }
      if (detected.format === "docx") {
        const r = await extractDocx(bytes, limits, ctx);
        const doc = finishDocument("docx", r.lines, 1, r.metadata, r.warnings, limits.maxTextChars);
        if (doc.lines.length === 0) throw new EmptyInputError("The DOCX has no text.");
        return doc;
      }
      return fromText(decodeTextOrThrow(bytes), detected.format, limits);
    } catch (e) {
      ctx.check();
      if (e instanceof ResumeAtsError) throw e;
      throw new CorruptFileError("The file could not be read.", { cause: e });
    }
  }, limits.timeoutMs, options.signal);
}
