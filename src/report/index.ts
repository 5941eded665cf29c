/**
 * Report formatters (text, JSON, Markdown, GitHub workflow commands, JUnit
 * XML, SARIF, HTML), listed in one table, `FORMATTERS`.
 */
export type * from "./types.js";
export { REPORT_SCHEMA_VERSION } from "./types.js";
export {
  FAIL_ON_RULES,
  evaluateChecks,
  reportPasses,
  isErrorRow,
  toRows,
  hintWhere,
  type CheckOptions,
  type CheckResult,
  type FailOnRule,
  type FileErrorRow,
  type FormatInput,
  type ReportRow,
} from "./format-common.js";
export { formatText, scoreBar, type TextFormatOptions } from "./format-text.js";
export { formatJson } from "./format-json.js";
export { formatMarkdown, escapeMarkdown } from "./format-markdown.js";
export { formatGithub, escapeGithubData, escapeGithubProperty, githubCommand, type GithubPosition } from "./format-github.js";
export { formatJunit, escapeXml } from "./format-junit.js";
export { formatSarif, buildSarif, SARIF_SCHEMA, type SarifLog, type SarifRegion } from "./format-sarif.js";
export { FORMATTERS, FORMAT_NAMES, formatReport, type FormatContext, type Formatter, type FormatterEntry, type OutputFormat } from "./formatters.js";
export { formatHtml, escapeHtml, type HtmlFormatOptions } from "./format-html.js";
export { formatNdjson } from "./format-ndjson.js";
