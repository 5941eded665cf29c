/**
 * `analyzeResume`: the library's main job. Runs the pipeline
 * extract → segment → match → score → hints and assembles a `ResumeReport`.
 */
import { extractResume } from "../extract/index.js";
import { wordCount } from "../hints/text-utils.js";
import { extractIsolated } from "../isolate/index.js";
import { segment } from "../segment/index.js";
import { createMatcher, findPhrases } from "../match/index.js";
import { bulletHints, documentHints, findMetrics } from "../hints/index.js";
import { getBuiltinCatalog, loadKeywords } from "../keywords/load.js";
import { loadVocabulary, withVocabulary } from "../keywords/vocabulary.js";
import type { Catalog } from "../keywords/catalog.js";
import type { AvoidPhrase, Role } from "../keywords/schema.js";
import { InvalidOptionsError, UnknownRoleError } from "../errors.js";
import { scoreResume } from "../score/index.js";
import { roleKeywords } from "../score/role-keywords.js";
import type { ExtractedDocument, ExtractOptions, FoundSkill, ResumeInput, SegmentedResume } from "../types.js";
import type {
  AvoidFound,
  Level,
  ReportBullet,
  ReportHint,
  ReportSkill,
  ResumeReport,
  RoleRank,
} from "../report/types.js";
import { REPORT_SCHEMA_VERSION } from "../report/types.js";
import type { AnalyzeOptions } from "./options.js";
import { roleHints } from "./role-hints.js";
import { jobKeywords, matchJob, parseJobDescription, type JobPosting } from "../job/index.js";
import type { RoleKeyword } from "../score/keywords.js";
import type { JobMatchReport } from "../report/types.js";
import { sortHints } from "./sort.js";
import { allAvoidPhrases } from "./avoid.js";

export type { AnalyzeOptions } from "./options.js";

const LEVELS: readonly Level[] = ["junior", "mid", "senior", "lead"];

function isCatalog(x: unknown): x is Catalog {
  return typeof x === "object" && x !== null && (x as Catalog).skillById instanceof Map;
}

/**
 * The catalog for these options: built-in, or built-in with the user's
 * keyword file merged over it; with the generated vocabulary attached
 * (loaded on the first call) unless `vocabulary: false`.
 */
export async function catalogFor(options: AnalyzeOptions): Promise<Catalog> {
  const base = getBuiltinCatalog();
  let catalog: Catalog;
  if (options.keywords === undefined) catalog = base;
  else if (isCatalog(options.keywords)) catalog = options.keywords;
  else catalog = await loadKeywords(options.keywords as never, base);
  if (options.vocabulary === false || catalog.vocabulary) return catalog;
  return withVocabulary(catalog, await loadVocabulary());
}

function reportSkill(s: FoundSkill): ReportSkill {
  return {
    id: s.id,
    name: s.name,
    category: s.category,
    tier: s.tier ?? "catalog",
    evidence: s.evidence,
    hedged: s.hedged,
    implied: s.implied,
    impliedBy: [...s.impliedBy],
    lastUsed: s.lastUsed,
    occurrences: s.occurrences.map((o) => ({
      section: o.section,
      line: o.line,
      matched: o.matched,
      text: o.text,
      inBullet: o.inBullet,
      inSkillsList: o.inSkillsList,
      hedged: o.hedged,
    })),
  };
}

/** Everything computed once per resume, shared by every role scored. */
interface Analysis {
  doc: ExtractedDocument;
  resume: SegmentedResume;
  found: Map<string, FoundSkill>;
  skills: FoundSkill[];
  bullets: ReportBullet[];
  bulletHintList: ReportHint[];
  avoidHits: ReturnType<typeof findPhrases>;
  quantifiedLines: Set<number>;
  ignored: ResumeReport["ignored"];
  unrecognized: ResumeReport["unrecognized"];
}

