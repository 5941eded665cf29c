/**
 * Load and fault bench for the isolated readers (issue 18): many concurrent
 * `analyzeResume` calls, repeated rounds, deadline precision, and the peak RSS
 * of the fuzz inputs saved under `fixtures/hostile/fuzz/`. Each scenario runs
 * in a fresh child process, so its RSS figures are its own.
 *
 * Run: `npx tsx bench/load.ts [--dist dist] [--only concurrent,rounds,deadline,fuzz] [--calls 300] [--rounds 8] [--no-hostile] [--json]`
 *
 * - concurrent: `Promise.all` over `--calls` calls at once: the corpus PDFs
 *   repeated, with about 15 % hostile files of the shared bad-input corpus
 *   mixed in. Good files that fail are failures; hostile files must end in a
 *   typed error or a report. Peak RSS (VmHWM), peak thread count, files/s.
 * - rounds: `--rounds` rounds of `--calls` calls, 8 at a time; RSS after each.
 * - deadline: `timeoutMs: 200` on a big legal PDF (pages-5000.pdf with
 *   `maxPages: 5000`), isolated and `isolate: false`, each call after a
 *   normal PDF (a warm reader): how long the call takes to settle; then
 *   isolated calls back to back (each may wait for the worker that replaces
 *   the one stopped before it).
 * - fuzz: each saved fuzz input in its own process: time, code, peak RSS.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SHARED = resolve(ROOT, "..", "shared");
const BAD = join(SHARED, "bad-inputs");
const FUZZ_DIR = join(ROOT, "fixtures", "hostile", "fuzz");

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** Hostile files mixed into the load: each ends in a typed error (or a report) under the default limits. */
const HOSTILE = [
  "pages-5000.pdf",
  "flate-bomb-content.pdf",
  "deep-nested-array.pdf",
  "deep-nested-dict.pdf",
  "pagetree-cycle.pdf",
  "xref-prev-loop.pdf",
  "zip-bomb.docx",
  "billion-laughs.docx",
  "encrypted-user-password.pdf",
  "truncated.pdf",
  "random-bytes.pdf",
  "huge-image-dims.pdf",
  "image-only-scan.pdf",
  "paragraphs-100k.docx",
];

interface Lib {
  analyzeResume(input: unknown, options?: Record<string, unknown>): Promise<{ score: { total: number } }>;
  ResumeAtsError: new (...a: never[]) => Error & { code: string };
  closeIsolatedWorkers?: () => Promise<void>;
}

async function loadLib(dist: string): Promise<Lib> {
  return (await import(pathToFileURL(join(resolve(dist), "index.js")).href)) as Lib;
}

function hwmMb(): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
  } catch {
    return process.resourceUsage().maxRSS / 1024;
  }
}

function threads(): number {
  try {
    const m = /Threads:\s+(\d+)/u.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const NO_HOSTILE = process.argv.includes("--no-hostile");

/** The call list: corpus PDFs repeated, one hostile file about every 7th call (≈ 15 %), unless --no-hostile. */
function callList(n: number): Array<{ path: string; hostile: boolean }> {
  const pdfs = walk(join(SHARED, "corpus", "dev")).filter((p) => p.endsWith(".pdf"));
  const out: Array<{ path: string; hostile: boolean }> = [];
  let g = 0;
  let h = 0;
  for (let i = 0; i < n; i++) {
    if (i % 7 === 3 && !NO_HOSTILE) out.push({ path: join(BAD, HOSTILE[h++ % HOSTILE.length]), hostile: true });
    else out.push({ path: pdfs[g++ % pdfs.length], hostile: false });
  }
  return out;
}

async function childConcurrent(lib: Lib, calls: number): Promise<unknown> {
  const list = callList(calls);
  let peakThreads = threads();
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakThreads = Math.max(peakThreads, threads());
    peakRss = Math.max(peakRss, process.memoryUsage.rss() / 1048576);
  }, 10);
  const t0 = performance.now();
  const outcomes = await Promise.all(
    list.map((c) =>
      lib.analyzeResume(c.path).then(
        () => ({ ok: true as const, code: "report" }),
        (e: unknown) => ({ ok: false as const, code: e instanceof lib.ResumeAtsError ? e.code : `untyped ${(e as Error)?.name}: ${(e as Error)?.message}` }),
      ),
    ),
  );
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const goodFailures: Record<string, number> = {};
  const hostileCodes: Record<string, number> = {};
  let untyped = 0;
  outcomes.forEach((o, i) => {
    if (o.code.startsWith("untyped")) untyped++;
    if (list[i].hostile) hostileCodes[o.code] = (hostileCodes[o.code] ?? 0) + 1;
    else if (!o.ok) goodFailures[o.code] = (goodFailures[o.code] ?? 0) + 1;
  });
  return {
    calls,
    good: list.filter((c) => !c.hostile).length,
    hostile: list.filter((c) => c.hostile).length,
    goodFailed: Object.values(goodFailures).reduce((a, b) => a + b, 0),
    goodFailures,
    hostileCodes,
    untyped,
    seconds: ms / 1000,
    filesPerSecond: calls / (ms / 1000),
    peakRssMb: Math.max(peakRss, hwmMb()),
    peakThreads,
  };
}

