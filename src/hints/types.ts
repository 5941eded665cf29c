/**
 * Types of the hints stage: advice about how a resume is written
 * (quantified bullets, weak openings, keyword stuffing, missing contact...).
 */
import type { SectionKind } from "../types.js";

/** How much a hint matters: `error` costs interviews, `info` is polish. */
export type HintSeverity = "error" | "warning" | "info";

/** One piece of advice about the resume. */
export interface Hint {
  /** Stable UPPER_SNAKE code, documented in `HINT_CODES`. */
  code: string;
  severity: HintSeverity;
  /** A sentence for a person. */
  message: string;
  /** 1-based first line the hint is about. */
  line?: number;
  /** 1-based last line, inclusive, when the hint spans lines. */
  endLine?: number;
  section?: SectionKind;
  /** The text the hint is about, as written. */
  quote?: string;
  /** What to write instead (never an invented number). */
  suggestion?: string;
  /** Catalog skill id, for skill hints. */
  skillId?: string;
}

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

/** Seniority levels the length hint knows. */
export type Level = "junior" | "mid" | "senior" | "lead";
