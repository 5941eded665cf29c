/**
 * Whole-process measurements of the speed bench: CLI cold start, batch
 * throughput through the CLI's worker pool, library throughput in a fresh
 * process, cold `import()` time, peak RSS of a child (Linux: polled from
 * /proc), and the install size of the runtime dependencies.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median, p95 } from "./stats.js";

const HERE = dirname(fileURLToPath(import.meta.url));

/** Result of one child process. */
export interface ProcessRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size in MB (VmHWM read from /proc while it ran), or NaN where /proc is missing. */
  peakRssMb: number;
}

function readHwmKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Runs `node args…` in `cwd`, timing it from spawn to exit and polling its peak RSS. */
export function runNode(args: readonly string[], cwd: string): Promise<ProcessRun> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let hwm = Number.NaN;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      const v = child.pid !== undefined ? readHwmKb(child.pid) : Number.NaN;
      if (Number.isFinite(v)) hwm = Number.isFinite(hwm) ? Math.max(hwm, v) : v;
    }, 10);
    child.on("close", (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - t0, code, stdout, stderr, peakRssMb: hwm / 1024 });
    });
  });
}

/** Median and p95 of `runs` sequential runs of `node args…`. */
export async function timeRuns(args: readonly string[], cwd: string, runs: number): Promise<{ median: number; p95: number; codes: Set<number | null> }> {
  const times: number[] = [];
  const codes = new Set<number | null>();
  for (let i = 0; i < runs; i++) {
    const r = await runNode(args, cwd);
    times.push(r.ms);
    codes.add(r.code);
  }
  return { median: median(times), p95: p95(times), codes };
}

/** Figures printed by `throughput-child.mjs`. */
export interface ChildThroughput {
  docs: number;
  ms: number;
  docsPerSec: number;
  maxRssMb: number;
  failures: number;
}

/** Library throughput in a fresh process (built `dist/index.js`), in-process or with worker isolation. */
export async function libraryThroughput(root: string, mode: "inprocess" | "isolated", files: readonly string[], passes: number): Promise<ChildThroughput> {
  const r = await runNode([join(HERE, "throughput-child.mjs"), join(root, "dist", "index.js"), mode, String(passes), ...files], root);
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as ChildThroughput;
  } catch {
    throw new Error(`throughput child failed (${r.code}): ${r.stderr.slice(0, 500)}`);
  }
}

/** One CLI batch run: whole-process wall time, docs/s and peak RSS. */
export interface BatchRun {
  docs: number;
  ms: number;
  docsPerSec: number;
  peakRssMb: number;
  code: number | null;
}

/**
 * The CLI's batch mode over `copies` copies of `files` (copied to a temporary
 * folder, since the CLI drops repeated paths) with `concurrency` pool workers.
 */
export async function cliBatch(root: string, files: readonly string[], concurrency: number, copies: number): Promise<BatchRun> {
  const dir = mkdtempSync(join(tmpdir(), "resume-ats-bench-"));
  try {
    const paths: string[] = [];
    for (let c = 0; c < copies; c++) {
      files.forEach((f, i) => {
        const p = join(dir, `${c}-${i}-${basename(f)}`);
        copyFileSync(f, p);
        paths.push(p);
      });
    }
    const r = await runNode([join(root, "dist", "cli.js"), ...paths, "--format", "json", "--concurrency", String(concurrency), "--output", join(dir, "out.json")], root);
    return { docs: paths.length, ms: r.ms, docsPerSec: (paths.length * 1000) / r.ms, peakRssMb: r.peakRssMb, code: r.code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cold `import()` of the built library in a fresh process: the import alone (in-process clock) and the whole process. */
export async function coldImport(root: string, runs: number): Promise<{ importMs: number; importP95: number; processMs: number; emptyProcessMs: number }> {
  const url = pathToFileURL(join(root, "dist", "index.js")).href;
  const code = `const t=performance.now();await import(${JSON.stringify(url)});process.stdout.write(String(performance.now()-t));`;
  const inner: number[] = [];
  const outer: number[] = [];
  const empty: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await runNode(["--input-type=module", "-e", code], root);
    inner.push(Number(r.stdout));
    outer.push(r.ms);
    empty.push((await runNode(["-e", ""], root)).ms);
  }
  return { importMs: median(inner), importP95: p95(inner), processMs: median(outer), emptyProcessMs: median(empty) };
}

/** Install size of the runtime dependency tree (`npm ls --omit=dev --all --parseable`), with the largest packages. */
export function installSize(root: string): { totalMb: number; packages: number; largest: Array<{ name: string; mb: number }> } | null {
  const ls = spawnSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], { cwd: root, encoding: "utf8" });
  const paths = [...new Set(ls.stdout.split("\n").map((l) => l.trim()).filter((l) => l.length > 0 && l !== root))].sort();
  if (paths.length === 0) return null;
  // A nested package is inside its parent's folder: count only outermost folders.
  const outer = paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(`${q}/`)));
  const du = spawnSync("du", ["-sk", ...outer], { encoding: "utf8" });
  const sizes = du.stdout
    .split("\n")
    .filter((l) => l.includes("\t"))
    .map((l) => {
      const [kb, p] = l.split("\t");
      return { name: p.slice(p.lastIndexOf("node_modules/") + "node_modules/".length), mb: Number(kb) / 1024 };
    });
  const totalMb = sizes.reduce((s, x) => s + x.mb, 0);
  return { totalMb, packages: paths.length, largest: [...sizes].sort((a, b) => b.mb - a.mb).slice(0, 5) };
}
