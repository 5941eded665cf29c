/**
 * Seniority levels: the one list. `--level`, the config file, role files'
 * `levels` and `AnalyzeOptions.level` all take these.
 */

/** Seniority levels a role file can add keywords for, most junior first. */
export const LEVELS = ["junior", "mid", "senior", "lead"] as const;

/** A seniority level: role files can add keywords for each. */
export type Level = (typeof LEVELS)[number];

/** True when `x` is one of `LEVELS`. */
export function isLevel(x: unknown): x is Level {
  return typeof x === "string" && (LEVELS as readonly string[]).includes(x);
}