async function childRounds(lib: Lib, calls: number, rounds: number, width: number): Promise<unknown> {
  const list = callList(calls);
  const rss: number[] = [];
  const heap: number[] = [];
  const failures: number[] = [];
  let peakThreads = threads();
  const sampler = setInterval(() => (peakThreads = Math.max(peakThreads, threads())), 20);
  for (let r = 0; r < rounds; r++) {
    let next = 0;
    let failed = 0;
    const lane = async (): Promise<void> => {
      while (next < list.length) {
        const c = list[next++];
        await lib.analyzeResume(c.path).catch(() => {
          if (!c.hostile) failed++;
        });
      }
    };
    await Promise.all(Array.from({ length: width }, lane));
    rss.push(Math.round(process.memoryUsage.rss() / 1048576));
    heap.push(Math.round(process.memoryUsage().heapUsed / 1048576));
    failures.push(failed);
  }
  clearInterval(sampler);
  return { calls, rounds, width, rssAfterRoundMb: rss, heapUsedAfterRoundMb: heap, goodFailuresPerRound: failures, peakRssMb: hwmMb(), peakThreads };
}

async function childDeadline(lib: Lib): Promise<unknown> {
  const file = join(BAD, "pages-5000.pdf");
  const out: Record<string, unknown> = {};
  const warm = walk(join(SHARED, "corpus", "dev", "synthetic")).find((p) => p.endsWith(".pdf"))!;
  const summary = (times: number[], codes: string[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { ms: times, median: sorted[sorted.length >> 1], max: sorted[sorted.length - 1], codes: [...new Set(codes)] };
  };
  const timed = async (options: Record<string, unknown>): Promise<[number, string]> => {
    const t = performance.now();
    let code = "report";
    try {
      await lib.analyzeResume(file, { timeoutMs: 200, maxPages: 5000, ...options });
    } catch (e) {
      code = (e as { code?: string }).code ?? String(e);
    }
    return [Math.round(performance.now() - t), code];
  };
  for (const isolate of [true, false]) {
    // Each timed call starts on a warm reader: a normal PDF first (in the pool, that waits for a
    // ready worker, so the figure is the deadline's own precision, not a worker's start).
    const times: number[] = [];
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      await lib.analyzeResume(warm, { isolate }).catch(() => undefined);
      const [ms, code] = await timed({ isolate });
      times.push(ms);
      codes.push(code);
    }
    out[isolate ? "isolated" : "inProcess"] = { timeoutMs: 200, ...summary(times, codes) };
  }
  // Back to back, isolated: each call after a timeout may wait for the replacement worker to warm up.
  const times: number[] = [];
  const codes: string[] = [];
  for (let i = 0; i < 8; i++) {
    const [ms, code] = await timed({});
    times.push(ms);
    codes.push(code);
  }
  out.isolatedBackToBack = { timeoutMs: 200, ...summary(times, codes) };
  return out;
}

async function childOne(lib: Lib, file: string): Promise<unknown> {
  const t = performance.now();
  let code = "report";
  try {
    await lib.analyzeResume(new Uint8Array(readFileSync(file)), { timeoutMs: 5_000 });
  } catch (e) {
    code = e instanceof lib.ResumeAtsError ? e.code : `untyped ${(e as Error)?.name}`;
  }
  return { file: file.split("/").pop(), code, ms: Math.round(performance.now() - t), peakRssMb: Math.round(hwmMb()) };
}

function runChild(args: string[]): Promise<unknown> {
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      try {
        res(JSON.parse(last));
      } catch {
        rej(new Error(`child ${args.join(" ")} exited ${code}: ${out.slice(-500)}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const dist = argValue("--dist") ?? "dist";
  const calls = Number(argValue("--calls") ?? 300);
  const rounds = Number(argValue("--rounds") ?? 8);
  const child = argValue("--child");
  if (child) {
    const lib = await loadLib(dist);
    let r: unknown;
    if (child === "concurrent") r = await childConcurrent(lib, calls);
    else if (child === "rounds") r = await childRounds(lib, calls, rounds, 8);
    else if (child === "rss") r = { peakRssMb: hwmMb() };
    else if (child === "deadline") r = await childDeadline(lib);
    else r = await childOne(lib, child);
    process.stdout.write(`${JSON.stringify(r)}\n`);
    process.exit(0);
  }
  const only = new Set((argValue("--only") ?? "concurrent,rounds,deadline,fuzz").split(","));
  const base = ["--dist", dist, "--calls", String(calls), "--rounds", String(rounds), ...(NO_HOSTILE ? ["--no-hostile"] : [])];
  const results: Record<string, unknown> = { dist, cores: availableParallelism() };
  if (only.has("concurrent")) results.concurrent = await runChild([...base, "--child", "concurrent"]);
  if (only.has("rounds")) results.rounds = await runChild([...base, "--child", "rounds"]);
  if (only.has("deadline")) results.deadline = await runChild([...base, "--child", "deadline"]);
  if (only.has("fuzz")) {
    let files: string[] = [];
    try {
      files = readdirSync(FUZZ_DIR).filter((f) => /\.(pdf|docx)$/u.test(f)).sort().map((f) => join(FUZZ_DIR, f));
    } catch {
      /* no saved inputs */
    }
    const rows: unknown[] = [];
    for (const f of files) rows.push(await runChild([...base, "--child", f]));
    results.fuzz = rows;
  }
  if (process.argv.includes("--json")) console.log(JSON.stringify(results, null, 2));
  else console.log(JSON.stringify(results, null, 1));
}

await main();
