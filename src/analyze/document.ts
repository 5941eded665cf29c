/**
 * What is computed once per resume and shared by every role scored
 * (segmentation, metrics, matched skills, avoid phrases), and the score of
 * one role over it.
 */
import { segment } from "../segment/index.js";
import { createMatcher, findPhrases } from "../match/index.js";
import { findMetrics } from "../hints/metrics.js";
import type { Metric } from "../hints/types.js";
import type { AvoidHit } from "../hints/rule.js";
import { getBuiltinCatalog, loadKeywords } from "../keywords/load.js";
import { loadVocabulary, withVocabulary } from "../keywords/vocabulary.js";
import type { Catalog } from "../keywords/catalog.js";
import type { AvoidPhrase, Role } from "../keywords/schema.js";
import { scoreResume, scoreTotal } from "../score/index.js";
import { roleKeywords } from "../score/role-keywords.js";
import type { RoleKeyword } from "../score/keywords.js";
import type { Level } from "../levels.js";
import type { ExtractedDocument, FoundSkill, SegmentedResume } from "../types.js";
import type { ReportBullet, ReportSkill, ResumeReport } from "../report/types.js";
import type { jobKeywords } from "../job/index.js";
import { compareStrings } from "../util/compare.js";
import { tinyLines } from "../score/tiny-lines.js";
import { creditableSkills, visibleDocument, type DumpFinding } from "../score/stuffing.js";
import type { AnalyzeOptions } from "./options.js";
import { allAvoidPhrases } from "./avoid.js";

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

/** A found skill as the report lists it. */
export function reportSkill(s: FoundSkill): ReportSkill {
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
      column: o.start + 1,
      endColumn: o.end + 1,
      inBullet: o.inBullet,
      inSkillsList: o.inSkillsList,
      hedged: o.hedged,
    })),
  };
}

/** Everything computed once per resume, shared by every role scored. */
export interface Analysis {
  doc: ExtractedDocument;
  resume: SegmentedResume;
  found: Map<string, FoundSkill>;
  skills: FoundSkill[];
  /** Metrics of each bullet, by bullet index. */
  metrics: Metric[][];
  /** The report's bullets, without their hint codes yet. */
  bullets: ReportBullet[];
  avoidHits: ReturnType<typeof findPhrases>;
  quantifiedLines: Set<number>;
  /** Bullet texts that carry a metric. */
  quantifiedTexts: Set<string>;
  ignored: ResumeReport["ignored"];
  unrecognized: ResumeReport["unrecognized"];
}

/**
 * What the score reads (score/stuffing.ts): the document without its hidden
 * (tiny) lines, and of its skills only those that earn credit. Line numbers
 * are the full document's.
 */
export interface ScoringView {
  found: Map<string, FoundSkill>;
  skills: FoundSkill[];
  bullets: ReportBullet[];
  avoidHits: ReturnType<typeof findPhrases>;
  quantifiedLines: Set<number>;
  text: string;
  hiddenLines: number;
  dump: DumpFinding | null;
}

/** Segments, measures and matches a document once. */
export function analyzeDocument(doc: ExtractedDocument, catalog: Catalog, now: Date): Analysis {
  const resume = segment(doc, { now });
  const metrics = resume.bullets.map((b) => findMetrics(b.text));
  const quantifiedTexts = new Set<string>();
  resume.bullets.forEach((b, i) => {
    if (metrics[i]!.length > 0) quantifiedTexts.add(b.text);
  });
  const match = createMatcher(catalog).match(resume, { isMeasured: (t: string) => quantifiedTexts.has(t), now });
  const quantifiedLines = new Set<number>();
  const bullets: ReportBullet[] = resume.bullets.map((b, i) => {
    const ms = metrics[i]!;
    if (ms.length > 0) for (let l = b.line; l <= b.endLine; l++) quantifiedLines.add(l);
    return {
      text: b.text,
      section: b.section,
      line: b.line,
      endLine: b.endLine,
      quantified: ms.length > 0,
      metrics: ms.map((m) => ({ kind: m.kind, text: m.text, start: m.start, end: m.end })),
      hints: [],
    };
  });
  const found = new Map(match.skills.map((s) => [s.id, s] as const));
  const avoidHits = findPhrases(resume, allAvoidPhrases(catalog));
  const unrecognized = (match.unrecognized ?? []).map((t) => ({ term: t.term, line: t.line, column: t.column, section: t.section }));
  return { doc, resume, found, skills: match.skills, metrics, bullets, avoidHits, quantifiedLines, quantifiedTexts, ignored: match.ignored, unrecognized };
}

