/**
 * Bounded pre-scan of a PDF's Flate streams: inflates each one with a hard
 * output cap so that a "flate bomb" (a small stream that decodes to hundreds
 * of megabytes) is refused before pdf.js decodes it without any limit.
 */
import { constants, inflateSync } from "node:zlib";
import { TooLargeError } from "../errors.js";

const STREAM = Buffer.from("stream");
const ENDSTREAM = Buffer.from("endstream");

function isZlibHeader(b0: number, b1: number): boolean {
  return (b0 & 0x0f) === 8 && (b0 >> 4) <= 7 && ((b0 << 8) | b1) % 31 === 0;
}

/**
 * Sums the decoded size of every zlib stream in the file; throws
 * `TooLargeError` as soon as the sum passes `maxDecodedBytes`. Linear in the
 * file size; damaged streams are skipped (pdf.js will judge them).
 */
export function checkPdfStreamBudget(bytes: Uint8Array, maxDecodedBytes: number): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
      } catch (e) {
        if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") total = maxDecodedBytes + 1;
      }
      if (total > maxDecodedBytes) {
        throw new TooLargeError(`The PDF's compressed streams decode to more than ${maxDecodedBytes} bytes (a decompression bomb?).`, {
          details: { limit: "maxUncompressedBytes", max: maxDecodedBytes },
        });
      }
    }
    pos = end + ENDSTREAM.length;
  }
  return total;
}
