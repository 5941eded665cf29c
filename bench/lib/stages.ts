/**
 * Per-stage timings, in-process and warm: for every corpus file, extract →
 * segment → normalize (tokenize every line) → match (skills + avoid phrases)
 * → hints (metrics, then the bullet and document rules) → score (every role), each
 * stage timed on its own, plus the whole `analyzeExtracted` after extraction.
 */
import { extractResume } from "../../src/extract/index.js";
import { segment } from "../../src/segment/index.js";
import { tokenize } from "../../src/normalize/index.js";
import { createMatcher, findPhrases } from "../../src/match/index.js";
import { bulletTargets, findMetrics, runRulesSync } from "../../src/hints/index.js";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { loadVocabulary, withVocabulary } from "../../src/keywords/vocabulary.js";
import type { Catalog } from "../../src/keywords/catalog.js";
import { scoreResume } from "../../src/score/index.js";
import { roleKeywords } from "../../src/score/role-keywords.js";
import { allAvoidPhrases } from "../../src/analyze/avoid.js";
import { analyzeExtracted } from "../../src/analyze/index.js";
import type { ExtractedDocument } from "../../src/types.js";
import type { ReportBullet } from "../../src/report/types.js";
import type { CorpusFile } from "./corpus.js";
import { median } from "./stats.js";

/** Stage names in pipeline order. */
export const STAGES = ["extract", "segment", "normalize", "match", "hints", "score", "analyze"] as const;
/** One stage name. */
export type Stage = (typeof STAGES)[number];

/** Per-file stage times in ms (median over the timed passes). */
export interface FileStageTimes {
  name: string;
  kind: CorpusFile["kind"];
  pages: number;
  ms: Record<Stage, number>;
}

const NOW = new Date("2026-01-15T00:00:00Z");

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

/**
 * The catalog `analyzeResume` uses: built-in, with the generated vocabulary
 * attached (loaded once); `RESUME_ATS_BENCH_NO_VOCABULARY=1` measures the curated catalog alone.
 */
async function benchCatalog(): Promise<Catalog> {
  const base = getBuiltinCatalog();
  return process.env.RESUME_ATS_BENCH_NO_VOCABULARY === "1" ? base : withVocabulary(base, await loadVocabulary());
}

/** Runs every stage after extraction once on `doc`; returns each stage's time. */
export async function timeAfterExtract(doc: ExtractedDocument): Promise<Omit<Record<Stage, number>, "extract">> {
  const catalog = await benchCatalog();
  const [resume, segmentMs] = time(() => segment(doc, { now: NOW }));
  const [, normalizeMs] = time(() => {
    let n = 0;
    for (const l of doc.lines) n += tokenize(l.text).length;
    return n;
  });
  const [metrics, metricsMs] = time(() => resume.bullets.map((b) => findMetrics(b.text)));
  const quantified = new Set(resume.bullets.filter((_, i) => metrics[i].length > 0).map((b) => b.text));
  const [match, matchMs] = time(() => {
    const m = createMatcher(catalog).match(resume, { isMeasured: (t) => quantified.has(t), now: NOW });
    findPhrases(resume, allAvoidPhrases(catalog));
    return m;
  });
  const [bullets, hintsMs] = time(() => {
    const out: ReportBullet[] = resume.bullets.map((b, i) => ({ text: b.text, section: b.section, line: b.line, endLine: b.endLine, quantified: metrics[i].length > 0, metrics: [], hints: [] }));
    runRulesSync({ bullets: bulletTargets(resume, metrics), document: { doc, resume, match, catalog } }, { now: NOW, level: null });
    return out;
  });
  const found = new Map(match.skills.map((s) => [s.id, s] as const));
  const [, scoreMs] = time(() => {
    for (const role of catalog.roles) {
      const lists = roleKeywords(role, null, catalog);
      scoreResume({ mustHave: lists.mustHave, strong: lists.strong, found, bullets, avoid: [], weights: role.weights });
    }
  });
  const t0 = performance.now();
  await analyzeExtracted(doc, { now: NOW, ...(process.env.RESUME_ATS_BENCH_NO_VOCABULARY === "1" ? { vocabulary: false } : {}) });
  const analyzeMs = performance.now() - t0;
  return { segment: segmentMs, normalize: normalizeMs, match: matchMs, hints: hintsMs + metricsMs, score: scoreMs, analyze: analyzeMs };
}

/**
 * Times every stage on every file: one warm-up pass, then `passes` timed
 * passes; each file's figure is its median over the passes.
 */
export async function measureStages(files: readonly CorpusFile[], passes: number): Promise<FileStageTimes[]> {
  const docs: ExtractedDocument[] = [];
  for (const f of files) docs.push(await extractResume(f.bytes));
  for (const d of docs) await timeAfterExtract(d); // warm-up
  const samples = files.map(() => STAGES.map(() => [] as number[]));
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < files.length; i++) {
      const t0 = performance.now();
      await extractResume(files[i].bytes);
      samples[i][0].push(performance.now() - t0);
      const t = await timeAfterExtract(docs[i]);
      STAGES.slice(1).forEach((s, j) => samples[i][j + 1].push(t[s as Exclude<Stage, "extract">]));
    }
  }
  return files.map((f, i) => ({
    name: f.name,
    kind: f.kind,
    pages: docs[i].pageCount,
    ms: Object.fromEntries(STAGES.map((s, j) => [s, median(samples[i][j])])) as Record<Stage, number>,
  }));
}
