/**
 * Plain-text input: byte decoding (BOM-aware, binary rejected) and lines
 * with list markers turned into bullets.
 */
import { UnsupportedFormatError } from "../errors.js";
import { cleanLineText, collapseLetterSpacing, splitBullet, stripInlineIcons } from "./glyphs.js";
import type { DraftLine } from "./lines.js";

/**
 * Decodes text bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Returns `null` when the bytes are not text (invalid UTF-8, or NUL/control
 * heavy). Only the first `sampleLimit` bytes are checked for control chars.
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    try {
      return new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return null;
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  // Control characters other than \t \n \r \f: a few are tolerated (pasted junk), many mean binary.
  let controls = 0;
  const n = Math.min(text.length, 65_536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) controls++;
  }
  if (controls > Math.max(8, n * 0.02)) return null;
  return text;
}

/** Decodes or throws `UnsupportedFormatError` for binary content. */
export function decodeTextOrThrow(bytes: Uint8Array): string {
  const t = decodeText(bytes);
  if (t === null) {
    throw new UnsupportedFormatError("This file is binary data, not a resume format we read; save the resume as PDF, DOCX or plain text.");
  }
  return t;
}

/** Splits text on \r\n, \r or \n. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/u);
}

/** Plain text → draft lines: cleaned, list markers ("-", "*", "•", "1.") mapped to "• ". */
export function textToLines(text: string): DraftLine[] {
  const out: DraftLine[] = [];
  for (const raw of splitLines(text)) {
    const cleaned = cleanLineText(raw);
    if (cleaned.length === 0) continue;
    const b = splitBullet(cleaned, { allowDashes: true, allowNumbers: true });
    const t = b.bullet ? b.text : collapseLetterSpacing(stripInlineIcons(b.text));
    if (t.length === 0) continue;
    out.push(b.bullet ? { text: t, page: 1, bullet: true } : { text: t, page: 1 });
  }
  return out;
}
