/**
 * `matchJob`: how a resume meets a parsed posting — required, preferred and
 * other terms found or missing, title and years — and the job hints, which
 * are the job-scope rules (`src/hints/rules/jd-*.ts`) run over that comparison.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { FoundSkill } from "../types.js";
import type { JobTarget } from "../hints/rule.js";
import { hintsOf, runRulesSync } from "../hints/run.js";
import { escapeRegExp } from "../util/regexp.js";
import { compareStrings } from "../util/compare.js";
import { titlesMatch } from "./title-match.js";
import { hasSameWords } from "./list-terms.js";
import type { FoundMissing, JobMatch, JobPosting, JobResumeInput, JobSkill } from "./types.js";

/** Weights of `matchRate`. */
export const JOB_WEIGHTS = { required: 2, preferred: 1, listTerm: 1, otherTerm: 0.5 } as const;

/** Options of `matchJob`. */
export interface MatchJobOptions {
  /** The catalog, for the acronym / full-name hint (`JD_ACRONYM_FORM`). Without it that hint is skipped. */
  catalog?: Catalog;
  /** "Today", for rules that read dates (default: now). */
  now?: Date;
}

/** Case-insensitive whole-word search (a trailing "s" optional, so "clinic" finds "clinics"). */
export function hasWord(text: string, term: string): boolean {
  const base = term.endsWith("s") && term.length > 3 ? term.slice(0, -1) : term;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(base)}(?:s|es)?(?![\\p{L}\\p{N}])`, "iu");
  return re.test(text);
}

function splitSkills(list: readonly JobSkill[], found: ReadonlyMap<string, FoundSkill>): FoundMissing {
  const f: string[] = [];
  const m: string[] = [];
  for (const s of list) (found.has(s.id) ? f : m).push(s.id);
  return { found: f.sort(compareStrings), missing: m.sort(compareStrings) };
}

/** A job match without its hints, and the target the job rules look at. */
export interface JobComparison {
  match: Omit<JobMatch, "hints">;
  target: JobTarget;
}

/**
 * Compares a resume with a posting. Implied skills count as found; a skill
 * found only hedged ("familiar with") counts as found. `matchRate` weighs
 * required 2, preferred 1, list terms 1, other terms 0.5 (1 when the posting
 * asks for nothing). A list term (an item of the posting's requirement lists
 * no skill knows) is met by the same words in the resume.
 */
export function compareJob(posting: JobPosting, resume: JobResumeInput, options: MatchJobOptions = {}): JobComparison {
  const found = new Map(resume.skills.map((s) => [s.id, s] as const));
  const required = splitSkills(posting.required, found);
  const preferred = splitSkills(posting.preferred, found);
  const termsFound: string[] = [];
  const termsMissing: string[] = [];
  for (const t of posting.otherTerms) (hasWord(resume.text, t.term) ? termsFound : termsMissing).push(t.term);
  termsFound.sort(compareStrings);
  termsMissing.sort(compareStrings);
  // The posting's list terms no skill knows: met by the same words anywhere in the resume.
  const listFound: string[] = [];
  const listMissing: string[] = [];
  for (const t of posting.listTerms ?? []) (hasSameWords(resume.text, t) ? listFound : listMissing).push(t);
  listFound.sort(compareStrings);
  listMissing.sort(compareStrings);

  const total =
    JOB_WEIGHTS.required * posting.required.length +
    JOB_WEIGHTS.preferred * posting.preferred.length +
    JOB_WEIGHTS.listTerm * (listFound.length + listMissing.length) +
    JOB_WEIGHTS.otherTerm * posting.otherTerms.length;
  const got =
    JOB_WEIGHTS.required * required.found.length +
    JOB_WEIGHTS.preferred * preferred.found.length +
    JOB_WEIGHTS.listTerm * listFound.length +
    JOB_WEIGHTS.otherTerm * termsFound.length;
  const matchRate = total === 0 ? 1 : Math.round((got / total) * 1000) / 1000;

  const resumeTitle = resume.titles.find((t) => t.trim() !== "") ?? null;
  const titleOk = posting.title !== null && resumeTitle !== null ? titlesMatch(posting.title, resumeTitle) : posting.title === null;

  return {
    match: {
      matchRate,
      required,
      preferred,
      otherTerms: { found: termsFound, missing: termsMissing },
      listTerms: { found: listFound, missing: listMissing },
      titleMatch: { posting: posting.title, resume: resumeTitle, match: titleOk },
      yearsRequired: posting.yearsRequired,
      yearsOnResume: resume.years,
    },
    target: {
      posting,
      found,
      requiredMissing: required.missing,
      preferredMissing: preferred.missing,
      termsMissing,
      listTermsMissing: listMissing,
      resumeTitle,
      titleMatches: titleOk,
      yearsOnResume: resume.years,
      ...(options.catalog ? { catalog: options.catalog } : {}),
    },
  };
}

/**
 * Compares a resume with a posting (`compareJob`) and adds the job hints of
 * the job rules with their default settings, in the hint order.
 */
export function matchJob(posting: JobPosting, resume: JobResumeInput, options: MatchJobOptions = {}): JobMatch {
  const { match, target } = compareJob(posting, resume, options);
  const messages = runRulesSync({ job: target }, { now: options.now ?? new Date(), level: null, scopes: ["job"] });
  return { ...match, hints: hintsOf(messages) };
}
