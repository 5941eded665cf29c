/**
 * Where the time goes: runs the built CLI under V8's CPU profiler (main
 * thread and every reader thread) and splits the samples into the stages of
 * issue 14: loading pdf.js, pdf.js text, pdf.js operator list, pdf.js fonts, other
 * pdf.js work, worker start-up, loading our bundle, catalog compile,
 * segmentation, matching, role ranking, hints, JSON, and the rest.
 *
 * Run: `npx tsx bench/profile.ts [--only batch,cold,warm] [--keep DIR]` (needs `npm run build`).
 *
 * - batch: `resume-ats <the 51 corpus PDFs> --format json` on the default pool;
 * - cold: `resume-ats <one 1-page PDF> --format json`;
 * - warm: one process analyzing every corpus PDF 3 times with default options
 *   (the first pass is left out of nothing: the split shows the steady state
 *   once warm-up is small against it).
 *
 * A sample belongs to the first category of `CATEGORIES` (highest priority
 * first) that any frame of its stack matches; pdf.js answers through
 * promises, so some of its work runs with no caller on the stack and counts
 * as "pdf.js, other".
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadCorpus } from "./lib/corpus.js";
import { fmt, printTable } from "./lib/stats.js";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const CORPUS = resolve(ROOT, "..", "shared", "corpus", "dev");

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const PDFJS_URL = /pdfjs-dist|pdf-parse|@napi-rs/u;
const OURS_URL = /\/dist\/(?:index|cli|worker)\.(?:c?js)|\/src\//u;
const isModuleBody = (f: CallFrame): boolean => f.functionName === "" && f.lineNumber === 0 && f.columnNumber === 0;

/** Categories, highest priority first: a frame test, or a test of the leaf frame only. */
const CATEGORIES: Array<{ name: string; frame?: (f: CallFrame) => boolean; leaf?: (f: CallFrame) => boolean }> = [
  { name: "idle", leaf: (f) => f.functionName === "(idle)" },
  { name: "GC", leaf: (f) => f.functionName === "(garbage collector)" },
  { name: "loading pdf.js", frame: (f) => isModuleBody(f) && PDFJS_URL.test(f.url) },
  { name: "loading our bundle", frame: (f) => isModuleBody(f) && OURS_URL.test(f.url) },
  { name: "worker start-up (warm-up read)", frame: (f) => f.functionName === "warmUp" },
  { name: "PDF prescan (stream budget)", frame: (f) => f.functionName === "checkPdfStreamBudget" },
  { name: "PDF font resources (ours, pdf-fonts.ts)", frame: (f) => OURS_URL.test(f.url) && /^(?:replay|preEvaluate|pageDicts|readXrefChain|readXrefAt|readXrefStream|parseIndirectAt|fromObjectStream|scanAll|unpredict|loadByName|gstateFont|replayPage|factsOfPage|showText|drawsOutsideContent|glyphDecoder|compositeDecoder|addShownText|addArray|addCodes|hexBytes|literalBytes|parseToUnicode|readBfChar|readBfRange|mapRange|textOf|codeOf)$/u.test(f.functionName) },
  { name: "pdf.js operator list", frame: (f) => PDFJS_URL.test(f.url) && /getOperatorList|_pumpOperatorList/u.test(f.functionName) },
  { name: "pdf.js fonts (loading, parsing; the text needs them too)", frame: (f) => PDFJS_URL.test(f.url) && /loadFont|translateFont|FontFaceObject|FontLoader|handleSetFont|buildFontPaths|CFFParser|Type1Parser|readTrueType|FontRendererFactory/u.test(f.functionName) },
  { name: "pdf.js text", frame: (f) => PDFJS_URL.test(f.url) && /getTextContent|extractTextContent|_pumpTextContent|TextContent/u.test(f.functionName) },
  { name: "pdf.js, other (document, fonts, streams)", frame: (f) => PDFJS_URL.test(f.url) },
  { name: "our PDF layout", frame: (f) => /^(?:layoutPage|pageItems|fontFacts|joinHyphenatedLines|finishDocument|extractPdf)$/u.test(f.functionName) },
  { name: "catalog compile", frame: (f) => /^(?:compileCatalog|buildCatalog|getBuiltinCatalog|withVocabulary|vocabularyFromFile|loadVocabulary|compileVocabulary|catalogFor|createMatcher)$/u.test(f.functionName) },
  { name: "segmentation", frame: (f) => f.functionName === "segment" },
  { name: "matching", frame: (f) => /^(?:matchResume|findPhrases|matchBlock|prepareBlock|scoringView)$/u.test(f.functionName) },
  { name: "role ranking", frame: (f) => /^(?:rankRoles|scoreRole|roleRanking|rankOthers)$/u.test(f.functionName) },
  { name: "hints", frame: (f) => /^(?:lintResume|findMetrics|runRules|runRulesSync)$/u.test(f.functionName) },
  { name: "JSON", frame: (f) => /^(?:formatJson|arrayElement|stringify)$/u.test(f.functionName) || (f.functionName === "row" && OURS_URL.test(f.url)) },
  { name: "thread messages", frame: (f) => /^(?:postMessage|onMessage|\[worker\] onmessage|emitMessage)$/u.test(f.functionName) },
  { name: "other analysis", frame: (f) => /^(?:analyzeExtracted|analyzeDocument|analyzeResume)$/u.test(f.functionName) },
  { name: "node start-up / module loading", frame: (f) => isModuleBody(f) || f.url.startsWith("node:internal/modules") || f.url.startsWith("node:internal/bootstrap") || f.url.startsWith("node:internal/main") },
  { name: "our other code (CLI, pool)", frame: (f) => OURS_URL.test(f.url) },
  { name: "program / native", leaf: () => true },
];

