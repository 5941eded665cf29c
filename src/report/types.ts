/**
 * The result object: `ResumeReport`, schema version 1.
 * The CLI's `--format json` prints exactly this (an array for several files).
 * Same input → same bytes of JSON: every array has a stable order, no timestamps.
 */
import type {
  Contact,
  DocumentFormat,
  Evidence,
  ExperienceEntry,
  IgnoredCandidate,
  Section,
  SectionKind,
  SkillTier,
  Warning,
} from "../types.js";
import type { Level } from "../levels.js";
import type { HintCode } from "../hints/rules/index.js";

export type { Level } from "../levels.js";
export type { HintCode } from "../hints/rules/index.js";

/** Version of the report shape. Bumped on any breaking change to `ResumeReport`. */
export const REPORT_SCHEMA_VERSION = 1 as const;

/** Severity of a hint. `error` hints can fail a CI check with `--fail-on`. */
export type HintSeverity = "error" | "warning" | "info";

/**
 * A point in the extracted text: 1-based line (as `line` everywhere in the
 * report) and, where known, 1-based column in that line's text.
 */
export interface Point {
  line: number;
  column?: number;
}

/** Where a hint is: from `start` to `end` (the column of `end` is the one after the last character). */
export interface Place {
  start: Point;
  end: Point;
}

/** One piece of advice from one rule (docs/rules.md), traceable to a place where it has one. */
export interface ReportHint {
  /** Stable UPPER_SNAKE code of the rule, e.g. `UNQUANTIFIED_BULLET`, `MISSING_MUST_HAVE`. */
  code: HintCode;
  severity: HintSeverity;
  /** What is wrong, without the location (`place` and `line` carry it). */
  message: string;
  /** 1-based line of what the hint is about: the bullet, for a bullet's hint; else `place.start.line`. */
  line?: number;
  /** 1-based last line of it, when it spans several. */
  endLine?: number;
  section?: SectionKind;
  /** The text the hint is about, quoted. */
  quote?: string;
  /** What to write instead (a template; never an invented number). */
  suggestion?: string;
  /** The skill (or role entry) the hint is about. */
  skillId?: string;
  /** Exactly where: lines and, where known (keyword occurrences, avoid phrases, bullet openings, passives, pronouns), columns. */
  place?: Place;
  /** The rule's documentation. */
  url: string;
}

/** A number that makes a bullet quantified. */
export interface ReportMetric {
  kind: string;
  text: string;
  start: number;
  end: number;
}

/** Where a skill was found. */
export interface ReportOccurrence {
  section: SectionKind;
  /** 1-based. */
  line: number;
  /** The text as written in the resume. */
  matched: string;
  /** The line (or whole bullet) for context. */
  text: string;
  /** 1-based column of the first character of `matched` in line `line` (of `ResumeReport.lines`). */
  column: number;
  /** 1-based column just after the last character of `matched` on its first line. */
  endColumn: number;
  inBullet: boolean;
  inSkillsList: boolean;
  hedged: boolean;
}

/** A skill found in the resume (role or not): a curated catalog skill or a name of the generated vocabulary. */
export interface ReportSkill {
  id: string;
  name: string;
  category: string;
  /**
   * Always present. `catalog`: a curated skill (`keywords/skills/`), with
   * ambiguity rules; only these score a role. `vocabulary`: a name of the
   * generated technology vocabulary (`keywords/vocabulary.json`, from open
   * data: linguist, devicon, simple-icons, cspell): reported, and matched
   * against a job description's skills, but never in a role's lists.
   * A curated skill always wins over a vocabulary name for the same text.
   */
  tier: SkillTier;
  evidence: Evidence;
  hedged: boolean;
  implied: boolean;
  impliedBy: string[];
  lastUsed: number | null;
  occurrences: ReportOccurrence[];
}

/** How a role keyword was satisfied. */
export type KeywordStatus = "found" | "implied" | "hedged" | "missing";

