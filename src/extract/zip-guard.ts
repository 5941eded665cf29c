/**
 * Reads a zip's central directory with plain offset arithmetic (nothing is
 * inflated) and enforces entry-count, size and ratio limits before any zip
 * library touches the bytes. Also inflates single entries with a hard output
 * cap, so headers that lie about sizes cannot blow up memory.
 */
import { CorruptFileError, TooLargeError, UnsupportedFormatError } from "../errors.js";
import { inflateRawBounded } from "./inflate.js";
import { RATIO_CHECK_MIN_BYTES, type ResolvedLimits } from "./limits.js";

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local file header. */
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/** True when the bytes start like a zip archive (local header or empty-archive EOCD). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Lists the central directory. Throws `CorruptFileError` when there is no
 * End Of Central Directory record or the directory is out of bounds, and
 * `UnsupportedFormatError` for zip64 archives (no resume needs them).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const dv = view(bytes);
  const minEocd = 22;
  if (bytes.length < minEocd) throw new CorruptFileError("The zip file is truncated: it has no central directory.");
  let eocd = -1;
  const stop = Math.max(0, bytes.length - minEocd - 0xffff);
  for (let i = bytes.length - minEocd; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD_SIG) { eocd = i; break; }
  }
  if (eocd < 0) throw new CorruptFileError("The file is a damaged zip/DOCX: its central directory is missing (the file may be truncated).");
  const count = dv.getUint16(eocd + 10, true);
  const size = dv.getUint32(eocd + 12, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
    throw new UnsupportedFormatError("This is a zip64 archive, which Word never writes for a resume; save the document again as DOCX or PDF.");
  }
  if (offset + size > eocd) throw new CorruptFileError("The file is a damaged zip/DOCX: its central directory points outside the file.");
  const entries: ZipEntry[] = [];
  let p = offset;
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CEN_SIG) {
      throw new CorruptFileError("The file is a damaged zip/DOCX: a central directory entry is malformed.");
    }
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const uncompressedSize = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const localHeaderOffset = dv.getUint32(p + 42, true);
    if (p + 46 + nameLen > bytes.length) throw new CorruptFileError("The file is a damaged zip/DOCX: an entry name runs past the end.");
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Enforces `maxZipEntries`, `maxUncompressedBytes` (sum of declared sizes)
 * and `maxCompressionRatio` (entries over 1 MB) on a directory listing.
 * Throws `TooLargeError` with `details.limit` naming the limit.
 */
export function checkZipLimits(entries: readonly ZipEntry[], limits: ResolvedLimits): void {
  if (entries.length > limits.maxZipEntries) {
    throw new TooLargeError(`The archive has ${entries.length} entries, more than the limit of ${limits.maxZipEntries}.`, {
      details: { limit: "maxZipEntries", value: entries.length, max: limits.maxZipEntries },
    });
  }
  let total = 0;
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.name)) throw new CorruptFileError("The archive lists the same entry twice, which a valid DOCX never does.", { details: { entry: e.name } });
    seen.add(e.name);
    total += e.uncompressedSize;
    if (e.uncompressedSize > RATIO_CHECK_MIN_BYTES) {
      const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
      if (ratio > limits.maxCompressionRatio) {
        throw new TooLargeError(`An entry of the archive expands ${Math.round(ratio)}:1, above the limit of ${limits.maxCompressionRatio}:1 (a zip bomb?).`, {
          details: { limit: "maxCompressionRatio", entry: e.name, value: ratio, max: limits.maxCompressionRatio },
        });
      }
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new TooLargeError(`The archive expands to ${total} bytes, above the limit of ${limits.maxUncompressedBytes}.`, {
      details: { limit: "maxUncompressedBytes", value: total, max: limits.maxUncompressedBytes },
    });
  }
}

/**
 * Inflates one entry, never producing more than `min(declared size, cap)`
 * bytes. A real size that differs from the declared one → `CorruptFileError`.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  const dv = view(bytes);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== LOC_SIG) {
    throw new CorruptFileError("The file is a damaged zip/DOCX: a local file header is missing.", { details: { entry: entry.name } });
  }
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new CorruptFileError("The file is a damaged zip/DOCX: an entry runs past the end of the file.", { details: { entry: entry.name } });
  const raw = bytes.subarray(start, end);
  if (entry.uncompressedSize > cap) {
    throw new TooLargeError(`An entry of the archive declares ${entry.uncompressedSize} bytes, above the limit of ${cap}.`, { details: { limit: "maxUncompressedBytes", entry: entry.name } });
  }
  let out: Uint8Array;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      // One byte more than declared: a stream that really is longer trips the cap.
      out = inflateRawBounded(raw, entry.uncompressedSize + 1);
    } catch (cause) {
      throw new CorruptFileError("The file is a damaged zip/DOCX: an entry does not inflate to its declared size.", { cause, details: { entry: entry.name } });
    }
  } else {
    throw new UnsupportedFormatError(`The archive uses compression method ${entry.method}, which DOCX files do not use; save the document again as DOCX or PDF.`);
  }
  if (out.length !== entry.uncompressedSize) {
    throw new CorruptFileError("The file is a damaged zip/DOCX: an entry's real size differs from the size its header declares.", { details: { entry: entry.name } });
  }
  return out;
}
