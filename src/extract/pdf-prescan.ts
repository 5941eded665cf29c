/**
 * Bounded pre-scan of a PDF's Flate streams: inflates each one with a hard
 * output cap so that a "flate bomb" (a small stream that decodes to hundreds
 * of megabytes) is refused before pdf.js decodes it without any limit.
 * Plain `Uint8Array` work and `./inflate.js`, so it runs in a browser too.
 */
import { TooLargeError } from "../errors.js";
import { zlibDecodedSize } from "./inflate.js";

const STREAM = new TextEncoder().encode("stream");
const ENDSTREAM = new TextEncoder().encode("endstream");

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

/**
 * Sums the decoded size of every zlib stream in the file; throws
 * `TooLargeError` as soon as the sum passes `maxDecodedBytes`. Linear in the
 * file size; damaged streams are skipped (pdf.js will judge them).
 */
export function checkPdfStreamBudget(bytes: Uint8Array, maxDecodedBytes: number): number {
  const buf = bytes;
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
      const decoded = zlibDecodedSize(buf.subarray(start, end), maxDecodedBytes - total);
      if (decoded >= 0) total += decoded;
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
