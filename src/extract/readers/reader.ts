/**
 * What an input reader is (as textlint's plugins and alex's entry points):
 * a format name, a cheap `sniff` that says whether some bytes (or decoded
 * text) are of its format, and `read`, which turns them into draft lines.
 * Readers take bytes or text, never a path: reading files is the caller's
 * business (`loadInput`), so a reader can run where there is no file system.
 */
import type { ExtractedDocument, Warning } from "../../types.js";
import type { WorkContext } from "../deadline.js";
import type { ResolvedLimits } from "../limits.js";
import type { DraftLine } from "../lines.js";
import type { PageLink } from "../pdf-links.js";

/** What a reader gets besides its input. */
export interface ReadContext {
  limits: ResolvedLimits;
  /** The deadline and cancellation of this extraction. */
  work: WorkContext;
  /** Read PDF font styles (bold, icon fonts); see `ExtractOptions.fontStyles`. */
  fontStyles: boolean;
}

/** A reader's lines and facts, before the document is finished (indexes, `maxTextChars`). */
export interface ReadResult {
  lines: DraftLine[];
  pageCount: number;
  metadata: ExtractedDocument["metadata"];
  warnings: Warning[];
  /** Link annotations with the text drawn inside them (PDF), tied to the finished lines by `extractResume`. */
  links?: PageLink[];
}

interface ReaderBase<F extends string> {
  format: F;
  /** One line for docs and errors. */
  description: string;
  /** The message of the `EMPTY_INPUT` error when the document has no line of text. */
  emptyMessage: string;
}

/** A reader of binary files (PDF, DOCX): sniffs and reads the bytes. */
export interface BytesReader<F extends string = string> extends ReaderBase<F> {
  input: "bytes";
  sniff(bytes: Uint8Array): boolean;
  read(bytes: Uint8Array, ctx: ReadContext): Promise<ReadResult>;
}

/** A reader of text formats (Markdown, JSON Resume, plain text): sniffs and reads decoded text. */
export interface TextReader<F extends string = string> extends ReaderBase<F> {
  input: "text";
  sniff(text: string): boolean;
  read(text: string, ctx: ReadContext): ReadResult | Promise<ReadResult>;
}

/** Any reader. */
export type Reader = BytesReader | TextReader;

/** A text reader's result for formats without pages or metadata. */
export function textResult(lines: DraftLine[]): ReadResult {
  return { lines, pageCount: 1, metadata: {}, warnings: [] };
}
