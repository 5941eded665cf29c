/**
 * Bad-input table: every case of `../shared/bad-inputs/manifest.json`
 * (plus the generated ones) through `analyzeResume` with default options
 * (worker isolation on), each case in its own child process so its peak
 * memory is its own (`process.resourceUsage().maxRSS`, worker threads
 * included).
 *
 * Run: `npx tsx bench/bad-inputs.ts [--dist <built dist dir>] [--only <substring>] [--json]`
 *
 * Without `--dist` the library is loaded from source (the worker then runs
 * through tsx, which costs time and memory); `--dist dist` measures the build.
 * A case passes when its outcome is one the manifest allows (TOO_MANY_PAGES
 * is reported by this library as TOO_LARGE), it ends within the 15 s budget,
 * stays under 512 MB peak RSS, and, for a report, contains `text_contains`.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { allowedOutcomes, caseFileBytes, readBadInputManifest, type BadInputCase } from "../test/extract/bad-input-manifest.js";
import { makePdf } from "../test/extract/make-pdf.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BAD = resolve(ROOT, "..", "shared", "bad-inputs");
const GEN = "/tmp/resume-ats-bad-inputs";
const LIMIT_MS = 15_000;
const LIMIT_MB = 512;
const HANG_MS = 40_000;


/** What a child reports for one case. */
interface ChildResult {
  outcome: string; // "report", an error code, or "CRASH"
  ms: number;
  maxRssMb: number;
  detail: string;
  textOk: boolean | null;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Bytes of a case: the file (gunzipped when marked), or the generated input. */
function caseBytes(c: BadInputCase): Uint8Array {
  if (c.file) return caseFileBytes(BAD, { ...c, file: c.file });
  const g = c.generate ?? "";
  if (g.includes("5,000,000")) return new TextEncoder().encode("a".repeat(5_000_000));
  if (g.includes("11 MB")) return new Uint8Array(11 * 1024 * 1024).fill(0x61);
  if (g.includes("500 pages")) return makePdf(500);
  throw new Error(`unknown generated case: ${g}`);
}

/** Where the child reads the case from: the original file, or a materialized copy under GEN. */
function casePath(c: BadInputCase, i: number): string {
  if (c.file && !c.gunzip) return join(BAD, c.file);
  mkdirSync(GEN, { recursive: true });
  const name = c.file ? c.file.replace(/\.gz$/u, "") : `generated-${i}${c.generate?.includes("PDF") ? ".pdf" : ".txt"}`;
  const p = join(GEN, name);
  if (!existsSync(p)) writeFileSync(p, caseBytes(c));
  return p;
}

/** Child mode: analyze one file, print one JSON line. */
async function runChild(path: string, textContains: string | undefined, dist: string | undefined): Promise<void> {
  const mod = (dist
    ? await import(pathToFileURL(join(resolve(dist), "index.js")).href)
    : await import("../src/analyze/index.js")) as typeof import("../src/analyze/index.js");
  const { ResumeAtsError } = (dist
    ? await import(pathToFileURL(join(resolve(dist), "index.js")).href)
    : await import("../src/errors.js")) as typeof import("../src/errors.js");
  const t = performance.now();
  let outcome: string;
  let detail = "";
  let textOk: boolean | null = null;
  try {
    const report = await mod.analyzeResume(path);
    outcome = "report";
    detail = `score ${report.score.total}, ${report.skills.length} skills, ${report.warnings.map((w) => w.code).join(",")}`;
    if (textContains) textOk = JSON.stringify(report).includes(textContains);
  } catch (e) {
    if (e instanceof ResumeAtsError) {
      outcome = e.code;
      detail = e.message.slice(0, 90);
    } else {
      outcome = "CRASH";
      detail = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 200) : String(e);
    }
  }
  const ms = performance.now() - t;
  const result: ChildResult = { outcome, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, detail, textOk };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runCase(path: string, textContains: string | undefined, dist: string | undefined): Promise<ChildResult> {
  const self = fileURLToPath(import.meta.url);
  const args = ["--import", "tsx", self, "--child", path, ...(textContains ? ["--contains", textContains] : []), ...(dist ? ["--dist", dist] : [])];
  return new Promise((resolveResult) => {
    const t = performance.now();
    const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    proc.stdout.on("data", (d: Buffer) => (out += d.toString()));
    proc.stderr.on("data", (d: Buffer) => (err += d.toString()));
    let hung = false;
    const killer = setTimeout(() => {
      hung = true;
      proc.kill("SIGKILL");
    }, HANG_MS);
    proc.on("exit", (code, signal) => {
      clearTimeout(killer);
      const line = out.trim().split("\n").filter((l) => l.startsWith("{")).pop();
      if (line) return resolveResult(JSON.parse(line) as ChildResult);
      resolveResult({
        outcome: hung ? "HANG" : "CRASH",
        ms: performance.now() - t,
        maxRssMb: NaN,
        detail: hung ? `killed after ${HANG_MS} ms` : `child exit ${code ?? signal}: ${err.trim().split("\n").slice(-3).join(" | ").slice(0, 200)}`,
        textOk: null,
      });
    });
  });
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + " ".repeat(n - s.length);
}

async function main(): Promise<void> {
  const dist = argValue("--dist");
  if (process.argv.includes("--child")) {
    await runChild(argValue("--child")!, argValue("--contains"), dist);
    return;
  }
  const only = argValue("--only");
  const cases = readBadInputManifest(BAD);
  // Baseline: the same child on a tiny valid text file, to separate the harness's own memory from a case's.
  mkdirSync(GEN, { recursive: true });
  const control = join(GEN, "control.txt");
  writeFileSync(control, "Jane Doe\njane@example.com\n\nSkills\nTypeScript, PostgreSQL\n");
  const base = await runCase(control, undefined, dist);

  const rows: Array<{ name: string; expected: string[]; r: ChildResult; pass: boolean; why: string }> = [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const name = c.file ?? `gen: ${c.generate}`;
    if (only && !name.includes(only)) continue;
    const expected = allowedOutcomes(c);
    const r = await runCase(casePath(c, i), c.text_contains, dist);
    const typedOrReport = r.outcome !== "CRASH" && r.outcome !== "HANG";
    const why: string[] = [];
    if (!(expected.includes(r.outcome) || (expected.includes("any-typed") && typedOrReport))) why.push(`outcome ${r.outcome}`);
    if (r.ms > LIMIT_MS) why.push(`${Math.round(r.ms)} ms > ${LIMIT_MS}`);
    if (!(r.maxRssMb <= LIMIT_MB)) why.push(`${Math.round(r.maxRssMb)} MB > ${LIMIT_MB}`);
    if (r.textOk === false) why.push(`"${c.text_contains}" missing`);
    rows.push({ name, expected, r, pass: why.length === 0, why: why.join("; ") });
  }

  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ baseline: base, rows }, null, 2)}\n`);
  } else {
    const head = `${pad("file", 34)} ${pad("expected", 30)} ${pad("outcome", 16)} ${pad("ms", 7)} ${pad("peak MB", 7)} result`;
    console.log(head);
    console.log("-".repeat(head.length + 10));
    for (const { name, expected, r, pass, why } of rows) {
      console.log(
        `${pad(name, 34)} ${pad(expected.join("|"), 30)} ${pad(r.outcome, 16)} ${pad(String(Math.round(r.ms)), 7)} ${pad(Number.isNaN(r.maxRssMb) ? "?" : String(Math.round(r.maxRssMb)), 7)} ${pass ? "ok" : `FAIL: ${why}`}`,
      );
    }
    console.log(`baseline (tiny text resume, same harness): ${Math.round(base.ms)} ms, ${Math.round(base.maxRssMb)} MB peak RSS; library from ${dist ?? "source (tsx)"}`);
  }
  const passed = rows.filter((r) => r.pass).length;
  console.log(`${passed} passed, ${rows.length - passed} failed`);
  process.exitCode = passed === rows.length ? 0 : 1;
}

await main();
