/**
 * Child process of the speed bench's throughput figures: imports the built
 * library, analyzes every file given once as warm-up, then `passes` more
 * times, and prints one JSON line: { docs, ms, docsPerSec, maxRssMb, failures }.
 *
 * Usage: node throughput-child.mjs <dist/index.js> <inprocess|isolated> <passes> <file...>
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [entry, mode, passArg, ...files] = process.argv.slice(2);
const lib = await import(pathToFileURL(entry).href);
const passes = Math.max(1, Number(passArg) || 1);
const inputs = files.map((f) => new Uint8Array(readFileSync(f)));
const options = { isolate: mode === "isolated", now: new Date("2026-01-15T00:00:00Z") };
let failures = 0;
async function pass() {
  for (const bytes of inputs) {
    try {
      await lib.analyzeResume(bytes, options);
    } catch {
      failures++;
    }
  }
}
await pass();
failures = 0;
const t0 = performance.now();
for (let p = 0; p < passes; p++) await pass();
const ms = performance.now() - t0;
const docs = inputs.length * passes;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ docs, ms, docsPerSec: (docs * 1000) / ms, maxRssMb, failures })}\n`);
process.exit(0);
