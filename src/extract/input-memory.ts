/**
 * The platform-free part of `loadInput`: bytes and `{ text }` checked against
 * `maxBytes`. Node's `extract/input.ts` (which adds file paths) and the
 * browser's `browser/input.ts` (which refuses them) both call it.
 */
import { InvalidOptionsError, TooLargeError } from "../errors.js";
import type { TextFormat } from "../types.js";
import { TEXT_FORMATS } from "./readers/index.js";

/** Bytes read from a path or buffer, or text given directly. */
export type LoadedInput =
  | { kind: "bytes"; bytes: Uint8Array; fileName?: string }
  | { kind: "text"; text: string; format?: TextFormat };

/** The `TooLargeError` of an input of `size` bytes over `max`. */
export function tooLarge(size: number, max: number): TooLargeError {
  return new TooLargeError(`The input is ${size} bytes, above the limit of ${max} bytes; a resume is rarely over 2 MB.`, {
    details: { limit: "maxBytes", value: size, max },
  });
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * A `Uint8Array`, `ArrayBuffer` or `{ text, format? }` as a `LoadedInput`
 * (too big → `TooLargeError`, unknown format → `InvalidOptionsError`), or
 * null for anything else, which the caller handles or refuses.
 */
export function loadMemoryInput(input: unknown, maxBytes: number): LoadedInput | null {
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
  return null;
}
