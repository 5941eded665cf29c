/**
 * Speed bench: per-stage times, throughput (one thread, worker isolation, the
 * CLI's pool), baselines (pdf-parse `getText()`, a naive regex matcher at
 * 300 / 3,000 / 30,000 aliases), CLI cold start, cold import, the writing
 * rules' cost (compromise) and install size.
 *
 * Run: `npm run bench` (or `npx tsx bench/speed.ts [--quick] [--json]`).
 * Needs a build (`npm run build`) for the whole-process figures.
 * Everything runs sequentially; figures are medians. See bench/README.md.
 */
import { existsSync, statSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeResume } from "../src/analyze/index.js";
import { getBuiltinCatalog } from "../src/keywords/load.js";
import { extractResume } from "../src/extract/index.js";
import { segment } from "../src/segment/index.js";
import { loadCorpus, type CorpusFile } from "./lib/corpus.js";
import { matcherScaling, pdfParseGetTextMs } from "./lib/baselines.js";
import { cliBatch, coldImport, installSize, libraryThroughput, timeRuns, type BatchRun, type ChildThroughput } from "./lib/processes.js";
import { measureStages, STAGES } from "./lib/stages.js";
import { compromiseColdImport, writingRulesCost } from "./lib/writing-cost.js";
import { measureRatios, RATIO_GOALS, type Ratios } from "./lib/ratios.js";
import { fmt, median, p95, printTable } from "./lib/stats.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "..", "shared", "corpus", "dev");
const QUICK = process.argv.includes("--quick");
const JSON_OUT = process.argv.includes("--json");
/** `--ratios`: only the ratios of issue 14 (about 2 minutes). */
const RATIOS_ONLY = process.argv.includes("--ratios");
const NOW = new Date("2026-01-15T00:00:00Z");

const results: Record<string, unknown> = {};
const log = (s: string): void => {
  if (!JSON_OUT) console.log(s);
};
const table = (title: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>): void => {
  if (!JSON_OUT) printTable(title, header, rows);
};
const mark = (ok: boolean): string => (ok ? "ok" : "MISS");

function newestMtime(dir: string): number {
  let t = 0;
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return t;
}

/**
 * Whole analysis (in-process) vs pdf-parse getText on each PDF, interleaved, median of `passes` after a warm-up;
 * `fast` is the whole analysis with `fontStyles: false` (no operator list).
 */
async function pdfBaseline(files: readonly CorpusFile[], passes: number): Promise<Array<{ name: string; pages: number; getText: number; extract: number; analysis: number; fast: number }>> {
  const out = [];
  for (const f of files) {
    const g: number[] = [];
    const e: number[] = [];
    const a: number[] = [];
    const q: number[] = [];
    let pages = 0;
    for (let p = 0; p <= passes; p++) {
      const gt = await pdfParseGetTextMs(f.bytes);
      let t = performance.now();
      const doc = await extractResume(f.bytes);
      const et = performance.now() - t;
      pages = doc.pageCount;
      t = performance.now();
      await analyzeResume(f.bytes, { isolate: false, now: NOW });
      const at = performance.now() - t;
      t = performance.now();
      await analyzeResume(f.bytes, { isolate: false, now: NOW, fontStyles: false });
      const qt = performance.now() - t;
      if (p > 0) {
        g.push(gt);
        e.push(et);
        a.push(at);
        q.push(qt);
      }
    }
    out.push({ name: f.name, pages, getText: median(g), extract: median(e), analysis: median(a), fast: median(q) });
  }
  return out;
}

