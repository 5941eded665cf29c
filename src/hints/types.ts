/**
 * Types of the hints stage: advice about how a resume is written
 * (quantified bullets, weak openings, keyword stuffing, missing contact...).
 */

/**
 * A hint is the report's hint: one type from the hints stage to the JSON
 * (`ReportHint` in src/report/types.ts, where each field is documented).
 */
export type { HintSeverity, ReportHint as Hint } from "../report/types.js";

/** The kinds of number a metric can be. */
export type MetricKind =
  | "percent"
  | "money"
  | "count"
  | "multiplier"
  | "duration"
  | "rate"
  | "size"
  | "before-after"
  | "rank";

/** A measured figure found in a text ("40%", "$1.2M", "from 800 ms to 120 ms"). */
export interface Metric {
  kind: MetricKind;
  /** The metric as written (a slice of the input). */
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The number, magnitude applied ("1.2M" → 1 200 000); for before-after, the "after" number. */
  value?: number;
  /** Normalized unit: "%", "$", "ms", "users", "x"... */
  unit?: string;
}

export type { Level } from "../levels.js";