function analyzeDocument(doc: ExtractedDocument, catalog: Catalog, now: Date): Analysis {
  const resume = segment(doc, { now });
  const metricsByBullet = resume.bullets.map((b) => findMetrics(b.text));
  const quantifiedTexts = new Set<string>();
  resume.bullets.forEach((b, i) => {
    if (metricsByBullet[i].length > 0) quantifiedTexts.add(b.text);
  });
  const match = createMatcher(catalog).match(resume, { isMeasured: (t: string) => quantifiedTexts.has(t), now });
  const bulletHintList: ReportHint[] = [];
  const quantifiedLines = new Set<number>();
  const bullets: ReportBullet[] = resume.bullets.map((b, i) => {
    const metrics = metricsByBullet[i];
    const hs = bulletHints(b) as ReportHint[];
    bulletHintList.push(...hs);
    if (metrics.length > 0) for (let l = b.line; l <= b.endLine; l++) quantifiedLines.add(l);
    return {
      text: b.text,
      section: b.section,
      line: b.line,
      endLine: b.endLine,
      quantified: metrics.length > 0,
      metrics: metrics.map((m) => ({ kind: m.kind, text: m.text, start: m.start, end: m.end })),
      hints: [...new Set(hs.map((h) => h.code))].sort(),
    };
  });
  const found = new Map(match.skills.map((s) => [s.id, s] as const));
  const avoidHits = findPhrases(resume, allAvoidPhrases(catalog));
  const unrecognized = (match.unrecognized ?? []).map((t) => ({ term: t.term, line: t.line, column: t.column, section: t.section }));
  return { doc, resume, found, skills: match.skills, bullets, bulletHintList, avoidHits, quantifiedLines, ignored: match.ignored, unrecognized };
}

const phraseMaps = new WeakMap<readonly AvoidPhrase[], Map<string, AvoidPhrase>>();

/** A phrase list by id, built once per list (role lists are cached, so each is built once). */
function phrasesById(phrases: readonly AvoidPhrase[]): Map<string, AvoidPhrase> {
  let m = phraseMaps.get(phrases);
  if (!m) {
    m = new Map(phrases.map((p) => [p.id, p] as const));
    phraseMaps.set(phrases, m);
  }
  return m;
}