/** Milliseconds per category in one profile. */
export function splitProfile(profile: CpuProfile): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, string>();
  const categoryOf = (leaf: number): string => {
    const known = memo.get(leaf);
    if (known) return known;
    const stack: CallFrame[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) stack.push(byId.get(id)!.callFrame);
    let name = "program / native";
    for (const c of CATEGORIES) {
      if (c.leaf ? c.leaf(stack[0]) : stack.some(c.frame!)) {
        name = c.name;
        break;
      }
    }
    memo.set(leaf, name);
    return name;
  };
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const c = categoryOf(id);
    out.set(c, (out.get(c) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Runs `node args` with the profiler on in the main thread and every reader thread; returns the profiles by thread kind. */
function profiled(name: string, args: string[], dir: string): { main: CpuProfile[]; workers: CpuProfile[]; ms: number } {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${out}`, "--cpu-prof-interval", "200", ...args], {
    cwd: ROOT,
    env: { ...process.env, RESUME_ATS_WORKER_CPU_PROF: out },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${name}: exit ${r.status}: ${r.stderr.slice(0, 400)}`);
  const main: CpuProfile[] = [];
  const workers: CpuProfile[] = [];
  for (const f of readdirSync(out).filter((n) => n.endsWith(".cpuprofile"))) {
    const p = JSON.parse(readFileSync(join(out, f), "utf8")) as CpuProfile;
    // CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile: thread 0 is the main thread.
    const thread = Number(f.split(".")[4]);
    (thread === 0 ? main : workers).push(p);
  }
  return { main, workers, ms };
}

function sum(profiles: readonly CpuProfile[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const p of profiles) for (const [k, v] of splitProfile(p)) total.set(k, (total.get(k) ?? 0) + v);
  return total;
}

function report(title: string, run: { main: CpuProfile[]; workers: CpuProfile[]; ms: number }): Record<string, { main: number; workers: number }> {
  const main = sum(run.main);
  const workers = sum(run.workers);
  const names = CATEGORIES.map((c) => c.name).filter((n) => (main.get(n) ?? 0) + (workers.get(n) ?? 0) > 0);
  const busy = (m: Map<string, number>): number => [...m].filter(([k]) => k !== "idle").reduce((s, [, v]) => s + v, 0);
  const rows = names.map((n) => [n, fmt(main.get(n) ?? 0, 1), fmt(workers.get(n) ?? 0, 1), fmt(((main.get(n) ?? 0) + (workers.get(n) ?? 0)) / Math.max(1e-9, busy(main) + busy(workers)) * 100, 1)]);
  rows.push(["busy (all but idle)", fmt(busy(main), 1), fmt(busy(workers), 1), "100.0"]);
  printTable(`${title}: CPU ms by stage (wall ${fmt(run.ms, 0)} ms; ${run.workers.length} reader thread(s))`, ["stage", "main", "readers", "% of busy"], rows);
  return Object.fromEntries(names.map((n) => [n, { main: main.get(n) ?? 0, workers: workers.get(n) ?? 0 }]));
}

function main(): void {
  const cli = join(ROOT, "dist", "cli.js");
  if (!existsSync(cli)) throw new Error("dist/ missing: run `npm run build` first.");
  const only = (argValue("--only") ?? "batch,cold,warm").split(",");
  const keep = argValue("--keep");
  const dir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), "resume-ats-profile-"));
  const pdfs = loadCorpus(CORPUS).filter((f) => f.kind === "pdf");
  const one = pdfs.find((f) => f.name.includes("synthetic/")) ?? pdfs[0]!;
  const results: Record<string, unknown> = {};
  try {
    if (only.includes("batch")) results.batch = report(`batch: resume-ats <${pdfs.length} PDFs> --format json`, profiled("batch", [cli, ...pdfs.map((f) => f.path), "--format", "json", "--output", join(dir, "batch.json")], dir));
    if (only.includes("cold")) results.cold = report(`cold: resume-ats ${one.name} --format json`, profiled("cold", [cli, one.path, "--format", "json"], dir));
    if (only.includes("warm")) {
      const script = join(dir, "warm.mjs");
      writeFileSync(
        script,
        `import { readFileSync } from "node:fs";\nconst lib = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "index.js")).href)});\n` +
          `const files = ${JSON.stringify(pdfs.map((f) => f.path))}.map((p) => readFileSync(p));\n` +
          `for (let pass = 0; pass < 3; pass++) for (const b of files) await lib.analyzeResume(new Uint8Array(b), { now: new Date("2026-01-15") });\n`,
      );
      results.warm = report(`warm: one process, ${pdfs.length} PDFs × 3, analyzeResume (default options)`, profiled("warm", [script], dir));
    }
    if (process.argv.includes("--json")) console.log(JSON.stringify(results, null, 2));
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main();
