/**
 * The hints of a report: the rules run over the resume's bullets, the whole
 * document, the chosen role's score and the job match, with the configured
 * settings; each bullet gets the codes of its hints, the job match its own.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { Role } from "../keywords/schema.js";
import type { Level } from "../levels.js";
import type { JobMatchReport, ReportBullet, ReportHint } from "../report/types.js";
import { compareJob, type JobPosting } from "../job/index.js";
import { bulletTargets, helpersOf, hintsOf, runRules, type LintMessage } from "../hints/run.js";
import { bulletVerbs } from "../hints/bullet-verbs.js";
import { loadHelpers } from "../hints/helpers.js";
import type { RuleSetting } from "../hints/rules-config.js";
import { compareStrings } from "../util/compare.js";
import { allAvoidPhrases } from "./avoid.js";
import type { Analysis, ScoringView, scoreRole } from "./document.js";

/** What the rules are run over. */
export interface LintInput {
  a: Analysis;
  /** What the score read (no hidden text, no dump credit): the job match and the role hints see the same. */
  view: ScoringView;
  catalog: Catalog;
  role: Role;
  score: ReturnType<typeof scoreRole>;
  posting: JobPosting | null;
  settings: readonly RuleSetting[];
  level: Level | null;
  now: Date;
}

/** The hints, the bullets with their hint codes, and the job match. */
export interface LintResult {
  hints: ReportHint[];
  bullets: ReportBullet[];
  jobMatch?: JobMatchReport;
}

const kinds = new WeakMap<Catalog, ReadonlyMap<string, string>>();

/** Each avoid phrase's kind by id, once per catalog. */
function avoidKinds(catalog: Catalog): ReadonlyMap<string, string> {
  let m = kinds.get(catalog);
  if (!m) {
    m = new Map(allAvoidPhrases(catalog).map((p) => [p.id, p.kind] as const));
    kinds.set(catalog, m);
  }
  return m;
}

/** Job titles on the resume, most recent first (entries are in document order, which is usually newest first). */
function resumeTitles(a: Analysis): string[] {
  const dated = a.resume.experience.entries.filter((e) => e.title);
  const key = (e: (typeof dated)[number]) => (e.end === "present" ? "9999-99" : (e.end ?? e.start ?? "0000-00"));
  return [...dated].sort((x, y) => compareStrings(key(y), key(x)) || x.line - y.line).map((e) => e.title!);
}

function postingSummary(posting: JobPosting): JobMatchReport["posting"] {
  return {
    title: posting.title,
    seniority: posting.seniority,
    yearsRequired: posting.yearsRequired,
    required: posting.required.map((k) => k.id),
    preferred: posting.preferred.map((k) => k.id),
    otherTerms: posting.otherTerms.map((t) => t.term),
    listTerms: [...(posting.listTerms ?? [])],
  };
}

/** The sorted, distinct codes of a bullet's messages. */
function bulletCodes(messages: readonly LintMessage[], count: number): Array<ReportBullet["hints"]> {
  const codes = Array.from({ length: count }, () => new Set<ReportBullet["hints"][number]>());
  for (const m of messages) if (m.bulletIndex !== undefined) codes[m.bulletIndex]?.add(m.hint.code);
  return codes.map((s) => [...s].sort(compareStrings));
}

/** Runs the configured rules over the analysis; see the module comment. */
export async function lintResume(input: LintInput): Promise<LintResult> {
  const { a, view, catalog, score: s } = input;
  const job = input.posting
    ? compareJob(input.posting, { skills: view.skills, text: view.text, titles: resumeTitles(a), years: a.resume.experience.years }, { catalog, now: input.now })
    : null;
  const messages = await runRules(
    {
      bullets: bulletTargets(a.resume, a.metrics),
      document: { doc: a.doc, resume: a.resume, match: { skills: a.skills, ignored: a.ignored }, catalog },
      role: { role: input.role, mustHave: s.mustHave, strong: s.strong, avoid: s.avoid, found: view.found, years: a.resume.experience.years, avoidKind: avoidKinds(catalog) },
      ...(job ? { job: job.target } : {}),
    },
    { now: input.now, level: input.level, settings: input.settings },
  );
  const codes = bulletCodes(messages, a.bullets.length);
  const verbs = input.settings.some((s) => helpersOf(s).includes("nlp")) ? bulletVerbs(a.resume, (await loadHelpers(["nlp"])).nlp!) : null;
  return {
    hints: hintsOf(messages),
    bullets: a.bullets.map((b, i) => (verbs && verbs[i] !== undefined ? { ...b, hints: codes[i]!, verb: verbs[i]! } : { ...b, hints: codes[i]! })),
    ...(job && input.posting ? { jobMatch: { ...job.match, hints: hintsOf(messages.filter((m) => m.scope === "job")), posting: postingSummary(input.posting) } } : {}),
  };
}
