/**
 * Bounded inflation, the one place extraction decompresses anything itself
 * (zip entries of a DOCX, and the pre-scan of a PDF's Flate streams): Node's
 * zlib here. The browser build swaps this module for `src/browser/inflate.ts`
 * (pako, the JavaScript port of the same zlib), with the same signatures and
 * the same outcome for every input: see `tsup.config.ts`.
 */
import { constants, inflateRawSync, inflateSync } from "node:zlib";

/**
 * Inflates a whole raw-deflate stream (a zip entry). Throws when the stream
 * is damaged or truncated, or would inflate past `maxOutputLength` bytes
 * (nothing past that is ever produced).
 */
export function inflateRawBounded(raw: Uint8Array, maxOutputLength: number): Uint8Array {
  return inflateRawSync(raw, { maxOutputLength });
}

/** Who wants to see a stream's decoded bytes when they are short: `inspect` gets them when fewer than `below`. */
export interface DecodedPeek {
  below: number;
  inspect(decoded: Uint8Array): void;
}

/**
 * How many bytes a zlib stream decodes to, read as far as it goes (a
 * truncated stream counts what it gives, as pdf.js would read it): at most
 * `limit + 1` (meaning "past the limit"; nothing more is produced), or -1
 * when the stream is damaged. With `peek`, a stream that decodes (within
 * the limit) to fewer than `peek.below` bytes is handed to `peek.inspect`.
 */
export function zlibDecodedSize(data: Uint8Array, limit: number, peek?: DecodedPeek): number {
  let out: Buffer;
  try {
    out = inflateSync(data, { maxOutputLength: Math.max(1, limit + 1), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return limit + 1;
    return -1;
  }
  if (peek && out.length < peek.below && out.length <= limit) peek.inspect(out);
  return out.length;
}

/**
 * Inflates a zlib stream as far as it goes (a truncated stream gives what it
 * has, as pdf.js reads it). Throws when the stream is damaged or would
 * inflate past `maxOutputLength` bytes (nothing past that is produced).
 */
export function inflateZlibBounded(data: Uint8Array, maxOutputLength: number): Uint8Array {
  return inflateSync(data, { maxOutputLength: Math.max(1, maxOutputLength), finishFlush: constants.Z_SYNC_FLUSH });
}
