/**
 * The PDF reader: `%PDF-` within the first 1024 bytes (and not a zip).
 * pdf.js (through pdf-parse, imported on first use) is opened, read and
 * destroyed in one place, `extractPdf`, which this reader calls.
 */
import { findPdfHeader } from "../signatures.js";
import { extractPdf } from "../pdf.js";
import { looksLikeZip } from "../zip-guard.js";
import type { BytesReader } from "./reader.js";

export const pdfReader: BytesReader<"pdf"> = {
  format: "pdf",
  input: "bytes",
  description: "PDF with a text layer (pdf.js through pdf-parse): lines rebuilt from positions, columns read in order, bold and icon fonts known.",
  emptyMessage: "The PDF has no text.",
  sniff: (bytes) => !looksLikeZip(bytes) && findPdfHeader(bytes) >= 0,
  read: (bytes, ctx) => extractPdf(bytes, ctx.limits, ctx.work, { fontStyles: ctx.fontStyles }),
};
