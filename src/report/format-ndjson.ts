/**
 * Newline-delimited JSON: one report (or file error) per line, in input
 * order, so a batch composes with `jq`, `xargs -P`, queues and log pipelines.
 */
import { toRows, type FormatInput } from "./format-common.js";

/** One compact JSON object per row, each followed by a newline. */
export function formatNdjson(input: FormatInput): string {
  return toRows(input)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join("");
}
