/**
 * Types of the job-description stage: a parsed posting (`JobPosting`) and how
 * a resume meets it (`JobMatch`).
 */
import type { FoundMissing, JobMatchReport, Level, ReportHint } from "../report/types.js";

export type { FoundMissing } from "../report/types.js";
import type { FoundSkill } from "../types.js";

export type { Level } from "../report/types.js";

/** Kinds of posting sections. */
export type JobSectionKind = "requirements" | "preferred" | "responsibilities" | "about" | "benefits" | "other";

/** A section of the posting. */
export interface JobSection {
  kind: JobSectionKind;
  /** The heading as written ("" for the text before the first heading). */
  heading: string;
  /** 1-based line of the heading (or first line). */
  startLine: number;
  /** 1-based last line, inclusive. */
  endLine: number;
}

/** A catalog skill the posting asks for. */
export interface JobSkill {
  id: string;
  name: string;
  /** 1-based line of the mention that decided the list. */
  line: number;
  /** That line (or bullet) as written. */
  text: string;
  /** The cue that decided required vs preferred ("nice to have", "5+ years"), or null when the section decided. */
  cue: string | null;
  /** Every form the posting writes the skill in, as written ("AWS", "Amazon Web Services"), sorted. */
  forms?: string[];
  /** "vocabulary" for a name of the generated vocabulary (absent: a curated skill). */
  tier?: "vocabulary";
}

/** A significant non-catalog term of the posting. */
export interface JobTerm {
  /** The most frequent written form, lower case. */
  term: string;
  /** TF-IDF against the generic-posting background, two decimals. */
  score: number;
  count: number;
}

/** What `parseJobDescription` returns. */
export interface JobPosting {
  title: string | null;
  seniority: Level | null;
  /** The smallest number of years the posting asks for ("3-5 years" → 3), or null. */
  yearsRequired: number | null;
  /** Sorted by id. */
  required: JobSkill[];
  /** Sorted by id; never a skill that is also required. */
  preferred: JobSkill[];
  /** Best first (score, then term). */
  otherTerms: JobTerm[];
  /** Items of the requirement lists no skill matched, written like names (see list-terms.ts), in order. */
  listTerms: string[];
  sections: JobSection[];
}

/** The resume side of `matchJob`. */
export interface JobResumeInput {
  /** The matcher's found skills (implied ones count as found). */
  skills: FoundSkill[];
  /** The resume's whole text. */
  text: string;
  /** Job titles on the resume, most recent first. */
  titles: string[];
  /** Years of experience on the resume. */
  years: number;
}

/** A hint of the job match: the report's hint type. */
export type JobHint = ReportHint;

/** How a resume meets a posting: the report's `jobMatch` without the posting summary. */
export type JobMatch = Omit<JobMatchReport, "posting">;
