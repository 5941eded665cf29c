/**
 * Types that flow between the pipeline stages:
 * extract → segment → normalize → match → score → hints → report.
 *
 * Line numbers: `ExtractedLine.index` is 0-based (position in `lines`).
 * Every other `line` field in this file and in the report is 1-based
 * (`index + 1`), the number a person sees in an editor.
 */

/** Formats the extractor reads (by content, never by file name): one per reader of `src/extract/readers/`. */
export type DocumentFormat = import("./extract/readers/index.js").ReaderFormat;

/** Formats that can be given as text (`{ text, format }`). */
export type TextFormat = import("./extract/readers/index.js").ReaderTextFormat;

/** A non-fatal problem found while reading or analyzing a file. */
export interface Warning {
  /** Stable code, e.g. `CONTENT_IN_HEADER_FOOTER`, `TWO_COLUMN_LAYOUT`, `TINY_TEXT`. */
  code: string;
  /** A sentence for a person. */
  message: string;
  /** 1-based line, when the warning is about one line. */
  line?: number;
}

/** One visual line of text, in reading order. */
export interface ExtractedLine {
  /** The line's text: NFKC-normalized, bullets mapped to "• ", words broken by a line-end hyphen joined. */
  text: string;
  /** 1-based page number (1 for formats without pages). */
  page: number;
  /** 0-based position in `ExtractedDocument.lines`. */
  index: number;
  /** PDF only: left edge in PDF points. */
  x?: number;
  /** PDF only: baseline from the top of the page, in PDF points. */
  y?: number;
  /** PDF only: the dominant font size in points. */
  fontSize?: number;
  /** True when the line is set in a bold font (PDF) or strong run (DOCX). */
  bold?: boolean;
  /** True when the source marks the line as a heading (DOCX heading style, Markdown `#`, JSON Resume section). */
  heading?: boolean;
  /** True when the source marks the line as a list item (the text then starts with "• "). */
  bullet?: boolean;
  /** 0-based column on a multi-column page (PDF only, when columns were detected). */
  column?: number;
  /** Where the line came from when not the body (DOCX header/footer/text box). */
  part?: "body" | "header" | "footer" | "textbox" | "table";
}

/** A web, mail or phone link of the document that is not printed as text ("LinkedIn" whose URL is in a PDF link annotation). */
export interface DocumentLink {
  /** The URL as stored ("https://linkedin.com/in/jane", "mailto:…", "tel:…"). */
  url: string;
  /** The text drawn inside the link ("" when none). */
  text: string;
  /** 1-based page. */
  page: number;
  /** 0-based index of the line the link is drawn on, when found. */
  line?: number;
}

/** What `extractResume` returns. */
export interface ExtractedDocument {
  format: DocumentFormat;
  /** `lines` joined with "\n". */
  text: string;
  lines: ExtractedLine[];
  /** PDF: the links of the first page (link annotations), when there are any. */
  links?: DocumentLink[];
  pageCount: number;
  metadata: { producer?: string; creator?: string; title?: string };
  warnings: Warning[];
  /**
   * Entries the source states as data (JSON Resume `work`, `volunteer`,
   * `projects`, `education`), in document order: segmentation takes their
   * names and dates as given instead of reading them from the header line.
   * Absent for formats read as text (PDF, DOCX, Markdown, plain text).
   */
  entries?: StatedEntry[];
}

/**
 * A dated entry whose parts the source gives as fields (JSON Resume's
 * `position`, `name`, `startDate`...), tied to the line that shows it.
 */
export interface StatedEntry {
  /** 0-based index in `ExtractedDocument.lines` of the line that shows the entry (its header). */
  line: number;
  /** The source's section: JSON Resume `work` is "experience". */
  section: "experience" | "volunteer" | "projects" | "education";
  title: string | null;
  organization: string | null;
  /** "YYYY-MM" (month 01 for a year alone); null when the source gives no start date in ISO 8601 form. */
  start: string | null;
  /** "YYYY-MM", "present" (a start date and no end date), or null. */
  end: string | null;
  /** The dates as the header line shows them ("2013-12-01 – 2014-12-01"), or null when there are none. */
  dateText: string | null;
  /** True when both ends give only a year. */
  yearOnly: boolean;
}