/** The issue's table: each ratio, its goal, and whether it is met. */
function printRatios(r: Ratios, coldName: string): void {
  const x = (n: number): string => `${fmt(n)}×`;
  const row = (what: string, ratio: number, goal: number, detail: string): string[] => [what, x(ratio), `≤ ${fmt(goal)}`, mark(ratio <= goal), detail];
  table(
    `Ratios to pdf.js's own text extraction (pdf-parse getText), pairs alternated in one run, medians; load ${r.load.map((l) => fmt(l, 1)).join(" ")} on ${r.cpus} CPUs`,
    ["what", "ratio", "goal", "", "measured"],
    [
      row(`warm, in process: analyzeResume (default options) ÷ getText, ${r.warm.files} PDFs`, r.warm.all, RATIO_GOALS.warm, `median per file; ${fmt(r.warm.analyzeMs)} vs ${fmt(r.warm.getTextMs)} ms; isolate:false ${x(r.warm.isolateFalse)}`),
      row(`  the same, ${r.warm.onePageFiles} one-page PDFs`, r.warm.onePage, RATIO_GOALS.warm, ""),
      row(`batch wall: resume-ats <${r.warm.files} PDFs> --format json ÷ one thread of getText`, r.batchWall.ratio, RATIO_GOALS.batchWall, `${fmt(r.batchWall.ours, 0)} vs ${fmt(r.batchWall.base, 0)} ms, ${r.batchWall.runs} runs`),
      row("batch CPU (user + system, all threads)", r.batchCpu.ratio, RATIO_GOALS.batchCpu, `${fmt(r.batchCpu.ours, 0)} vs ${fmt(r.batchCpu.base, 0)} ms`),
      row(`cold: resume-ats ${coldName} ÷ import pdf-parse + getText`, r.cold.ratio, RATIO_GOALS.cold, `${fmt(r.cold.ours, 0)} vs ${fmt(r.cold.base, 0)} ms, ${r.cold.runs} runs`),
      row("resume-ats --help ÷ node -e 0", r.help.ratio, RATIO_GOALS.help, `${fmt(r.help.ours, 0)} vs ${fmt(r.help.base, 0)} ms`),
      row('batch memory: peak RSS of resume-ats "dir/*.pdf" --format json, 300 files ÷ 30', r.batchMemory.ratio, RATIO_GOALS.batchMemory, `${fmt(r.batchMemory.ours / 1024, 0)} vs ${fmt(r.batchMemory.base / 1024, 0)} MB, ${r.batchMemory.runs} runs`),
    ],
  );
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const corpus = loadCorpus(CORPUS);
  const pdfs = corpus.filter((f) => f.kind === "pdf");
  const distIndex = join(ROOT, "dist", "index.js");
  const haveDist = existsSync(distIndex) && existsSync(join(ROOT, "dist", "cli.js"));
  const distStale = haveDist && statSync(distIndex).mtimeMs < newestMtime(join(ROOT, "src"));
  log(`resume-ats speed bench${QUICK ? " (--quick)" : ""}: ${corpus.length} files (${pdfs.length} PDF, ${corpus.filter((f) => f.kind === "docx").length} DOCX, ${corpus.filter((f) => f.kind === "md").length} MD), node ${process.version}, ${availableParallelism()} CPUs`);
  if (!haveDist) log("dist/ missing: run `npm run build` for the whole-process figures (skipped).");
  else if (distStale) log("warning: dist/ is older than src/: run `npm run build` first, or the process figures measure old code.");

  // 0. The ratios of issue 14 against pdf.js's own text extraction: a regression shows here first.
  if (haveDist) {
    const pages = new Map<string, number>();
    for (const f of pdfs) pages.set(f.path, (await extractResume(f.bytes, { fontStyles: false })).pageCount);
    const onePage = pdfs.filter((f) => pages.get(f.path) === 1);
    const cold = onePage.find((f) => f.name.includes("synthetic/")) ?? onePage[0] ?? pdfs[0];
    const r = measureRatios(ROOT, pdfs.map((f) => f.path), onePage.map((f) => f.path), cold.path, { runs: QUICK ? 3 : 7, passes: QUICK ? 2 : 4 });
    results.ratios = r;
    printRatios(r, cold.name);
    if (RATIOS_ONLY) {
      log(`\nbench took ${fmt((performance.now() - t0) / 1000, 1)} s`);
      if (JSON_OUT) console.log(JSON.stringify(results, null, 2));
      return;
    }
  }

  // 1. Stages, in-process, warm.
  const stages = await measureStages(corpus, QUICK ? 1 : 3);
  results.stages = Object.fromEntries(STAGES.map((s) => [s, { median: median(stages.map((r) => r.ms[s])), p95: p95(stages.map((r) => r.ms[s])) }]));
  const byKind = (k: CorpusFile["kind"]) => stages.filter((r) => r.kind === k);
  table(
    "Per-stage ms per document (in-process, warm; median / p95 over documents)",
    ["stage", "all", "p95", "pdf", "docx", "md"],
    STAGES.map((s) => [
      s === "analyze" ? "analyzeExtracted (all after extract)" : s,
      fmt(median(stages.map((r) => r.ms[s]))),
      fmt(p95(stages.map((r) => r.ms[s]))),
      fmt(median(byKind("pdf").map((r) => r.ms[s]))),
      fmt(median(byKind("docx").map((r) => r.ms[s]))),
      fmt(median(byKind("md").map((r) => r.ms[s]))),
    ]),
  );
  const matchScore = stages.map((r) => r.ms.match + r.ms.score);
  log(`match + score: median ${fmt(median(matchScore))} ms, p95 ${fmt(p95(matchScore))} ms (target < 2 ms: ${mark(p95(matchScore) < 2)})`);

  // 2. Extraction baseline: pdf-parse getText alone.
  const base = await pdfBaseline(pdfs, QUICK ? 1 : 3);
  const ratio = base.map((b) => b.analysis / b.getText);
  const two = base.filter((b) => b.pages === 2);
  const ratio2 = two.map((b) => b.analysis / b.getText);
  const fastRatio = (rows: typeof base) => `${fmt(median(rows.map((b) => b.fast)))} (${fmt(median(rows.map((b) => b.fast / b.getText)))}×)`;
  results.pdfBaseline = {
    files: base.length,
    getTextMedian: median(base.map((b) => b.getText)),
    extractMedian: median(base.map((b) => b.extract)),
    analysisMedian: median(base.map((b) => b.analysis)),
    ratioMedian: median(ratio),
    fontStylesOff: { analysisMedian: median(base.map((b) => b.fast)), ratioMedian: median(base.map((b) => b.fast / b.getText)) },
    twoPage: { files: two.length, ratioMedian: median(ratio2), fontStylesOffRatioMedian: median(two.map((b) => b.fast / b.getText)) },
  };
  const one = base.filter((b) => b.pages === 1);
  table(
    "PDF: whole analysis vs pdf-parse getText() alone (in-process, ms median per file)",
    ["PDFs", "files", "getText", "our extract", "whole analysis", "analysis / getText", "fontStyles: false"],
    [
      ["all", String(base.length), fmt(median(base.map((b) => b.getText))), fmt(median(base.map((b) => b.extract))), fmt(median(base.map((b) => b.analysis))), `${fmt(median(ratio))}× (p95 ${fmt(p95(ratio))}×)`, fastRatio(base)],
      ["1 page", String(one.length), fmt(median(one.map((b) => b.getText))), fmt(median(one.map((b) => b.extract))), fmt(median(one.map((b) => b.analysis))), `${fmt(median(one.map((b) => b.analysis / b.getText)))}×`, fastRatio(one)],
      ["2 pages", String(two.length), fmt(median(two.map((b) => b.getText))), fmt(median(two.map((b) => b.extract))), fmt(median(two.map((b) => b.analysis))), `${fmt(median(ratio2))}× (target ≤ 1.3: ${mark(median(ratio2) <= 1.3)})`, fastRatio(two)],
    ],
  );

  // 3. Matcher scaling vs a naive regex matcher.
  const sample = corpus.filter((_, i) => i % Math.ceil(corpus.length / (QUICK ? 3 : 8)) === 0);
  const resumes = [];
  for (const f of sample) {
    const doc = await extractResume(f.bytes);
    resumes.push({ resume: segment(doc, { now: NOW }), text: doc.text });
  }
  const scaling = matcherScaling(getBuiltinCatalog(), resumes, [300, 3000, 30000], QUICK ? 1 : 2);
  results.matcherScaling = scaling;
  table(
    `Matcher scaling (${resumes.length} resumes, ms per resume, median)`,
    ["aliases", "naive regex", "ours", "naive / ours", "our compile (once)"],
    scaling.map((r) => [String(r.aliases), fmt(r.naiveMs), fmt(r.oursMs), `${fmt(r.naiveMs / r.oursMs, 1)}×`, `${fmt(r.compileMs, 0)} ms`]),
  );

  if (haveDist) {
    // 4. Throughput and RSS, each in a fresh process on the built library.
    const files = corpus.map((f) => f.path);
    const reps = QUICK ? 1 : 2;
    const workers = availableParallelism();
    const inproc: ChildThroughput[] = [];
    const isolated: ChildThroughput[] = [];
    const small: BatchRun[] = [];
    const big: BatchRun[] = [];
    const copies = QUICK ? 2 : 4;
    for (let i = 0; i < reps; i++) {
      inproc.push(await libraryThroughput(ROOT, "inprocess", files, QUICK ? 1 : 2));
      isolated.push(await libraryThroughput(ROOT, "isolated", files, QUICK ? 1 : 2));
      small.push(await cliBatch(ROOT, files, workers, 1));
      big.push(await cliBatch(ROOT, files, workers, copies));
    }
    // Past the pool's start-up and JIT warm-up: the extra documents of the big batch over its extra time.
    const steady = big.map((b, i) => ((b.docs - small[i].docs) * 1000) / Math.max(1, b.ms - small[i].ms));
    results.throughput = { inproc, isolated, cliSmall: small, cliBig: big, cliSteadyDocsPerSec: steady, workers };
    const med = (xs: number[]): string => fmt(median(xs), 1);
    table(
      `Throughput (fresh processes on the built dist/; ${reps} run(s), median)`,
      ["mode", "docs/s", "peak RSS MB", "notes"],
      [
        ["one thread, in-process (isolate:false)", med(inproc.map((r) => r.docsPerSec)), med(inproc.map((r) => r.maxRssMb)), `${files.length} files, warm; failures ${inproc[0].failures}`],
        ["one caller, worker isolation (default)", med(isolated.map((r) => r.docsPerSec)), med(isolated.map((r) => r.maxRssMb)), `${files.length} files, warm; failures ${isolated[0].failures}`],
        [`CLI batch, pool of ${workers}, ${files.length} files`, med(small.map((r) => r.docsPerSec)), med(small.map((r) => r.peakRssMb)), `whole process, cold; exit ${small[0].code}`],
        [`CLI batch, pool of ${workers}, ${big[0].docs} files`, med(big.map((r) => r.docsPerSec)), med(big.map((r) => r.peakRssMb)), `whole process; exit ${big[0].code}`],
        [`CLI batch, pool of ${workers}, steady state`, med(steady), "", "extra docs / extra time of the bigger batch"],
      ],
    );

    // 5. Cold start.
    const runs = QUICK ? 3 : 10;
    const help = await timeRuns([join(ROOT, "dist", "cli.cjs"), "--help"], ROOT, runs);
    const onePdf = pdfs.find((f) => f.name.includes("synthetic/")) ?? pdfs[0];
    const one = await timeRuns([join(ROOT, "dist", "cli.js"), onePdf.path, "--role", "backend-developer", "--format", "json"], ROOT, runs);
    const imp = await coldImport(ROOT, runs);
    results.coldStart = { help, onePdf: { file: onePdf.name, ...one }, import: imp };
    table(
      `Cold start (${runs} runs each, whole processes)`,
      ["command", "median ms", "p95 ms", "target"],
      [
        ["node dist/cli.cjs --help (the installed command)", fmt(help.median, 0), fmt(help.p95, 0), `< 150 ${mark(help.median < 150)}`],
        [`node dist/cli.js ${onePdf.name} --role backend-developer --format json`, fmt(one.median, 0), fmt(one.p95, 0), `< 700 ${mark(one.median < 700)}`],
        ["import('resume-ats') (dist/index.js), in a fresh process", fmt(imp.importMs, 1), fmt(imp.importP95, 1), ""],
        [`  the process: node -e import(...) / empty node`, fmt(imp.processMs, 0), fmt(imp.emptyProcessMs, 0), ""],
      ],
    );
  }

  // 6. The writing rules (compromise): cold import, and warm cost per document and per work bullet.
  const writingDocs = [];
  for (const f of corpus) writingDocs.push(await extractResume(f.bytes));
  const cold = await compromiseColdImport(ROOT, QUICK ? 3 : 10);
  const writing = await writingRulesCost(writingDocs, QUICK ? 1 : 3);
  results.writingRules = { compromiseColdImport: cold, ...writing };
  table(
    `Writing rules (WRITING_RULES: VERB_TENSE, REPEATED_VERB, WEAK_OPENING and PASSIVE_VOICE with grammar; ${writing.docs} documents, ${writing.bullets} work bullets)`,
    ["what", "ms", "notes"],
    [
      ["import('compromise'), fresh process", `${fmt(cold.median, 0)} (p95 ${fmt(cold.p95, 0)})`, "once per process, on the first analysis with a writing rule on"],
      ["analyzeExtracted, default rules", fmt(writing.offMs), "median per document, warm"],
      ["analyzeExtracted, writing rules on", fmt(writing.onMs), `median ${fmt(writing.ratio, 1)}× the default`],
      ["per work bullet", fmt(writing.perBulletMs, 3), `median over documents; ${writing.hints} writing hints on the corpus`],
    ],
  );

  // 7. Install size.
  const size = installSize(ROOT);
  results.installSize = size;
  if (size) log(`\nRuntime dependencies installed: ${fmt(size.totalMb, 1)} MB in ${size.packages} packages; largest: ${size.largest.map((l) => `${l.name} ${fmt(l.mb, 1)} MB`).join(", ")}`);
  log(`\nbench took ${fmt((performance.now() - t0) / 1000, 1)} s`);
  if (JSON_OUT) console.log(JSON.stringify(results, null, 2));
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
