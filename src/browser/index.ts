/**
 * resume-ats in a browser (`import { analyzeResume } from "resume-ats/browser"`):
 * the same analysis as the Node entry over a `File`, `Blob`, `ArrayBuffer`,
 * `Uint8Array` or `{ text }`, run in a Web Worker (pdf.js, mammoth and the
 * keyword catalog are bundled: nothing is fetched), plus the report
 * formatters a page needs. ESM, no Node built-ins.
 *
 * @example
 * import { analyzeResume, formatHtml } from "resume-ats/browser";
 * const report = await analyzeResume(fileInput.files[0], { role: "backend-developer" });
 * frame.srcdoc = formatHtml(report);
 */
export { analyzeResume, analyzeText, listRoles } from "./analyze.js";
export type { BrowserAnalyzeOptions, BrowserInput } from "./analyze.js";
export { configureWorker, closeWorker } from "./client.js";
export type { BrowserWorkerConfig } from "./client.js";
export { formatHtml, escapeHtml } from "../report/format-html.js";
export type { HtmlFormatOptions } from "../report/format-html.js";
export { formatJson } from "../report/format-json.js";
export { formatMarkdown } from "../report/format-markdown.js";
export type { FormatInput, ReportRow, FileErrorRow } from "../report/format-common.js";
export { REPORT_SCHEMA_VERSION } from "../report/types.js";
export type * from "../report/types.js";
export type { RoleSummary } from "../keywords/load.js";
export { DEFAULT_LIMITS } from "../extract/limits.js";
export { LEVELS } from "../levels.js";
export type { Level } from "../levels.js";
export * from "../errors.js";
