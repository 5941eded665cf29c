/**
 * Format detection from the bytes alone (never the file name).
 */
import type { DocumentFormat, TextFormat } from "../types.js";
import { BYTES_READERS, textReaderFor } from "./readers/index.js";
import { ascii, startsWith } from "./signatures.js";
import { decodeText } from "./text.js";
import { looksLikeZip, readZipDirectory } from "./zip-guard.js";

export { findPdfHeader } from "./signatures.js";

/** What the bytes are: the format of the reader that claims them, or why none does (with a message for the user). */
export type DetectedFormat =
  | { supported: true; format: DocumentFormat }
  | { supported: false; kind: "empty" | "doc" | "odt" | "image" | "zip" | "rtf" | "binary" | "damaged-zip"; message: string };

const MSG = {
  doc: "This is a legacy Word .doc file (Word 97-2003); save it as PDF or DOCX and try again.",
  odt: "This is an OpenDocument (.odt) file; save or export it as PDF or DOCX and try again.",
  zip: "This is a zip archive but not a Word document (no word/document.xml); upload the resume itself as PDF or DOCX.",
  rtf: "This is a Rich Text Format (.rtf) file; save it as PDF or DOCX and try again.",
  binary: "This file is binary data, not a resume format we read; save the resume as PDF, DOCX or plain text.",
  empty: "The input is empty: there is no resume to read.",
  damaged: "The file is a damaged zip/DOCX: its central directory is missing or broken (the file may be truncated).",
} as const;

function imageKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "PNG";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "JPEG";
  if (startsWith(bytes, ascii("GIF8"))) return "GIF";
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return "TIFF";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "WebP";
  if (startsWith(bytes, ascii("BM")) && bytes.length > 14 && bytes[6] === 0 && bytes[7] === 0) return "BMP";
  if (startsWith(bytes, [0x00, 0x00, 0x00]) && startsWith(bytes, ascii("ftyp"), 4)) return "HEIC/AVIF";
  return null;
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) {
      // UTF-8 BOM or NBSP-only content counts as blank too.
      if (i === 0 && b === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { i += 2; continue; }
      return false;
    }
  }
  return true;
}

/** Why a zip no reader claimed is refused, from its entry names (no inflating). */
function zipKind(bytes: Uint8Array): DetectedFormat {
  let names: string[];
  try {
    names = readZipDirectory(bytes).map((e) => e.name);
  } catch {
    return { supported: false, kind: "damaged-zip", message: MSG.damaged };
  }
  if (names.includes("mimetype") && names.includes("content.xml")) return { supported: false, kind: "odt", message: MSG.odt };
  if (names.some((n) => n.startsWith("xl/"))) return { supported: false, kind: "zip", message: "This is an Excel workbook, not a resume document; save the resume as PDF or DOCX." };
  if (names.some((n) => n.startsWith("ppt/"))) return { supported: false, kind: "zip", message: "This is a PowerPoint presentation, not a resume document; save the resume as PDF or DOCX." };
  return { supported: false, kind: "zip", message: MSG.zip };
}

/**
 * Detects the format from the bytes: the first reader of `READERS` whose
 * `sniff` claims them (PDF: `%PDF-` in the first 1024 bytes; DOCX: a zip
 * holding `word/document.xml`), else, for decoded UTF-8/UTF-16 text, the
 * first text reader that claims it (JSON Resume, Markdown, plain text).
 * Everything else (legacy .doc, OpenDocument, images, other zips, RTF,
 * binary) is `supported: false` with a message saying what to do.
 */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0 || isBlank(bytes)) return { supported: false, kind: "empty", message: MSG.empty };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { supported: false, kind: "doc", message: MSG.doc };
  for (const r of BYTES_READERS) if (r.sniff(bytes)) return { supported: true, format: r.format as DocumentFormat };
  if (looksLikeZip(bytes)) return zipKind(bytes);
  const img = imageKind(bytes);
  if (img) return { supported: false, kind: "image", message: `This is a ${img} image, not a text document; an ATS cannot read text in images. Export the resume from your editor as PDF or DOCX.` };
  if (startsWith(bytes, ascii("{\\rtf"))) return { supported: false, kind: "rtf", message: MSG.rtf };
  const text = decodeText(bytes);
  if (text === null) return { supported: false, kind: "binary", message: MSG.binary };
  return { supported: true, format: classifyText(text) };
}

/** The text format of decoded text: the first text reader that claims it (JSON Resume, Markdown, else plain text). */
export function classifyText(text: string): TextFormat {
  return textReaderFor(text).format as TextFormat;
}
