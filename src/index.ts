/**
 * resume-ats: read a resume, find its skills, score it against a backend role,
 * and explain every point.
 *
 * @example
 * import { analyzeResume } from "resume-ats";
 * const report = await analyzeResume("resume.pdf", { role: "backend-developer" });
 * report.score.total;                 // 0–100
 * report.keywords.mustHave.missing;   // what to add
 * report.hints;                       // why, with line numbers
 */

// Main job.
export { analyzeResume, analyzeText, analyzeExtracted } from "./analyze/index.js";
export type { AnalyzeOptions } from "./analyze/options.js";

// The shared pool of reader threads behind the default `isolate: true`.
export { configureWorkerPool, workerPoolConfig, closeIsolatedWorkers } from "./isolate/index.js";
export type { WorkerPoolConfig } from "./isolate/index.js";

// Stages, for callers who want one of them alone.
export { extractResume, detectFormat, DEFAULT_LIMITS, READERS, TEXT_FORMATS } from "./extract/index.js";
export type { DetectedFormat, Reader, BytesReader, TextReader, ReadContext, ReadResult } from "./extract/index.js";
export { segment } from "./segment/index.js";
export type { SegmentOptions } from "./segment/index.js";
export { createMatcher, matchText } from "./match/index.js";
export type { Matcher, MatchOptions } from "./match/index.js";
export { findMetrics, isQuantified } from "./hints/index.js";
export type { Hint, Metric, MetricKind } from "./hints/index.js";

// Rules: every hint comes from one rule (docs/rules.md), configurable with `options.rules`.
export { listRules, HINT_CODES, parseRulesConfig } from "./hints/index.js";
// The writing rules (compromise, loaded only when one of them is on): `rules: WRITING_RULES`.
export { WRITING_RULES, withWritingRules } from "./hints/writing-rules.js";
export type { HintCode, RuleInfo, RuleMeta, RuleDocs, RuleExample, RuleScope, OptionSpec, RulesConfig, RuleEntry, RuleLevel } from "./hints/index.js";
export { LEVELS } from "./levels.js";

// Keyword catalog.
export { getBuiltinCatalog, listRoles, getRole, loadKeywords, resolveRoleLists } from "./keywords/load.js";
export type { RoleSummary, ResolvedRoleEntry, ResolvedRoleLists } from "./keywords/load.js";
export type { Catalog } from "./keywords/catalog.js";
export type { Skill, Role, RoleEntry, AvoidPhrase, KeywordBundle, Weights, VocabularyName, VocabularySource } from "./keywords/schema.js";
// The generated technology vocabulary: loaded on demand, attached to a catalog for createMatcher / matchText / parseJobText.
export { loadVocabulary, withVocabulary } from "./keywords/vocabulary.js";
export type { Vocabulary } from "./keywords/vocabulary.js";

// Job descriptions.
export { parseJobDescription, parseJobText, matchJob, jobKeywords } from "./job/index.js";
export type { JobPosting, JobSkill, JobMatch } from "./job/index.js";

// Resume as code: does the built PDF say what the source says?
export { compareSource, runFidelityCommand, formatFidelity, fidelityFailures, FIDELITY_RULES, DEFAULT_FIDELITY_FAIL_ON } from "./fidelity/index.js";
export type { FidelityReport, FidelityRule, LostSection } from "./fidelity/index.js";

// Scoring.
export { DEFAULT_WEIGHTS } from "./score/index.js";

// Report and its formatters.
export { REPORT_SCHEMA_VERSION } from "./report/types.js";
export type * from "./report/types.js";
export { formatText, formatJson, formatMarkdown, formatGithub, formatJunit, formatSarif, formatHtml, FORMATTERS, formatReport } from "./report/index.js";
export type { FormatContext, Formatter, FormatterEntry, OutputFormat, FormatInput, ReportRow, FileErrorRow, HtmlFormatOptions } from "./report/index.js";

// Errors and pipeline types.
export * from "./errors.js";
export type * from "./types.js";
