/**
 * Turns a `ResumeInput` into bytes (or text), enforcing `maxBytes` before
 * anything is parsed.
 */
import { readFile, stat } from "node:fs/promises";
import { FileNotFoundError, InvalidOptionsError, TooLargeError } from "../errors.js";
import type { ResumeInput, TextFormat } from "../types.js";
import { TEXT_FORMATS } from "./readers/index.js";

/** Bytes read from a path or buffer, or text given directly. */
export type LoadedInput =
  | { kind: "bytes"; bytes: Uint8Array; fileName?: string }
  | { kind: "text"; text: string; format?: TextFormat };

function tooLarge(size: number, max: number): TooLargeError {
  return new TooLargeError(`The input is ${size} bytes, above the limit of ${max} bytes; a resume is rarely over 2 MB.`, {
    details: { limit: "maxBytes", value: size, max },
  });
}

/** Reads the input; a missing path → `FileNotFoundError`, too big → `TooLargeError`. */
export async function loadInput(input: ResumeInput, maxBytes: number): Promise<LoadedInput> {
  if (typeof input === "string") {
    let size: number;
    try {
      const st = await stat(input);
      if (!st.isFile()) throw new FileNotFoundError(`"${input}" is not a file.`, { details: { path: input } });
      size = st.size;
    } catch (e) {
      if (e instanceof FileNotFoundError) throw e;
      throw new FileNotFoundError(`The file "${input}" does not exist or cannot be read.`, { cause: e, details: { path: input } });
    }
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    let buf: Buffer;
    try {
      buf = await readFile(input);
    } catch (e) {
      throw new FileNotFoundError(`The file "${input}" cannot be read.`, { cause: e, details: { path: input } });
    }
    if (buf.length > maxBytes) throw tooLarge(buf.length, maxBytes);
    return { kind: "bytes", bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), fileName: input };
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
    if (text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, "utf8") > maxBytes)) {
      throw tooLarge(Buffer.byteLength(text, "utf8"), maxBytes);
    }
    return { kind: "text", text, ...(format ? { format: format as TextFormat } : {}) };
  }
  throw new InvalidOptionsError("The input must be a file path, a Uint8Array/Buffer, an ArrayBuffer or { text }.");
}
