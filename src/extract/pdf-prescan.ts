/**
 * Bounded pre-scan of a PDF's Flate streams: inflates each one with a hard
 * output cap so that a "flate bomb" (a small stream that decodes to hundreds
 * of megabytes) is refused before pdf.js decodes it without any limit.
 * Plain `Uint8Array` work and `./inflate.js`, so it runs in a browser too.
 */
import { TooLargeError } from "../errors.js";
import { zlibDecodedSize } from "./inflate.js";

const STREAM = new TextEncoder().encode("stream");
const BEGIN_CMAP = new TextEncoder().encode("begincmap");
/** A ToUnicode target U+00AD, as CMaps write it (hex is case-insensitive). */
const SOFT_HYPHEN_TARGET = /<00ad>/iu;
const ENDSTREAM = new TextEncoder().encode("endstream");
/** Streams (decoded) at least this long are not looked at for a CMap: a ToUnicode CMap is far smaller. */
const CMAP_MAX_BYTES = 1 << 20;
/** Bytes as one char per byte; only ASCII is tested, and every byte keeps its place. */
const LATIN1 = new TextDecoder("latin1");

function isZlibHeader(b0: number, b1: number): boolean {
  return (b0 & 0x0f) === 8 && (b0 >> 4) <= 7 && ((b0 << 8) | b1) % 31 === 0;
}

/** Offset of `needle` in `hay` at or after `from`, or -1 (the native `indexOf` finds each candidate first byte). */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first, from); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** What the pre-scan learned about a PDF's streams. */
export interface PdfStreamScan {
  /** Decoded bytes of every zlib stream. */
  decodedBytes: number;
  /** Some ToUnicode CMap maps a glyph to U+00AD (a drawn soft hyphen, which pdf.js's text layer drops). */
  mapsSoftHyphen: boolean;
}

/** True when a stream's decoded bytes are a CMap that maps a code to U+00AD. */
function cmapMapsSoftHyphen(data: Uint8Array): boolean {
  if (indexOfBytes(data, BEGIN_CMAP) < 0) return false;
  return SOFT_HYPHEN_TARGET.test(LATIN1.decode(data));
}

/**
 * Sums the decoded size of every zlib stream in the file; throws
 * `TooLargeError` as soon as the sum passes `maxDecodedBytes`. Linear in the
 * file size; damaged streams are skipped (pdf.js will judge them).
 */
export function checkPdfStreamBudget(bytes: Uint8Array, maxDecodedBytes: number): number {
  return scanPdfStreams(bytes, maxDecodedBytes).decodedBytes;
}

/**
 * `checkPdfStreamBudget`, and while each stream is decoded anyway, whether a
 * ToUnicode CMap maps a glyph to U+00AD. Linear in the file size.
 */
export function scanPdfStreams(bytes: Uint8Array, maxDecodedBytes: number): PdfStreamScan {
  const buf = bytes;
  let mapsSoftHyphen = false;
  const inspect = (decoded: Uint8Array): void => {
    if (!mapsSoftHyphen) mapsSoftHyphen = cmapMapsSoftHyphen(decoded);
  };
  let total = 0;
  let pos = 0;
  for (;;) {
    const s = indexOfBytes(buf, STREAM, pos);
    if (s < 0) break;
    // Skip "endstream" itself.
    if (s >= 3 && buf[s - 1] === 0x64 && buf[s - 2] === 0x6e && buf[s - 3] === 0x65) { pos = s + STREAM.length; continue; }
    let start = s + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) { pos = start; continue; }
    if (buf[start] === 0x0a) start++;
    const end = indexOfBytes(buf, ENDSTREAM, start);
    if (end < 0) break;
    if (end - start > 2 && isZlibHeader(buf[start], buf[start + 1])) {
      const decoded = zlibDecodedSize(buf.subarray(start, end), maxDecodedBytes - total, mapsSoftHyphen ? undefined : { below: CMAP_MAX_BYTES, inspect });
      if (decoded >= 0) total += decoded;
      if (total > maxDecodedBytes) {
        throw new TooLargeError(`The PDF's compressed streams decode to more than ${maxDecodedBytes} bytes (a decompression bomb?).`, {
          details: { limit: "maxUncompressedBytes", max: maxDecodedBytes },
        });
      }
    } else if (!mapsSoftHyphen && end - start < CMAP_MAX_BYTES) {
      inspect(buf.subarray(start, end));
    }
    pos = end + ENDSTREAM.length;
  }
  return { decodedBytes: total, mapsSoftHyphen };
}
