/**
 * Turns a `ResumeInput` into bytes (or text), enforcing `maxBytes` before
 * anything is parsed.
 */
import { readFile, stat } from "node:fs/promises";
import { FileNotFoundError, InvalidOptionsError } from "../errors.js";
import type { ResumeInput } from "../types.js";
import { loadMemoryInput, tooLarge, type LoadedInput } from "./input-memory.js";

export type { LoadedInput } from "./input-memory.js";

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
  const loaded = loadMemoryInput(input, maxBytes);
  if (loaded) return loaded;
  throw new InvalidOptionsError("The input must be a file path, a Uint8Array/Buffer, an ArrayBuffer or { text }.");
}
