/**
 * Child process of the speed bench's ratios (bench/lib/ratios.ts).
 *
 *   node ratio-child.mjs warm <dist/index.js> <passes> <file...>
 *     In one process: pdf-parse `getText()` and `analyzeResume` (default
 *     options: the worker pool) on each PDF, the pair alternated (which goes
 *     first flips every pass), one warm-up pass, then `passes` timed passes.
 *     Prints one JSON line: per file { getText: ms[], analyze: ms[], fast: ms[] }
 *     (`fast` = `isolate: false`).
 *   node ratio-child.mjs gettext <file...>
 *     The bare baseline: import pdf-parse and `getText()` each file in turn
 *     (one thread), as a user's script would.
 *   node ratio-child.mjs cpu <node args...>
 *     Runs `node <args>` to its end and prints { ms, cpuMs } for it: wall
 *     time, and user + system CPU of the child and its threads (from
 *     /proc/self/stat's cutime + cstime after the child was reaped).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [mode, ...rest] = process.argv.slice(2);

/** Children's user + system CPU in ms, from /proc/self/stat (Linux), or NaN. */
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command name: state is field 3; cutime and cstime are fields 16 and 17 (1-based over the whole line).
    const cutime = Number(fields[13]);
    const cstime = Number(fields[14]);
    return ((cutime + cstime) * 1000) / 100; // clock ticks; USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

if (mode === "cpu") {
  const before = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, rest, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  const cpuMs = childrenCpuMs() - before;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, code: r.status, stderr: String(r.stderr ?? "").slice(0, 300) })}\n`);
} else if (mode === "gettext") {
  const { PDFParse } = await import("pdf-parse");
  for (const f of rest) {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(f)) });
    try {
      await parser.getText();
    } finally {
      await parser.destroy();
    }
  }
} else if (mode === "warm") {
  const [entry, passArg, ...files] = rest;
  // pdf.js's polyfills replace Array.prototype.push and JSON.parse process-wide when pdf-parse loads
  // (src/extract/pdf-natives.ts); the library puts them back in the threads where it loads pdf.js, but the
  // baseline here loads it in the main thread, where the library itself never does: put them back too.
  const push = Array.prototype.push;
  const parse = JSON.parse;
  const { PDFParse } = await import("pdf-parse");
  Array.prototype.push = push;
  JSON.parse = parse;
  const lib = await import(pathToFileURL(entry).href);
  const passes = Math.max(1, Number(passArg) || 1);
  const inputs = files.map((f) => new Uint8Array(readFileSync(f)));
  const now = new Date("2026-01-15T00:00:00Z");
  const getText = async (bytes) => {
    const t0 = performance.now();
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      await parser.getText();
    } finally {
      await parser.destroy();
    }
    return performance.now() - t0;
  };
  const analyze = async (bytes, options) => {
    const t0 = performance.now();
    await lib.analyzeResume(bytes, options);
    return performance.now() - t0;
  };
  const out = inputs.map(() => ({ getText: [], analyze: [], fast: [] }));
  for (let p = 0; p <= passes; p++) {
    for (let i = 0; i < inputs.length; i++) {
      const b = inputs[i];
      const order = (p + i) % 2 === 0 ? ["g", "a", "f"] : ["a", "f", "g"];
      for (const k of order) {
        const ms = k === "g" ? await getText(b) : await analyze(b, k === "a" ? { now } : { now, isolate: false });
        if (p > 0) out[i][k === "g" ? "getText" : k === "a" ? "analyze" : "fast"].push(ms);
      }
    }
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
} else {
  process.stderr.write("usage: ratio-child.mjs warm|gettext|cpu ...\n");
  process.exit(2);
}
