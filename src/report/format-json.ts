/**
 * JSON output: exactly the report (or the array of rows), pretty-printed.
 */
import type { FormatInput } from "./format-common.js";

/** `JSON.stringify(input, null, 2) + "\n"`: deterministic, since reports hold no timestamps and every array is ordered. */
export function formatJson(input: FormatInput): string {
  return JSON.stringify(input, null, 2) + "\n";
}
