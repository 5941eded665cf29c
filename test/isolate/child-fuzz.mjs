/**
 * Child process for fuzz-fixtures.test.ts: reads every file given, one after
 * the other, through the BUILT library (default isolation, `timeoutMs` 5000
 * as bench/fuzz.ts), and prints one JSON line: each outcome, the process's
 * peak RSS (VmHWM), and what the process holds once settled.
 *
 * Run with `--expose-gc`. Settled = every reader thread ended
 * (`closeIsolatedWorkers` awaits their exit) and the caller's heap collected:
 * what is then left is what the files left behind, whatever the timing of
 * the garbage collectors while they were read. Without `--expose-gc` only the
 * outcomes and the peak are printed.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dist, ...files] = process.argv.slice(2);
const lib = await import(pathToFileURL(`${dist}/index.js`).href);
const statusMb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)\\s+kB`, "u").exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? Number.NaN) / 1024;

/** The caller's heap (used + external) in MB after full collections. */
async function collectedHeapMb() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return (m.heapUsed + m.external) / 1048576;
}

const outcomes = [];
const heapAfterMb = [];
for (const f of files) {
  try {
    const r = await lib.analyzeResume(new Uint8Array(readFileSync(f)), { timeoutMs: 5000 });
    outcomes.push({ file: f, outcome: "report", score: r.score.total });
  } catch (e) {
    outcomes.push({ file: f, outcome: e instanceof lib.ResumeAtsError ? e.code : `untyped ${e?.name}: ${e?.message}` });
  }
  if (globalThis.gc) heapAfterMb.push(await collectedHeapMb());
}
const peakRssMb = statusMb("VmHWM");
const settled = {};
if (globalThis.gc) {
  await lib.closeIsolatedWorkers();
  settled.heapMb = await collectedHeapMb();
  settled.rssMb = statusMb("VmRSS");
}
process.stdout.write(`${JSON.stringify({ outcomes, peakRssMb, heapAfterMb, settled })}\n`);
