/**
 * The browser's `src/extract/inflate.ts`: the same two bounded inflations
 * with pako's port of zlib's inflate (so a stream that zlib calls damaged,
 * truncated or too long is called so here too), synchronous like Node's
 * `inflateRawSync`, and never holding more than one 64 KB chunk past a limit.
 * The browser build puts this module in place of the Node one.
 */
import type * as NodeInflate from "../extract/inflate.js";
// pako's zlib port, by deep import: only the inflate half is bundled.
import ZStream from "pako/lib/zlib/zstream.js";
import * as zlib from "pako/lib/zlib/inflate.js";

const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_BUF_ERROR = -5;
const Z_NO_FLUSH = 0;
const CHUNK = 64 * 1024;

/** Why a run stopped early. */
class InflateStop extends Error {
  constructor(readonly reason: "damaged" | "truncated" | "too-long") {
    super(reason === "too-long" ? "inflated past the output limit" : `the deflate stream is ${reason}`);
    this.name = reason === "too-long" ? "RangeError" : "Error";
  }
}

/**
 * Inflates `input` (raw deflate when `windowBits` is negative, zlib
 * otherwise) chunk by chunk, handing each chunk to `keep` (when given) and
 * stopping with `too-long` as soon as the output passes `maxOutput`.
 * Returns the output size and whether the stream reached its end.
 */
function run(input: Uint8Array, windowBits: number, maxOutput: number, keep?: (chunk: Uint8Array) => void): { size: number; ended: boolean } {
  const strm = new ZStream();
  if (zlib.inflateInit2(strm, windowBits) !== Z_OK) throw new InflateStop("damaged");
  strm.input = input;
  strm.next_in = 0;
  strm.avail_in = input.length;
  let size = 0;
  let ended = false;
  try {
    for (;;) {
      strm.output = new Uint8Array(CHUNK);
      strm.next_out = 0;
      strm.avail_out = CHUNK;
      const status = zlib.inflate(strm, Z_NO_FLUSH);
      const produced = strm.next_out;
      size += produced;
      if (size > maxOutput) throw new InflateStop("too-long");
      if (produced > 0) keep?.(strm.output.subarray(0, produced));
      if (status === Z_STREAM_END) {
        ended = true;
        break;
      }
      // No progress possible: the input is used up (a truncated stream).
      if (status === Z_BUF_ERROR) break;
      if (status !== Z_OK) throw new InflateStop("damaged");
      if (strm.avail_in === 0 && strm.avail_out > 0) break;
    }
  } finally {
    zlib.inflateEnd(strm);
  }
  return { size, ended };
}

/** As Node's: throws when the raw stream is damaged or truncated, or would inflate past `maxOutputLength`. */
export const inflateRawBounded: typeof NodeInflate.inflateRawBounded = (raw, maxOutputLength) => {
  const chunks: Uint8Array[] = [];
  const { size, ended } = run(raw, -15, maxOutputLength, (c) => chunks.push(c));
  if (!ended) throw new InflateStop("truncated");
  return concat(chunks, size);
};

/** As Node's: the decoded size of a zlib stream read as far as it goes, `limit + 1` past the limit, -1 when damaged; short output to `peek`. */
export const zlibDecodedSize: typeof NodeInflate.zlibDecodedSize = (data, limit, peek) => {
  // Chunks are kept only while the output can still be short enough for `peek`.
  const chunks: Uint8Array[] = [];
  let kept = 0;
  const keep = peek
    ? (c: Uint8Array): void => {
        kept += c.length;
        if (kept < peek.below) chunks.push(c); // each chunk has its own buffer (run allocates one per step)
        else chunks.length = 0;
      }
    : undefined;
  let size: number;
  try {
    size = run(data, 15, Math.max(1, limit + 1), keep).size;
  } catch (e) {
    if (e instanceof InflateStop && e.reason === "too-long") return limit + 1;
    return -1;
  }
  if (peek && size < peek.below && size <= limit) peek.inspect(concat(chunks, size));
  return size;
};

/** As Node's: a zlib stream inflated as far as it goes; throws when damaged or past `maxOutputLength`. */
export const inflateZlibBounded: typeof NodeInflate.inflateZlibBounded = (data, maxOutputLength) => {
  const chunks: Uint8Array[] = [];
  const { size } = run(data, 15, Math.max(1, maxOutputLength), (c) => chunks.push(c));
  return concat(chunks, size);
};

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