/** One role list entry (a skill, or "any one of" several) and how the resume meets it. */
export interface KeywordResult {
  /** The skill id, or `anyOf:<ids joined by |>` for an entry met by any one of several skills. */
  id: string;
  /** How reports name it: "PostgreSQL", "a backend language". */
  label: string;
  /** Skill ids that satisfy the entry. */
  skills: string[];
  weight: number;
  status: KeywordStatus;
  /** 0..1: found 1, implied 0.75, hedged 0.5, missing 0. */
  credit: number;
  /** The skill ids in the resume that satisfied it. */
  matchedSkills: string[];
  /** Best evidence among the matched skills, or null when missing. */
  evidence: Evidence | null;
  /** Where it came from: the role file, a level addition, or the job description. */
  source: "role" | `level:${Level}` | "job-description";
  /** Points this entry contributes to its score component. */
  points: number;
}

/** An avoid phrase found in the resume. */
export interface AvoidFound {
  id: string;
  phrase: string;
  matched: string;
  line: number;
  section: SectionKind;
  suggestion: string;
  /** True when it is not penalized (backed by a metric in the same bullet, and the phrase allows that). */
  excused: boolean;
}

/** A named part of the score. */
export interface ScoreComponent {
  id: "must-have" | "strong" | "quantified" | "context" | "avoid";
  label: string;
  /** Points earned (negative for the avoid penalty). Two decimals. */
  points: number;
  /** Most points this component can give (for avoid: the cap of the penalty). */
  max: number;
  /** One sentence: how the points were computed. */
  detail: string;
  /** What is behind the points: keyword ids, avoid phrase ids, or bullet lines. */
  items: Array<{ ref: string; label: string; points: number }>;
}

/**
 * The verb a bullet opens with, as the writing rules read it (compromise's
 * tags and `keywords/verbs.json`): "Led the Kafka migration" → `{ text: "Led",
 * lemma: "lead", tense: "past", form: "past" }`.
 */
export interface ReportBulletVerb {
  /** As written: "Led", "Build", "Working", "Co-led", "Laser cut". */
  text: string;
  /** Dictionary form, lower case: "lead", "build", "work", "co-lead". */
  lemma: string;
  /**
   * "past" ("Led", "Built"), "present" ("Build", "Builds"), or null when the
   * form does not say: a gerund ("Working"), or a verb spelled alike in both
   * tenses ("Cut", "Set", "Read") with no joined verb to tell ("Cut costs and
   * reduced latency" is past).
   */
  tense: "past" | "present" | null;
  /** "past", "base" ("Build"), "third-person" ("Builds"), "gerund" ("Building"), or "same" (base and past alike: "Cut"). */
  form: "past" | "base" | "third-person" | "gerund" | "same";
  /** 1-based column of its first character in the bullet's first line, when the bullet maps back to its lines. */
  column?: number;
}

/** A bullet point and whether it carries a real metric. */
export interface ReportBullet {
  text: string;
  section: SectionKind;
  line: number;
  endLine: number;
  quantified: boolean;
  metrics: ReportMetric[];
  /** Codes of the hints about this bullet (the hints themselves are in `hints`). */
  hints: HintCode[];
  /**
   * The verb the bullet opens with, or null when it opens with something else
   * (a noun phrase, a figure, a label, "Responsible for"). Present only when
   * the writing rules ran (compromise loaded: VERB_TENSE or REPEATED_VERB on,
   * or `grammar: true` for WEAK_OPENING or PASSIVE_VOICE; the CLI's text,
   * Markdown and HTML output turn them on), and only on bullets of
   * Experience, Projects and Volunteer.
   */
  verb?: ReportBulletVerb | null;
}

/** How well the resume fits one role. */
export interface RoleRank {
  id: string;
  title: string;
  score: number;
  mustHaveFound: number;
  mustHaveTotal: number;
}

/** Found and missing ids (skills) or terms, each sorted. */
export interface FoundMissing {
  found: string[];
  missing: string[];
}

