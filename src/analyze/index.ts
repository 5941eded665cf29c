/**
 * `analyzeResume`: the library's main job. Runs the pipeline
 * extract → segment → match → score → hints (rules) and assembles a `ResumeReport`.
 */
import { extractResume } from "../extract/index.js";
import { wordCount } from "../util/words.js";
import { extractIsolated } from "../isolate/index.js";
import { createMatcher } from "../match/index.js";
import type { Catalog } from "../keywords/catalog.js";
import type { Role } from "../keywords/schema.js";
import { InvalidOptionsError, UnknownRoleError } from "../errors.js";
import { isLevel, LEVELS } from "../levels.js";
import type { ExtractedDocument, ExtractOptions, ResumeInput, TextFormat } from "../types.js";
import type { ResumeReport, RoleRank } from "../report/types.js";
import { REPORT_SCHEMA_VERSION } from "../report/types.js";
import type { AnalyzeOptions } from "./options.js";
import { jobKeywords, parseJobDescription } from "../job/index.js";
import { parseRulesConfig, resolveRules } from "../hints/rules-config.js";
import { compareStrings } from "../util/compare.js";
import { analyzeDocument, catalogFor, rankRole, reportSkill, scoreRole, scoringView, type JobLists } from "./document.js";
import { lintResume } from "./lint.js";

export type { AnalyzeOptions } from "./options.js";
export { catalogFor } from "./document.js";

function unknownRole(id: string, catalog: Catalog): UnknownRoleError {
  return new UnknownRoleError(`Unknown role "${id}". Known roles: ${catalog.roles.map((x) => x.id).join(", ")}.`, { details: { role: id } });
}

function pickRoles(catalog: Catalog, options: AnalyzeOptions): Role[] {
  const ids = options.roles && options.roles.length > 0 ? options.roles : catalog.roles.map((r) => r.id);
  return ids.map((id) => {
    const r = catalog.roleById.get(id);
    if (!r) throw unknownRole(id, catalog);
    return r;
  });
}

/** Rejects an unknown level or a rules config that does not parse, before any file is read (`INVALID_OPTIONS`). */
export function checkOptions(options: AnalyzeOptions): void {
  if (options.level !== undefined && !isLevel(options.level)) {
    throw new InvalidOptionsError(`Unknown level "${String(options.level)}": use one of ${LEVELS.join(", ")}.`, { details: { level: options.level } });
  }
  parseRulesConfig(options.rules);
}

/** The extraction options (limits, signal) of analysis options, for reading the job posting. */
function extractOptionsOf(o: AnalyzeOptions): ExtractOptions {
  const keys = ["maxBytes", "maxPages", "timeoutMs", "maxUncompressedBytes", "maxCompressionRatio", "maxZipEntries", "maxTextChars", "signal"] as const;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out as ExtractOptions;
}

/** Every candidate role's score, best first (ties by id). */
function rankRoles(candidates: readonly Role[], rank: (role: Role) => ReturnType<typeof rankRole>): RoleRank[] {
  return candidates
    .map((role) => {
      const s = rank(role);
      return { id: role.id, title: role.title, score: s.total, mustHaveFound: s.mustHaveFound, mustHaveTotal: s.mustHaveTotal };
    })
    .sort((x, y) => y.score - x.score || compareStrings(x.id, y.id));
}

/** Build the report for an extracted document. */
export async function analyzeExtracted(doc: ExtractedDocument, options: AnalyzeOptions = {}): Promise<ResumeReport> {
  checkOptions(options);
  const settings = resolveRules(parseRulesConfig(options.rules));
  const catalog = await catalogFor(options);
  const now = options.now ?? new Date();
  const level = options.level ?? null;
  const a = analyzeDocument(doc, catalog, now);
  // The score reads the resume without hidden text and without a keyword dump's credit (score/stuffing.ts).
  const view = scoringView(a, catalog, now);

  const posting = options.jobDescription === undefined ? null : await parseJobDescription(options.jobDescription, catalog, { extract: extractOptionsOf(options) });
  const jobLists: JobLists | null = posting ? jobKeywords(posting) : null;
  // The ranking needs each role's total alone (rankRole: the same arithmetic without the items); the chosen role is scored in full.
  const ranking = rankRoles(pickRoles(catalog, options), (role) => rankRole(view, role, level, catalog, jobLists));

  const chosen: "option" | "best-fit" = options.role !== undefined ? "option" : "best-fit";
  const role = catalog.roleById.get(options.role ?? ranking[0]!.id);
  if (!role) throw unknownRole(options.role!, catalog);
  const s = scoreRole(view, role, level, catalog, jobLists);
  const lint = await lintResume({ a, view, catalog, role, score: s, posting, settings, level, now });

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
      avoid: { found: s.avoid.map(({ start: _start, end: _end, ...found }) => found) },
    },
    skills: a.skills.filter((sk) => sk.category !== "soft-skill").map(reportSkill),
    softSkills: a.skills.filter((sk) => sk.category === "soft-skill").map(reportSkill),
    ignored: a.ignored,
    unrecognized: a.unrecognized,
    sections: a.resume.sections,
    contact: a.resume.contact,
    experience: a.resume.experience,
    bullets: lint.bullets,
    lines: a.resume.lines.map((l) => ({ line: l.line, text: l.text, page: l.page, section: l.section })),
    hints: lint.hints,
    warnings: doc.warnings,
    roleRanking: ranking,
    ...(lint.jobMatch ? { jobMatch: lint.jobMatch } : {}),
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
export async function analyzeText(text: string, options: AnalyzeOptions & { format?: TextFormat } = {}): Promise<ResumeReport> {
  const { format, ...rest } = options;
  return analyzeResume(format ? { text, format } : { text }, rest);
}
