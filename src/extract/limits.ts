/**
 * Default resource limits of extraction, and the helper that merges them
 * with the caller's options.
 */
import type { ExtractOptions, Limits } from "../types.js";

/** Every limit of `Limits`, with no optional fields. */
export type ResolvedLimits = Required<Limits>;

/** Defaults used when the caller gives no value. */
export const DEFAULT_LIMITS: Readonly<ResolvedLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  timeoutMs: 15_000,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxZipEntries: 2_000,
  maxTextChars: 200_000,
});

/** Entries above this uncompressed size are checked against `maxCompressionRatio`. */
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024;

/** Merges `options` over `DEFAULT_LIMITS`, ignoring missing, non-finite or non-positive values. */
export function resolveLimits(options: ExtractOptions = {}): ResolvedLimits {
  const pick = (key: keyof Limits): number => {
    const v = options[key];
    return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : DEFAULT_LIMITS[key];
  };
  return {
    maxBytes: pick("maxBytes"),
    maxPages: Math.floor(pick("maxPages")),
    timeoutMs: pick("timeoutMs"),
    maxUncompressedBytes: pick("maxUncompressedBytes"),
    maxCompressionRatio: pick("maxCompressionRatio"),
    maxZipEntries: Math.floor(pick("maxZipEntries")),
    maxTextChars: Math.floor(pick("maxTextChars")),
  };
}
