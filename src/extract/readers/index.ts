/**
 * Input readers, listed once. Detection asks the byte readers first, then
 * decodes text and asks the text readers in this order (the first that
 * claims the input reads it; plain text claims everything). Adding an input
 * format is adding its reader file and one line here; `DocumentFormat` and
 * `TextFormat` follow from this list.
 */
import { docxReader } from "./docx.js";
import { jsonResumeReader } from "./json-resume.js";
import { markdownReader } from "./markdown.js";
import { pdfReader } from "./pdf.js";
import type { BytesReader, Reader, TextReader } from "./reader.js";
import { textReader } from "./text.js";

export type { BytesReader, ReadContext, Reader, ReadResult, TextReader } from "./reader.js";

/** Every reader, in detection order. */
export const READERS = [pdfReader, docxReader, jsonResumeReader, markdownReader, textReader] as const satisfies readonly Reader[];

/** A format the extractor reads (by content, never by file name). */
export type ReaderFormat = (typeof READERS)[number]["format"];

/** A format given as text (`{ text, format }`). */
export type ReaderTextFormat = Extract<(typeof READERS)[number], { input: "text" }>["format"];

/** The readers of bytes, in detection order. */
export const BYTES_READERS: readonly BytesReader[] = READERS.filter((r): r is Extract<(typeof READERS)[number], { input: "bytes" }> => r.input === "bytes");

/** The readers of text, in detection order. */
export const TEXT_READERS: readonly TextReader[] = READERS.filter((r): r is Extract<(typeof READERS)[number], { input: "text" }> => r.input === "text");

/** Every format read from text, in detection order. */
export const TEXT_FORMATS: readonly ReaderTextFormat[] = TEXT_READERS.map((r) => r.format as ReaderTextFormat);

/** The reader of a format. */
export function readerFor(format: ReaderFormat): Reader {
  return READERS.find((r) => r.format === format)!;
}

/** The text reader that claims `text` (plain text when no other does). */
export function textReaderFor(text: string): TextReader {
  return TEXT_READERS.find((r) => r.sniff(text)) ?? textReader;
}
