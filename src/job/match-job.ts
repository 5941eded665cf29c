/**
 * `matchJob`: how a resume meets a parsed posting — required, preferred and
 * other terms found or missing, title and years, and hints.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { FoundSkill } from "../types.js";
import { titlesMatch } from "./title-match.js";
import { hasSameWords } from "./list-terms.js";
import type { FoundMissing, JobHint, JobMatch, JobPosting, JobResumeInput, JobSkill } from "./types.js";

/** Weights of `matchRate`. */
export const JOB_WEIGHTS = { required: 2, preferred: 1, listTerm: 1, otherTerm: 0.5 } as const;

/** Options of `matchJob`. */
export interface MatchJobOptions {
  /** The catalog, for the acronym / full-name hint (`JD_ACRONYM_FORM`). Without it that hint is skipped. */
  catalog?: Catalog;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
  return { found: f.sort(), missing: m.sort() };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Forms the resume writes a skill in, lower case. */
function resumeForms(skill: FoundSkill | undefined): Set<string> {
  return new Set((skill?.occurrences ?? []).map((o) => o.matched.toLowerCase()));
}

/**
 * Compare a resume with a posting. Implied skills count as found; a skill
 * found only hedged ("familiar with") counts as found and adds a hint.
 * `matchRate` weighs required 2, preferred 1, list terms 1, other terms 0.5
 * (1 when the posting asks for nothing). A list term (an item of the
 * posting's requirement lists no skill knows) is met by the same words in the resume.
 */
export function matchJob(posting: JobPosting, resume: JobResumeInput, options: MatchJobOptions = {}): JobMatch {
  const found = new Map(resume.skills.map((s) => [s.id, s] as const));
  const required = splitSkills(posting.required, found);
  const preferred = splitSkills(posting.preferred, found);
  const termsFound: string[] = [];
  const termsMissing: string[] = [];
  for (const t of posting.otherTerms) (hasWord(resume.text, t.term) ? termsFound : termsMissing).push(t.term);
  const otherTerms = { found: termsFound.sort(), missing: termsMissing.sort() };
  // The posting's list terms no skill knows: met by the same words anywhere in the resume.
  const listFound: string[] = [];
  const listMissing: string[] = [];
  for (const t of posting.listTerms ?? []) (hasSameWords(resume.text, t) ? listFound : listMissing).push(t);
  const listTerms = { found: [...listFound].sort(), missing: [...listMissing].sort() };

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

  const hints: JobHint[] = [];
  const nameOf = new Map([...posting.required, ...posting.preferred].map((s) => [s.id, s.name] as const));
  for (const id of required.missing) {
    hints.push({
      code: "JD_MISSING_REQUIRED",
      severity: "error",
      message: `The posting requires ${nameOf.get(id)}, and the resume does not mention it.`,
      suggestion: `If you have used ${nameOf.get(id)}, name it in a bullet that shows what you did with it.`,
      skillId: id,
    });
  }
  for (const id of preferred.missing) {
    hints.push({
      code: "JD_MISSING_PREFERRED",
      severity: "info",
      message: `The posting would like ${nameOf.get(id)}; the resume does not mention it.`,
      skillId: id,
    });
  }
  for (const s of [...posting.required, ...posting.preferred]) {
    const f = found.get(s.id);
    if (f && f.hedged && !f.implied) {
      hints.push({
        code: "JD_SKILL_HEDGED",
        severity: "info",
        message: `The posting asks for ${s.name}; the resume only says it is familiar with it.`,
        suggestion: `Show ${s.name} in use in a bullet, if you have used it.`,
        skillId: s.id,
      });
    }
  }
  if (!titleOk && posting.title !== null) {
    hints.push({
      code: "JD_TITLE_MISMATCH",
      severity: "warning",
      message: resumeTitle
        ? `The posting's title is "${posting.title}"; the resume's most recent title is "${resumeTitle}".`
        : `The posting's title is "${posting.title}"; the resume shows no job title.`,
      suggestion: "Where it is true, use the posting's words for your role in the summary or headline.",
    });
  }
  if (posting.yearsRequired !== null && resume.years < posting.yearsRequired) {
    hints.push({
      code: "JD_YEARS_BELOW",
      severity: "warning",
      message: `The posting asks for ${posting.yearsRequired}+ years; the resume shows ${resume.years}.`,
      suggestion: "Make sure every relevant role has dates, including internships and contract work.",
    });
  }
  for (const term of termsMissing) {
    hints.push({ code: "JD_TERM_MISSING", severity: "info", message: `The posting uses "${term}" several times; the resume never does.` });
  }
  for (const term of listMissing) {
    hints.push({
      code: "JD_LIST_TERM_MISSING",
      severity: "info",
      message: `The posting lists "${term}" among its requirements; the resume never names it.`,
      suggestion: `If you have used ${term}, name it as the posting writes it.`,
    });
  }
  if (options.catalog) hints.push(...acronymHints(posting, found, options.catalog));

  hints.sort((a, b) => {
    const ar = a.code === "JD_MISSING_REQUIRED" ? -1 : SEVERITY_RANK[a.severity];
    const br = b.code === "JD_MISSING_REQUIRED" ? -1 : SEVERITY_RANK[b.severity];
    return ar - br || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || ((a.skillId ?? "") < (b.skillId ?? "") ? -1 : (a.skillId ?? "") > (b.skillId ?? "") ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
  });

  return {
    matchRate,
    required,
    preferred,
    otherTerms,
    listTerms,
    titleMatch: { posting: posting.title, resume: resumeTitle, match: titleOk },
    yearsRequired: posting.yearsRequired,
    yearsOnResume: resume.years,
    hints,
  };
}

/** JD_ACRONYM_FORM: the posting writes an acronym or a full name the resume (which has the skill) does not. */
function acronymHints(posting: JobPosting, found: ReadonlyMap<string, FoundSkill>, catalog: Catalog): JobHint[] {
  const out: JobHint[] = [];
  for (const s of [...posting.required, ...posting.preferred]) {
    const skill = catalog.skillById.get(s.id);
    const f = found.get(s.id);
    if (!skill?.acronym || !skill.fullName || !f || f.implied) continue;
    const acronym = skill.acronym.toLowerCase();
    const full = skill.fullName.toLowerCase();
    const posted = new Set((s.forms ?? []).map((x) => x.toLowerCase()));
    const mine = resumeForms(f);
    const missing: string[] = [];
    if (posted.has(full) && !mine.has(full)) missing.push(skill.fullName);
    if (posted.has(acronym) && !mine.has(acronym)) missing.push(skill.acronym);
    if (missing.length === 0) continue;
    const postedAs = posted.has(full) && posted.has(acronym) ? `${skill.fullName} (${skill.acronym})` : posted.has(full) ? skill.fullName : skill.acronym;
    out.push({
      code: "JD_ACRONYM_FORM",
      severity: "info",
      message: `The posting writes '${postedAs}'; the resume does not use '${missing.join("' or '")}'.`,
      suggestion: `Write both forms once: "${skill.fullName} (${skill.acronym})".`,
      skillId: s.id,
    });
  }
  return out;
}
