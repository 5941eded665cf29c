/**
 * The DOCX reader: a zip holding `word/document.xml` (or an OOXML package
 * that lost it, reported as damaged when read). Zip limits and XML checks
 * come first; mammoth (imported on first use) converts the body.
 */
import { extractDocx } from "../docx.js";
import { looksLikeZip, readZipDirectory } from "../zip-guard.js";
import type { BytesReader } from "./reader.js";

/** True for a zip whose directory names a Word main part, or an OOXML package that is not another Office format. */
function isWordPackage(bytes: Uint8Array): boolean {
  if (!looksLikeZip(bytes)) return false;
  try {
    const names = new Set(readZipDirectory(bytes).map((e) => e.name));
    if (names.has("word/document.xml")) return true;
    // An OOXML package without its main part is a damaged DOCX, unless it is OpenDocument, Excel or PowerPoint.
    const other = (names.has("mimetype") && names.has("content.xml")) || [...names].some((n) => n.startsWith("xl/") || n.startsWith("ppt/"));
    return names.has("[Content_Types].xml") && !other;
  } catch {
    return false;
  }
}

export const docxReader: BytesReader<"docx"> = {
  format: "docx",
  input: "bytes",
  description: "Word DOCX (mammoth convertToHtml for the body, plus the headers and footers mammoth skips), read under zip-bomb and XML limits.",
  emptyMessage: "The DOCX has no text.",
  sniff: isWordPackage,
  read: async (bytes, ctx) => {
    const r = await extractDocx(bytes, ctx.limits, ctx.work);
    return { lines: r.lines, pageCount: 1, metadata: r.metadata, warnings: r.warnings };
  },
};
