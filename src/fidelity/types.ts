/**
 * Types of the "resume as code" fidelity check: a resume source (Markdown,
 * JSON Resume, LaTeX, HTML, text) compared with the PDF built from it.
 */
import type { Catalog } from "../keywords/catalog.js";

/** Source formats the fidelity check reads. */
export type SourceFormat = "markdown" | "json-resume" | "latex" | "html" | "text";

/** Where the source comes from: a path, or its text (with an optional format). */
export interface SourceSpec {
  path?: string;
  text?: string;
  format?: SourceFormat;
}

/** One line of the source's visible text, with its line number in the source file. */
export interface SourceLine {
  /** 1-based line in the source file. */
  line: number;
  /** Visible text (markup removed). */
  text: string;
  /** True for a section heading. */
  heading?: boolean;
  /** True for a list item. */
  bullet?: boolean;
  /**
   * True when the reader made the text up rather than read it from the source
   * (JSON Resume section names): it names a section but is never compared.
   */
  synthetic?: boolean;
}

/** Options of `compareSource`. */
export interface CompareOptions {
  /** Catalog for `skillsLost`; default: the built-in catalog (when it can be loaded). */
  catalog?: Catalog;
  /** Cancels PDF extraction. */
  signal?: AbortSignal;
}

/** A source line the PDF lacks. */
export interface MissingLine {
  /** 1-based source line. */
  line: number;
  text: string;
}

/** A source line present in the PDF, but out of the source's order. */
export interface ReorderedLine {
  line: number;
  text: string;
  /** 1-based PDF line where it was found. */
  pdfLine: number;
}

/** Kinds of text damage. */
export type GarbleKind = "ligature" | "glyph" | "spacing" | "other";

/** A source line that the PDF has only in damaged form. */
export interface GarbledLine {
  line: number;
  text: string;
  /** The PDF text where the line was found. */
  pdfText: string;
  pdfLine: number;
  kind: GarbleKind;
}

/** A skill the matcher finds in the source but not in the PDF's text. */
export interface LostSkill {
  id: string;
  name: string;
  /** 1-based source line of its first mention. */
  line: number;
}

/** A source section the PDF lost: its heading is gone, or most of its words are. */
export interface LostSection {
  /** The heading as written in the source ("(top)" for the lines before the first heading). */
  name: string;
  /** 1-based source line of the heading (of the first line, for "(top)"). */
  line: number;
  /** Share of the section's words missing from the PDF, 0–100, one decimal. */
  missingShare: number;
}

/** What `compareSource` returns. Arrays are in source line order. */
export interface FidelityReport {
  schemaVersion: 1;
  /** The source's path (null when given as text). */
  source: string | null;
  /** The PDF's path (null when given as bytes). */
  pdf: string | null;
  /** Share of source tokens found in order in the PDF text, 0–100, one decimal. */
  fidelity: number;
  /** Source lines with visible text. */
  sourceLines: number;
  /** Lines the extractor read from the PDF. */
  pdfLines: number;
  missing: MissingLine[];
  reordered: ReorderedLine[];
  garbled: GarbledLine[];
  skillsLost: LostSkill[];
  /** Sections of the source the PDF lost (half or more of their words missing, or their heading and every line). */
  sectionsLost: LostSection[];
  /** Sentences for a person, most important first. */
  summary: string[];
}
