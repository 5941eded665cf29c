import { resolve } from "node:path";

/**
 * `../shared` beside the repository (the corpus and bad inputs), found from
 * this file's place so tests run from any clone, not only /work/main.
 */
export const SHARED = resolve(import.meta.dirname, "..", "..", "shared");
