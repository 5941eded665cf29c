/** Job descriptions: parse a posting into required / preferred skills and terms, and match a resume against it. */
export { parseJobDescription, parseJobText, parseJobLines, type ParseJobOptions } from "./parse.js";
export { matchJob, compareJob, hasWord, JOB_WEIGHTS, type MatchJobOptions, type JobComparison } from "./match-job.js";
export { jobKeywords } from "./keywords.js";
export { jobAccuracy, type JobAccuracy, type JobExpected, type JobFileAccuracy } from "./accuracy.js";
export { classifyHeading, splitSections, type JobLine } from "./sections.js";
export { cueFor, type FoundCue, type CueKind } from "./cues.js";
export { significantTerms } from "./terms.js";
export { findTitle, seniorityOf, yearsIn } from "./title.js";
export { titlesMatch } from "./title-match.js";
export type { JobPosting, JobSkill, JobTerm, JobSection, JobSectionKind, JobMatch, JobHint, JobResumeInput, FoundMissing } from "./types.js";
