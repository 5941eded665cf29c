/**
 * "Resume as code" fidelity check: compares the resume source kept in git
 * (Markdown, JSON Resume, LaTeX, HTML) with the PDF built from it.
 */
export { compareSource } from "./compare.js";
export { runFidelityCommand, fidelityFailures, FIDELITY_RULES, DEFAULT_FIDELITY_FAIL_ON, type CommandIo, type FidelityRule } from "./cli.js";
export { formatFidelity, type FidelityFormat } from "./format.js";
export { latexToLines, looksLikeLatex } from "./latex.js";
export { htmlToSourceLines, looksLikeHtml, decodeHtmlEntities } from "./html.js";
export { detectSourceFormat, readSourceLines } from "./source.js";
export { alignLines, type Alignment, type LineVerdict } from "./align.js";
export type {
  CompareOptions, FidelityReport, GarbleKind, GarbledLine, LostSection, LostSkill, MissingLine, ReorderedLine, SourceFormat, SourceLine, SourceSpec,
} from "./types.js";
