/**
 * The ratios of issue 14, each measured as the issue does: the pair in one
 * run, alternated, medians. Every figure is our work divided by pdf.js's own
 * text extraction (pdf-parse `getText()`) on the same PDFs, so a regression
 * shows at once whatever the machine's speed.
 *
 * - warm: in one process, `analyzeResume` (default options: the worker pool)
 *   ÷ `getText()`, per PDF (median of the per-file ratios), all PDFs and
 *   one-page PDFs; `isolate: false` beside it.
 * - batch: `resume-ats <PDFs> --format json` (whole process, the default pool
 *   on every core) ÷ one thread of `getText()` over the same files in a bare
 *   script: wall time and CPU time (user + system, all threads).
 * - cold: `resume-ats <one 1-page PDF>` ÷ a bare script importing pdf-parse
 *   and reading that PDF.
 * - help: `resume-ats --help` ÷ `node -e 0`.
 * - batch memory: peak RSS of `resume-ats "dir/*.pdf" --format json` over 300
 *   files ÷ over 30 (copies of the corpus PDFs in a temp folder): flat memory
 *   keeps it near 1.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./stats.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, "ratio-child.mjs");
const RSS_PROBE = join(HERE, "rss-probe.cjs");

/** The issue's goals: each ratio must be at most this. */
export const RATIO_GOALS = {
  warm: 1.15,
  batchWall: 0.6,
  batchCpu: 1.2,
  cold: 1.3,
  help: 1.15,
  batchMemory: 1.5,
} as const;

/** One ratio with the two medians it divides. */
export interface Ratio {
  ours: number;
  base: number;
  ratio: number;
  runs: number;
}

/** Every ratio of the issue's table. */
export interface Ratios {
  warm: { all: number; onePage: number; onePageFiles: number; files: number; isolateFalse: number; analyzeMs: number; getTextMs: number };
  batchWall: Ratio;
  batchCpu: Ratio;
  cold: Ratio;
  help: Ratio;
  /** Peak RSS in KB: 300 files (ours) ÷ 30 files (base). */
  batchMemory: Ratio;
  load: [number, number, number];
  cpus: number;
}

function runCpu(args: readonly string[], cwd: string): { ms: number; cpuMs: number; code: number | null } {
  const out = execFileSync(process.execPath, [CHILD, "cpu", ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as { ms: number; cpuMs: number; code: number | null };
}

/** Runs `ours` and `base` alternately `runs` times (which goes first flips each run); medians of wall and CPU. */
function pair(ours: readonly string[], base: readonly string[], cwd: string, runs: number): { wall: Ratio; cpu: Ratio } {
  const o: Array<{ ms: number; cpuMs: number }> = [];
  const b: Array<{ ms: number; cpuMs: number }> = [];
  runCpu(ours, cwd); // warm the file cache and the disk: not counted
  runCpu(base, cwd);
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      o.push(runCpu(ours, cwd));
      b.push(runCpu(base, cwd));
    } else {
      b.push(runCpu(base, cwd));
      o.push(runCpu(ours, cwd));
    }
  }
  const r = (a: number, c: number): Ratio => ({ ours: a, base: c, ratio: a / c, runs });
  return {
    wall: r(median(o.map((x) => x.ms)), median(b.map((x) => x.ms))),
    cpu: r(median(o.map((x) => x.cpuMs)), median(b.map((x) => x.cpuMs))),
  };
}

/** Peak RSS (KB) of the CLI over every PDF of `dir`, through the glob as a user writes it. */
function peakRssKb(cli: string, dir: string, cwd: string): number {
  const out = join(dir, "..", `rss-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(process.execPath, ["-r", RSS_PROBE, cli, `${dir}/*.pdf`, "--format", "json", "-q"], { cwd, stdio: "ignore", env: { ...process.env, BENCH_RSS_OUT: out } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`batch memory run failed (exit ${String(r.status)})`);
  const kb = Number(readFileSync(out, "utf8"));
  rmSync(out, { force: true });
  return kb;
}

/** Peak RSS over 300 files ÷ over 30 (copies of `pdfs`, cycled), alternated, medians. */
export function batchMemory(cli: string, pdfs: readonly string[], cwd: string, runs: number): Ratio {
  const root = mkdtempSync(join(tmpdir(), "resume-ats-rss-"));
  try {
    const fill = (n: number): string => {
      const dir = join(root, String(n));
      mkdirSync(dir);
      for (let i = 0; i < n; i++) copyFileSync(pdfs[i % pdfs.length]!, join(dir, `f${String(i).padStart(3, "0")}.pdf`));
      return dir;
    };
    const small = fill(30);
    const large = fill(300);
    const o: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2 === 0) {
        o.push(peakRssKb(cli, large, cwd));
        b.push(peakRssKb(cli, small, cwd));
      } else {
        b.push(peakRssKb(cli, small, cwd));
        o.push(peakRssKb(cli, large, cwd));
      }
    }
    return { ours: median(o), base: median(b), ratio: median(o) / median(b), runs };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The warm in-process pairs, per file. */
function warmRatios(root: string, pdfs: readonly string[], passes: number): Ratios["warm"] {
  const out = execFileSync(process.execPath, [CHILD, "warm", join(root, "dist", "index.js"), String(passes), ...pdfs], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const rows = JSON.parse(out.trim().split("\n").pop() ?? "[]") as Array<{ getText: number[]; analyze: number[]; fast: number[] }>;
  const per = rows.map((r) => ({ g: median(r.getText), a: median(r.analyze), f: median(r.fast) }));
  return {
    files: per.length,
    all: median(per.map((p) => p.a / p.g)),
    isolateFalse: median(per.map((p) => p.f / p.g)),
    onePage: Number.NaN,
    onePageFiles: 0,
    analyzeMs: median(per.map((p) => p.a)),
    getTextMs: median(per.map((p) => p.g)),
  };
}

/**
 * Measures every ratio on the built `dist/`: `pdfs` are the batch's and warm
 * run's files, `onePagePdfs` those of one page (the warm figure is also given
 * for them), `coldPdf` the cold run's file.
 */
export function measureRatios(root: string, pdfs: readonly string[], onePagePdfs: readonly string[], coldPdf: string, opts: { runs: number; passes: number }): Ratios {
  const load = loadavg() as [number, number, number];
  const cli = join(root, "dist", "cli.cjs"); // the installed command (package.json "bin")
  const warm = warmRatios(root, pdfs, opts.passes);
  if (onePagePdfs.length > 0) {
    const one = warmRatios(root, onePagePdfs, opts.passes);
    warm.onePage = one.all;
    warm.onePageFiles = one.files;
  }
  const batch = pair([cli, ...pdfs, "--format", "json"], [CHILD, "gettext", ...pdfs], root, opts.runs);
  const cold = pair([cli, coldPdf], [CHILD, "gettext", coldPdf], root, opts.runs);
  const help = pair([cli, "--help"], ["-e", "0"], root, opts.runs);
  const memory = batchMemory(cli, pdfs, root, Math.min(opts.runs, 3));
  return { warm, batchWall: batch.wall, batchCpu: batch.cpu, cold: cold.wall, help: help.wall, batchMemory: memory, load, cpus: availableParallelism() };
}