/** A term of a skills list or a list of technologies that matched no catalog skill and no vocabulary name. */
export interface ReportUnrecognizedTerm {
  /** As written. */
  term: string;
  /** 1-based line. */
  line: number;
  /** 1-based column of its first character in that line. */
  column: number;
  section: SectionKind;
}

/** How the resume meets a job posting (`options.jobDescription`). */
export interface JobMatchReport {
  /** 0..1, weighted: required counts 2, preferred 1, list terms 1, other terms 0.5. */
  matchRate: number;
  required: FoundMissing;
  preferred: FoundMissing;
  /** Significant non-catalog terms of the posting (TF-IDF against generic posting language). */
  otherTerms: FoundMissing;
  /**
   * Terms of the posting's requirement lists that neither the catalog nor the
   * vocabulary knows, written like names ("Foobar DB"): found when the resume
   * has the same words (case, hyphens and spacing aside).
   */
  listTerms: FoundMissing;
  titleMatch: { posting: string | null; resume: string | null; match: boolean };
  yearsRequired: number | null;
  yearsOnResume: number;
  /** The job hints (also merged into `ResumeReport.hints`). */
  hints: ReportHint[];
  /** What was read from the posting. */
  posting: {
    title: string | null;
    seniority: Level | null;
    yearsRequired: number | null;
    required: string[];
    preferred: string[];
    otherTerms: string[];
    listTerms: string[];
  };
}

/** One line of the resume as the analyzer read it: what every `line` of the report points into. */
export interface ReportLine {
  /** 1-based. */
  line: number;
  text: string;
  /** 1-based page (1 for formats without pages). */
  page: number;
  /** The section the line belongs to. */
  section: SectionKind;
}

/** The analysis of one resume. */
export interface ResumeReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** Version of the keyword catalog used (`keywords/catalog.json`, "+custom" when user files were merged). */
  catalogVersion: string;
  /** The file as given (path), or null for buffers and text. */
  file: string | null;
  format: DocumentFormat;
  pageCount: number;
  wordCount: number;
  /** The role scored against (the best fit when none was asked for). */
  role: { id: string; title: string; level: Level | null; chosen: "option" | "best-fit" };
  score: { total: number; components: ScoreComponent[] };
  keywords: {
    mustHave: { found: KeywordResult[]; missing: KeywordResult[] };
    strong: { found: KeywordResult[]; missing: KeywordResult[] };
    avoid: { found: AvoidFound[] };
  };
  /**
   * Every technical skill found (languages, tools, practices...: curated, `tier: "catalog"`, and
   * vocabulary, `tier: "vocabulary"`), sorted by id. Soft skills are in `softSkills`.
   */
  skills: ReportSkill[];
  /**
   * Soft skills found (catalog category "soft-skill": mentoring, communication, leadership...),
   * sorted by id. Reported apart from the technical skills because a resume's claim of a soft
   * skill is weaker evidence; role lists that name one still score it.
   */
  softSkills: ReportSkill[];
  /** Candidates the matcher rejected, with why. */
  ignored: IgnoredCandidate[];
  /**
   * Items of skills lists and lists of technologies that matched nothing:
   * what was not understood. Each once (case and spacing folded), by line, then column.
   */
  unrecognized: ReportUnrecognizedTerm[];
  sections: Section[];
  contact: Contact;
  experience: { years: number; entries: ExperienceEntry[] };
  bullets: ReportBullet[];
  /** The resume's text, line by line, as read: so a report can be shown with its keywords in place (`formatHtml`). */
  lines: ReportLine[];
  /** Sorted: errors first, then by line. */
  hints: ReportHint[];
  warnings: Warning[];
  /** Every role scored, best first (ties by id). */
  roleRanking: RoleRank[];
  /** Present when a job description was given: its lists also extend the role's (source "job-description"). */
  jobMatch?: JobMatchReport;
}
