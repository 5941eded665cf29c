/**
 * Bounded pre-scan of a PDF's Flate streams: inflates each one with a hard
 * output cap so that a "flate bomb" (a small stream that decodes to hundreds
 * of megabytes) is refused before pdf.js decodes it without any limit.
 */
import { constants, inflateSync } from "node:zlib";
import { TooLargeError } from "../errors.js";

const STREAM = Buffer.from("stream");
const BEGIN_CMAP = Buffer.from("begincmap");
/** A ToUnicode target U+00AD, as CMaps write it (hex is case-insensitive). */
const SOFT_HYPHEN_TARGET = /<00ad>/iu;
const ENDSTREAM = Buffer.from("endstream");

function isZlibHeader(b0: number, b1: number): boolean {
  return (b0 & 0x0f) === 8 && (b0 >> 4) <= 7 && ((b0 << 8) | b1) % 31 === 0;
}

/** What the pre-scan learned about a PDF's streams. */
export interface PdfStreamScan {
  /** Decoded bytes of every zlib stream. */
  decodedBytes: number;
  /** Some ToUnicode CMap maps a glyph to U+00AD (a drawn soft hyphen, which pdf.js's text layer drops). */
  mapsSoftHyphen: boolean;
}

/** True when a stream's decoded bytes are a CMap that maps a code to U+00AD. */
function cmapMapsSoftHyphen(data: Buffer): boolean {
  if (data.indexOf(BEGIN_CMAP) < 0) return false;
  return SOFT_HYPHEN_TARGET.test(data.toString("latin1"));
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
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let mapsSoftHyphen = false;
  let total = 0;
  let pos = 0;
  for (;;) {
    const s = buf.indexOf(STREAM, pos);
    if (s < 0) break;
    // Skip "endstream" itself.
    if (s >= 3 && buf[s - 1] === 0x64 && buf[s - 2] === 0x6e && buf[s - 3] === 0x65) { pos = s + STREAM.length; continue; }
    let start = s + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a && buf[start - 1] !== 0x0d) { pos = start; continue; }
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf(ENDSTREAM, start);
    if (end < 0) break;
    if (end - start > 2 && isZlibHeader(buf[start], buf[start + 1])) {
      const remaining = maxDecodedBytes - total;
      try {
        const out = inflateSync(buf.subarray(start, end), { maxOutputLength: Math.max(1, remaining + 1), finishFlush: constants.Z_SYNC_FLUSH });
        total += out.length;
        if (!mapsSoftHyphen && out.length < 1 << 20) mapsSoftHyphen = cmapMapsSoftHyphen(out);
      } catch (e) {
        if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") total = maxDecodedBytes + 1;
      }
      if (total > maxDecodedBytes) {
        throw new TooLargeError(`The PDF's compressed streams decode to more than ${maxDecodedBytes} bytes (a decompression bomb?).`, {
          details: { limit: "maxUncompressedBytes", max: maxDecodedBytes },
        });
      }
    } else if (!mapsSoftHyphen && end - start < 1 << 20) {
      mapsSoftHyphen = cmapMapsSoftHyphen(buf.subarray(start, end));
    }
    pos = end + ENDSTREAM.length;
  }
  return { decodedBytes: total, mapsSoftHyphen };
}
