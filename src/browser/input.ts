/**
 * The browser's `src/extract/input.ts`: the same checks on bytes and text,
 * without a file system (a path string is an `INVALID_OPTIONS` error naming
 * what a page can pass instead). The browser build puts this module in place
 * of the Node one.
 */
import { InvalidOptionsError, TooLargeError } from "../errors.js";
import type * as NodeInput from "../extract/input.js";
import { TEXT_FORMATS } from "../extract/readers/index.js";
import type { TextFormat } from "../types.js";

export type { LoadedInput } from "../extract/input.js";

function tooLarge(size: number, max: number): TooLargeError {
  return new TooLargeError(`The input is ${size} bytes, above the limit of ${max} bytes; a resume is rarely over 2 MB.`, {
    details: { limit: "maxBytes", value: size, max },
  });
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** As Node's `loadInput`, for bytes and `{ text }`; too big → `TooLargeError`. */
export const loadInput: typeof NodeInput.loadInput = async (input, maxBytes) => {
  if (typeof input === "string") {
    throw new InvalidOptionsError("A browser has no file paths: pass a File, Blob, ArrayBuffer, Uint8Array or { text }.", { details: { input: "path" } });
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) throw tooLarge(input.byteLength, maxBytes);
    return { kind: "bytes", bytes: input };
  }
  if (input instanceof ArrayBuffer) {
    if (input.byteLength > maxBytes) throw tooLarge(input.byteLength, maxBytes);
    return { kind: "bytes", bytes: new Uint8Array(input) };
  }
  if (input !== null && typeof input === "object" && typeof (input as { text?: unknown }).text === "string") {
    const { text, format } = input as { text: string; format?: unknown };
    if (format !== undefined && !(TEXT_FORMATS as readonly unknown[]).includes(format)) {
      throw new InvalidOptionsError(`Unknown text format "${String(format)}"; use ${TEXT_FORMATS.map((f) => `"${f}"`).join(", ")}.`);
    }
    // UTF-16 code units × up to 3 bytes: check the cheap bound first, the exact size only when needed.
    if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) throw tooLarge(utf8Length(text), maxBytes);
    return { kind: "text", text, ...(format ? { format: format as TextFormat } : {}) };
  }
  throw new InvalidOptionsError("The input must be a File, Blob, ArrayBuffer, Uint8Array or { text }.");
};