/** Limits that keep hostile files from hurting the host. */
export interface Limits {
  /** Largest input in bytes. Default 10 MB. */
  maxBytes?: number;
  /** Most PDF pages read. Default 20. */
  maxPages?: number;
  /** Wall-clock budget for extraction. Default 15 000 ms. */
  timeoutMs?: number;
  /** DOCX: most total uncompressed bytes, read from the zip directory. Default 50 MB. */
  maxUncompressedBytes?: number;
  /** DOCX: highest compressed→uncompressed ratio of an entry. Default 100. */
  maxCompressionRatio?: number;
  /** DOCX: most zip entries. Default 2 000. */
  maxZipEntries?: number;
  /** Most characters of text analyzed. Default 200 000. */
  maxTextChars?: number;
}

/** Options of `extractResume`. */
export interface ExtractOptions extends Limits {
  /** Cancels the work; rejects with `ABORTED`. */
  signal?: AbortSignal;
  /** A name for messages (the path is used when the input is a path). */
  fileName?: string;
  /**
   * Read PDF font styles (default `true`): lines get `bold`, and glyphs of icon
   * fonts (FontAwesome...) become a placeholder instead of stray letters.
   * The fonts' names, and the hyphens a font draws as U+00AD (LaTeX), are
   * read from the PDF's font resources and content streams (pdf.js's
   * operator list only where those cannot be read); `false` skips them: PDF
   * extraction takes a few percent less time, lines carry no `bold`, and
   * drawn soft hyphens are not restored.
   */
  fontStyles?: boolean;
}

/** Input accepted by `extractResume` and `analyzeResume`. */
export type ResumeInput =
  | string
  | Uint8Array
  | ArrayBuffer
  | { text: string; format?: TextFormat };

/** Section kinds. `header` is the text before the first heading (name, contact). */
export type SectionKind =
  | "header"
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "certifications"
  | "awards"
  | "publications"
  | "volunteer"
  | "languages"
  | "interests"
  | "contact"
  | "references"
  | "other";

/** A section of the resume. */
export interface Section {
  kind: SectionKind;
  /** The heading as written ("" for the header section). */
  heading: string;
  /** 1-based line of the heading (or first line for the header). */
  startLine: number;
  /** 1-based last line, inclusive. */
  endLine: number;
  /** False when the heading is not one of the usual words for its kind (a hint suggests a standard one). */
  standardHeading: boolean;
  /** Further kinds a combined heading names ("Skills and Awards": `["awards"]` besides `kind` skills). */
  alsoKinds?: SectionKind[];
}

/** A line after segmentation. */
export interface SegmentedLine {
  /** 1-based. */
  line: number;
  text: string;
  page: number;
  section: SectionKind;
  /** Index into `SegmentedResume.sections`. */
  sectionIndex: number;
  isHeading: boolean;
  /** Index into `SegmentedResume.bullets` when this line is (part of) a bullet. */
  bulletIndex?: number;
  /** Index into `experience.entries` when the line sits under a dated entry. */
  entryIndex?: number;
  /** True for the title/organization/date line(s) of an experience or education entry. */
  isEntryHeader?: boolean;
  fontSize?: number;
  bold?: boolean;
}

/** A bullet point: a list item with its wrapped continuation lines joined. */
export interface Bullet {
  /** Text without the bullet marker, continuation lines joined with a space. */
  text: string;
  /** 1-based first line. */
  line: number;
  /** 1-based last line. */
  endLine: number;
  section: SectionKind;
  /** Index into `experience.entries` when under a dated entry. */
  entryIndex?: number;
}

/** Contact details; `null` when not found. */
export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
  linkedin: string | null;
  github: string | null;
  website: string | null;
  location: string | null;
}

