import type { Catalog } from "../keywords/catalog.js";
import type { KeywordBundle } from "../keywords/schema.js";
import type { Level } from "../levels.js";
import type { RulesConfig } from "../hints/rules-config.js";
import type { ExtractOptions, Limits, ResumeInput } from "../types.js";

/** Options of `analyzeResume` and `analyzeText`. */
export interface AnalyzeOptions extends ExtractOptions {
  /** Role id to score against (`resume-ats roles` lists them). Without one, every role is ranked and the best fit is reported. */
  role?: string;
  /** Restrict the ranking (and the best-fit choice) to these role ids. */
  roles?: string[];
  /** Seniority: adds the role's level keywords and checks years and length against it. */
  level?: Level;
  /** A user keyword file (path), a parsed bundle/role object, or a ready `Catalog`; merged over the built-in catalog. */
  keywords?: string | KeywordBundle | Record<string, unknown> | Catalog;
  /** A job posting to match against (issue: job description). */
  jobDescription?: ResumeInput;
  /** "Today", for "Present" in date ranges and stale-skill hints. Default: the current date. */
  now?: Date;
  /** The limits as one object (`{ maxBytes, maxPages, timeoutMs, ... }`); the same keys may also be given at the top level, which wins. */
  limits?: Limits;
  /** Name to put in `report.file` when the input is not a path. */
  file?: string;
  /**
   * Read files (paths and bytes) in a worker thread with a memory cap and a
   * hard timeout (default true). `false` reads in this thread: faster for
   * trusted files, but a hostile file can then block or exhaust the host.
   */
  isolate?: boolean;
  /** Heap cap of the extraction worker in MB (default 384). */
  maxMemoryMb?: number;
  /**
   * Rules by hint code, as in a linter: `"off"`, `"on"`, a severity, or
   * `[severity, options]` (`{ PASSIVE_VOICE: "off", BULLET_TOO_LONG: ["warning", { maxWords: 35 }] }`).
   * docs/rules.md lists every rule and its options. Only the hints change; the score never does.
   */
  rules?: RulesConfig;
  /**
   * Also find the names of the generated technology vocabulary (default
   * true): reported with `tier: "vocabulary"`, matched against a job
   * description, never scored by a role. `false`: curated catalog only.
   */
  vocabulary?: boolean;
}
