/**
 * Child process for fuzz-fixtures.test.ts: reads every file given, one after
 * the other, through the BUILT library (default isolation, `timeoutMs` 5000
 * as bench/fuzz.ts), and prints one JSON line: each outcome and the
 * process's peak RSS (VmHWM).
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dist, ...files] = process.argv.slice(2);
const lib = await import(pathToFileURL(`${dist}/index.js`).href);
const outcomes = [];
for (const f of files) {
  try {
    const r = await lib.analyzeResume(new Uint8Array(readFileSync(f)), { timeoutMs: 5000 });
    outcomes.push({ file: f, outcome: "report", score: r.score.total });
  } catch (e) {
    outcomes.push({ file: f, outcome: e instanceof lib.ResumeAtsError ? e.code : `untyped ${e?.name}: ${e?.message}` });
  }
}
const hwm = Number(/VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? Number.NaN) / 1024;
process.stdout.write(`${JSON.stringify({ outcomes, peakRssMb: hwm })}\n`);