/** The scored reading of `a` (see ScoringView); the same objects as `a` when nothing is hidden and nothing dumped. */
export function scoringView(a: Analysis, catalog: Catalog, now: Date): ScoringView {
  const hidden = tinyLines(a.doc).lines;
  let base: Pick<Analysis, "skills" | "bullets" | "avoidHits" | "quantifiedLines" | "quantifiedTexts"> = a;
  let text = a.doc.text;
  if (hidden.length > 0) {
    const visible = visibleDocument(a.doc, hidden);
    const v = analyzeDocument(visible.doc, catalog, now);
    // Back to the full document's 1-based line numbers.
    const line = (n: number): number => (visible.original[n - 1] ?? n - 1) + 1;
    base = {
      skills: v.skills,
      bullets: v.bullets.map((b) => ({ ...b, line: line(b.line), endLine: line(b.endLine) })),
      avoidHits: v.avoidHits.map((h) => ({ ...h, line: line(h.line) })),
      quantifiedLines: new Set([...v.quantifiedLines].map(line)),
      quantifiedTexts: v.quantifiedTexts,
    };
    text = visible.doc.text;
  }
  const credit = creditableSkills(base.skills, base.quantifiedTexts);
  const found = credit.dump === null && base === a ? a.found : new Map(credit.skills.map((s) => [s.id, s] as const));
  return { found, skills: credit.skills, bullets: base.bullets, avoidHits: base.avoidHits, quantifiedLines: base.quantifiedLines, text, hiddenLines: hidden.length, dump: credit.dump };
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

/** The avoid phrases of a role's list found in the resume, with their offsets, by line then id. */
function avoidFor(a: ScoringView, phrases: AvoidPhrase[]): AvoidHit[] {
  if (a.avoidHits.length === 0) return [];
  const wanted = phrasesById(phrases);
  const out: AvoidHit[] = [];
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
      start: h.start,
      end: h.end,
    });
  }
  return out.sort((x, y) => x.line - y.line || compareStrings(x.id, y.id));
}

/** Append the posting's keywords to a role's list; an id already in the list keeps its role entry. */
function extend(list: RoleKeyword[], extra: RoleKeyword[]): RoleKeyword[] {
  const ids = new Set(list.map((k) => k.id));
  return [...list, ...extra.filter((k) => !ids.has(k.id))];
}

/** A job posting's keyword lists. */
export type JobLists = ReturnType<typeof jobKeywords>;

/** What the scorer reads for one role: its lists (with the posting's added), the resume's skills and bullets, its avoid phrases. */
function roleScoreInput(a: ScoringView, role: Role, level: Level | null, catalog: Catalog, job: JobLists | null) {
  const lists = roleKeywords(role, level, catalog);
  const avoid = avoidFor(a, lists.avoid);
  const mustHave = job ? extend(lists.mustHave, job.mustHave) : lists.mustHave;
  const mustIds = new Set(mustHave.map((k) => k.id));
  const strong = job ? extend(lists.strong, job.strong).filter((k) => k.source !== "job-description" || !mustIds.has(k.id)) : lists.strong;
  return { mustHave, strong, found: a.found, bullets: a.bullets, avoid, weights: role.weights };
}

/** The score of one role (with the posting's lists added), and its avoid phrases. */
export function scoreRole(a: ScoringView, role: Role, level: Level | null, catalog: Catalog, job: JobLists | null) {
  const input = roleScoreInput(a, role, level, catalog, job);
  return { ...scoreResume(input), avoid: input.avoid };
}

/** `scoreRole`'s total, found and listed must-have counts alone (`scoreTotal`): what the role ranking shows. */
export function rankRole(a: ScoringView, role: Role, level: Level | null, catalog: Catalog, job: JobLists | null) {
  const input = roleScoreInput(a, role, level, catalog, job);
  return { ...scoreTotal(input), mustHaveTotal: input.mustHave.length };
}