function avoidFor(a: Analysis, phrases: AvoidPhrase[]): AvoidFound[] {
  if (a.avoidHits.length === 0) return [];
  const wanted = phrasesById(phrases);
  const out: AvoidFound[] = [];
  for (const h of a.avoidHits) {
    const p = wanted.get(h.id);
    if (!p) continue;
    out.push({
      id: h.id,
      phrase: p.phrase,
      matched: h.matched,
      line: h.line,
      section: h.section,
      suggestion: p.suggestion,
      excused: p.allowWithEvidence === true && a.quantifiedLines.has(h.line),
    });
  }
  return out.sort((x, y) => x.line - y.line || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Append the posting's keywords to a role's list; an id already in the list keeps its role entry. */
function extend(list: RoleKeyword[], extra: RoleKeyword[]): RoleKeyword[] {
  const ids = new Set(list.map((k) => k.id));
  return [...list, ...extra.filter((k) => !ids.has(k.id))];
}

function scoreRole(a: Analysis, role: Role, level: Level | null, catalog: Catalog, job: JobLists | null) {
  const lists = roleKeywords(role, level, catalog);
  const avoid = avoidFor(a, lists.avoid);
  const mustHave = job ? extend(lists.mustHave, job.mustHave) : lists.mustHave;
  const mustIds = new Set(mustHave.map((k) => k.id));
  const strong = job ? extend(lists.strong, job.strong).filter((k) => k.source !== "job-description" || !mustIds.has(k.id)) : lists.strong;
  const scored = scoreResume({
    mustHave,
    strong,
    found: a.found,
    bullets: a.bullets,
    avoid,
    weights: role.weights,
  });
  return { ...scored, avoid };
}

type JobLists = ReturnType<typeof jobKeywords>;

/**
 * Avoid phrases worth a hint of their own: a weak opening ("Responsible for")
 * already has a WEAK_OPENING hint on its bullet with stronger verbs, so the
 * AVOID_PHRASE twin is dropped from the hints (it still costs its points).
 */
function withoutWeakOpeningTwins(avoid: AvoidFound[], bulletHintList: ReportHint[], catalog: Catalog): AvoidFound[] {
  const openings = new Map<number, string>();
  for (const h of bulletHintList) if (h.code === "WEAK_OPENING" && h.line !== undefined && h.quote) openings.set(h.line, h.quote.toLowerCase());
  if (openings.size === 0) return avoid;
  const kind = new Map(allAvoidPhrases(catalog).map((p) => [p.id, p.kind] as const));
  return avoid.filter((f) => !(kind.get(f.id) === "weak-opening" && openings.get(f.line)?.startsWith(f.matched.toLowerCase())));
}

/** The extraction options (limits, signal) of analysis options, for reading the job posting. */
function extractOptionsOf(o: AnalyzeOptions): ExtractOptions {
  const keys = ["maxBytes", "maxPages", "timeoutMs", "maxUncompressedBytes", "maxCompressionRatio", "maxZipEntries", "maxTextChars", "signal"] as const;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out as ExtractOptions;
}

/** Job titles on the resume, most recent first (entries are in document order, which is usually newest first). */
function resumeTitles(a: Analysis): string[] {
  const dated = a.resume.experience.entries.filter((e) => e.title);
  const key = (e: (typeof dated)[number]) => (e.end === "present" ? "9999-99" : (e.end ?? e.start ?? "0000-00"));
  return [...dated].sort((x, y) => (key(x) < key(y) ? 1 : key(x) > key(y) ? -1 : x.line - y.line)).map((e) => e.title!);
}

function buildJobMatch(posting: JobPosting, a: Analysis, catalog: Catalog): JobMatchReport {
  const m = matchJob(posting, { skills: a.skills, text: a.doc.text, titles: resumeTitles(a), years: a.resume.experience.years }, { catalog });
  return {
    ...m,
    hints: m.hints,
    posting: {
      title: posting.title,
      seniority: posting.seniority,
      yearsRequired: posting.yearsRequired,
      required: posting.required.map((k) => k.id),
      preferred: posting.preferred.map((k) => k.id),
      otherTerms: posting.otherTerms.map((t) => t.term),
      listTerms: [...(posting.listTerms ?? [])],
    },
  };
}

function pickRoles(catalog: Catalog, options: AnalyzeOptions): Role[] {
  const ids = options.roles && options.roles.length > 0 ? options.roles : catalog.roles.map((r) => r.id);
  return ids.map((id) => {
    const r = catalog.roleById.get(id);
    if (!r) throw new UnknownRoleError(`Unknown role "${id}". Known roles: ${catalog.roles.map((x) => x.id).join(", ")}.`, { details: { role: id } });
    return r;
  });
}

function checkOptions(options: AnalyzeOptions): void {
  if (options.level !== undefined && !LEVELS.includes(options.level)) {
    throw new InvalidOptionsError(`Unknown level "${String(options.level)}": use one of ${LEVELS.join(", ")}.`, { details: { level: options.level } });
  }
}

/** Build the report for an extracted document. */
export async function analyzeExtracted(doc: ExtractedDocument, options: AnalyzeOptions = {}): Promise<ResumeReport> {
  checkOptions(options);
  const catalog = await catalogFor(options);
  const now = options.now ?? new Date();
  const level = options.level ?? null;
  const a = analyzeDocument(doc, catalog, now);

  const posting = options.jobDescription === undefined ? null : await parseJobDescription(options.jobDescription, catalog, { extract: extractOptionsOf(options) });
  const jobLists: JobLists | null = posting ? jobKeywords(posting) : null;

  const candidates = pickRoles(catalog, options);
  const ranking: RoleRank[] = candidates
    .map((role) => {
      const s = scoreRole(a, role, level, catalog, jobLists);
      return {
        id: role.id,
        title: role.title,
        score: s.total,
        mustHaveFound: s.mustHave.filter((k) => k.status !== "missing").length,
        mustHaveTotal: s.mustHave.length,
      };
    })
    .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));

  let role: Role;
  let chosen: "option" | "best-fit";
  if (options.role !== undefined) {
    const r = catalog.roleById.get(options.role);
    if (!r) {
      throw new UnknownRoleError(`Unknown role "${options.role}". Known roles: ${catalog.roles.map((x) => x.id).join(", ")}.`, {
        details: { role: options.role },
      });
    }
    role = r;
    chosen = "option";
  } else {
    role = catalog.roleById.get(ranking[0].id)!;
    chosen = "best-fit";
  }
  const s = scoreRole(a, role, level, catalog, jobLists);
  const docHints = documentHints({ doc, resume: a.resume, match: { skills: a.skills, ignored: a.ignored }, catalog, ...(level ? { level } : {}) }) as ReportHint[];
  const jobMatch = posting ? buildJobMatch(posting, a, catalog) : undefined;
  const hints = sortHints([
    ...(jobMatch ? jobMatch.hints : []),
    ...roleHints({
      role,
      level,
      mustHave: s.mustHave,
      strong: s.strong,
      avoid: withoutWeakOpeningTwins(s.avoid, a.bulletHintList, catalog),
      found: a.found,
      years: a.resume.experience.years,
      now,
    }),
    ...a.bulletHintList,
    ...docHints,
  ]);

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    catalogVersion: catalog.version,
    file: options.file ?? null,
    format: doc.format,
    pageCount: doc.pageCount,
    wordCount: wordCount(doc.text),
    role: { id: role.id, title: role.title, level, chosen },
    score: { total: s.total, components: s.components },
    keywords: {
      mustHave: { found: s.mustHave.filter((k) => k.status !== "missing"), missing: s.mustHave.filter((k) => k.status === "missing") },
      strong: { found: s.strong.filter((k) => k.status !== "missing"), missing: s.strong.filter((k) => k.status === "missing") },
      avoid: { found: s.avoid },
    },
    skills: a.skills.map(reportSkill),
    ignored: a.ignored,
    unrecognized: a.unrecognized,
    sections: a.resume.sections,
    contact: a.resume.contact,
    experience: a.resume.experience,
    bullets: a.bullets,
    hints,
    warnings: doc.warnings,
    roleRanking: ranking,
    ...(jobMatch ? { jobMatch } : {}),
  };
}

