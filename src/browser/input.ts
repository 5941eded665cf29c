/**
 * The browser's `src/extract/input.ts`: the same checks on bytes and text,
 * without a file system (a path string is an `INVALID_OPTIONS` error naming
 * what a page can pass instead). The browser build puts this module in place
 * of the Node one.
 */
import { InvalidOptionsError } from "../errors.js";
import type * as NodeInput from "../extract/input.js";
import { loadMemoryInput } from "../extract/input-memory.js";

export type { LoadedInput } from "../extract/input-memory.js";

/** As Node's `loadInput`, for bytes and `{ text }`; too big → `TooLargeError`. */
export const loadInput: typeof NodeInput.loadInput = async (input, maxBytes) => {
  if (typeof input === "string") {
    throw new InvalidOptionsError("A browser has no file paths: pass a File, Blob, ArrayBuffer, Uint8Array or { text }.", { details: { input: "path" } });
  }
  const loaded = loadMemoryInput(input, maxBytes);
  if (loaded) return loaded;
  throw new InvalidOptionsError("The input must be a File, Blob, ArrayBuffer, Uint8Array or { text }.");
};