/** A dated entry in experience (or projects/volunteer). */
export interface ExperienceEntry {
  title: string | null;
  organization: string | null;
  /** "YYYY-MM" (month 01 when only a year is given). */
  start: string | null;
  /** "YYYY-MM", or "present". */
  end: string | null;
  /** The date range as written. */
  dateText: string | null;
  /** 1-based line of the entry header. */
  line: number;
  section: SectionKind;
}

/** What `segment` returns. */
export interface SegmentedResume {
  lines: SegmentedLine[];
  sections: Section[];
  bullets: Bullet[];
  contact: Contact;
  experience: {
    /** Total years in experience entries, overlaps counted once, one decimal. */
    years: number;
    entries: ExperienceEntry[];
  };
  /** Employer and school names from entry headers: never skills. */
  organizations: string[];
}

/** A token of a line, with offsets into that line. */
export interface Token {
  /** As written (case kept): "Node.js", "C++", "CI/CD". */
  text: string;
  /** Case-folded form used for matching: "node.js", "c++", "ci/cd". */
  folded: string;
  /** Porter stem of `folded` (only for alphabetic words; otherwise equals `folded`). */
  stem: string;
  /** Number-free key of `folded` ("systems" → "system"; see `numberKey` in src/normalize/number.ts). */
  num: string;
  /** Offset of the first character in the line. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/** Evidence grade of a found skill. */
export type Evidence = "listed" | "used" | "measured";

/** One place a skill was found. */
export interface Occurrence {
  skillId: string;
  /** The alias that matched, as written in the catalog. */
  alias: string;
  /** The text as written in the resume. */
  matched: string;
  section: SectionKind;
  /** 1-based. */
  line: number;
  /** Offsets in the line's text. */
  start: number;
  end: number;
  inBullet: boolean;
  inSkillsList: boolean;
  /** "familiar with", "exposure to", "learning"... */
  hedged: boolean;
  /** The whole line (or bullet) for context. */
  text: string;
}

/** A candidate the matcher rejected, with why. */
export interface IgnoredCandidate {
  skillId: string;
  alias: string;
  matched: string;
  /** 1-based. */
  line: number;
  /** "'go' at line 12: verb in prose". */
  reason: string;
}

/**
 * Where a found skill comes from: `catalog`, the curated catalog (ambiguity
 * rules, role lists, implications); `vocabulary`, the generated technology
 * vocabulary (`keywords/vocabulary.json`): reported and matched against job
 * postings, never scored by a role.
 */
export type SkillTier = "catalog" | "vocabulary";

/** A skill found in the resume. */
export interface FoundSkill {
  id: string;
  name: string;
  category: string;
  /** Set by the matcher on every skill it finds; absent (in skills built by hand) means "catalog". */
  tier?: SkillTier;
  evidence: Evidence;
  /** Every mention is hedged. */
  hedged: boolean;
  /** Latest year of a dated entry whose bullets mention it ("present" = current year). */
  lastUsed: number | null;
  /** True when found only because a narrower skill implies it (MySQL → SQL). */
  implied: boolean;
  /** Skill ids that imply this one (when implied). */
  impliedBy: string[];
  occurrences: Occurrence[];
}

/**
 * A term of a skills list or a list of technologies ("Skills: a, b, c",
 * "Tech: ..." under a role) that matched no catalog skill and no vocabulary name.
 */
export interface UnrecognizedTerm {
  /** As written (surrounding brackets and punctuation trimmed). */
  term: string;
  /** 1-based line. */
  line: number;
  /** 1-based column of its first character in that line. */
  column: number;
  section: SectionKind;
  /** Items of the list it sits in (1 for a lone item). */
  listSize: number;
}

/** What the matcher returns. */
export interface MatchResult {
  /** Sorted by id. */
  skills: FoundSkill[];
  ignored: IgnoredCandidate[];
  /** List items that matched nothing, first mention of each (case and spacing folded), by line and column. Always set by the matcher. */
  unrecognized?: UnrecognizedTerm[];
}