/**
 * Analyze a resume file (path), buffer, or `{ text, format }` against a role.
 * Rejects with a `ResumeAtsError` subclass (stable `code`) on bad input.
 *
 * @example
 * const report = await analyzeResume("resume.pdf", { role: "backend-developer" });
 * console.log(report.score.total, report.keywords.mustHave.missing);
 */
export async function analyzeResume(input: ResumeInput, given: AnalyzeOptions = {}): Promise<ResumeReport> {
  // `limits: { maxBytes, ... }` and the same keys at the top level are both accepted; a top-level key wins.
  const options: AnalyzeOptions = given.limits ? { ...given.limits, ...given } : given;
  checkOptions(options);
  const inProcess = options.isolate === false || (typeof input === "object" && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer));
  let doc: ExtractedDocument;
  if (inProcess) {
    doc = await extractResume(input, options);
  } else {
    const extracting = extractIsolated(input, options);
    extracting.catch(() => undefined); // awaited below; this only keeps an early rejection from counting as unhandled
    // The worker reads the file on another thread: compile the matcher (once per catalog, cached) meanwhile,
    // so a first call, such as the CLI's one file, does not wait for both in turn.
    createMatcher(await catalogFor(options));
    doc = await extracting;
  }
  const file = options.file ?? (typeof input === "string" ? input : undefined);
  return analyzeExtracted(doc, { ...options, ...(file !== undefined ? { file } : {}) });
}

/** Analyze resume text already in hand (plain text, Markdown or JSON Resume). */
export async function analyzeText(text: string, options: AnalyzeOptions & { format?: "text" | "markdown" | "json-resume" } = {}): Promise<ResumeReport> {
  const { format, ...rest } = options;
  return analyzeResume(format ? { text, format } : { text }, rest);
}
