/**
 * The browser build's pieces, shared by `tsup.config.ts` (the
 * `resume-ats/browser` entry) and `scripts/build-web.ts` (the static page):
 *
 * - `BROWSER_MODULES`: the four Node modules that have a browser twin with
 *   the same exports (type-checked in each twin), swapped in at bundle time;
 *   every other module is the very code Node runs.
 * - Node built-ins that only unused code imports (natural's tfidf requires
 *   `fs` for a method we never call; `src/job/accuracy.ts` reads files for the
 *   bench) resolve to an empty module; `assertNoNodeBuiltins` fails the build
 *   if any Node built-in is still referenced by the output.
 * - The analyzer's Web Worker, built into one classic script and handed to
 *   the page code as a string (`virtual:resume-ats-worker`), so the worker
 *   starts from a `blob:` URL: no second file to fetch, works from `file://`.
 */
import { createRequire } from "node:module";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** Node module → its browser twin (paths from the repository root). */
export const BROWSER_MODULES: Readonly<Record<string, string>> = {
  "src/extract/input.ts": "src/browser/input.ts",
  "src/extract/inflate.ts": "src/browser/inflate.ts",
  "src/extract/docx-html.ts": "src/browser/docx-html.ts",
  "src/extract/pdf-runtime.ts": "src/browser/pdf-runtime.ts",
};

// esbuild filters are Go regular expressions: no flags.
const BUILTINS = /^(?:node:)?(?:assert|buffer|child_process|crypto|events|fs|fs\/promises|module|os|path|process|stream|url|util|worker_threads|zlib)$/;

/** pdf.js's worker half as pdf-parse 2.4.5's web build ships it (not in its `exports`, so resolved by path). */
export function pdfWorkerPath(): string {
  const main = require.resolve("pdf-parse"); // .../pdf-parse/dist/pdf-parse/cjs/index.cjs
  return path.join(path.dirname(main), "..", "web", "pdf.worker.mjs");
}

/** Swaps in the browser twins, maps the pdf.js worker name, and empties the Node built-ins. */
export function browserModules(): Plugin {
  const twins = new Map(Object.entries(BROWSER_MODULES).map(([from, to]) => [path.join(ROOT, from), path.join(ROOT, to)]));
  return {
    name: "resume-ats-browser-modules",
    setup(b) {
      b.onResolve({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(".")) return undefined;
        const ts = path.resolve(args.resolveDir, args.path).replace(/\.js$/u, ".ts");
        const twin = twins.get(ts);
        return twin ? { path: twin } : undefined;
      });
      b.onResolve({ filter: /^pdf-parse\/web\/pdf\.worker\.mjs$/ }, () => ({ path: pdfWorkerPath() }));
      b.onResolve({ filter: BUILTINS }, (args) => ({ path: args.path, namespace: "empty-node-builtin" }));
      b.onLoad({ filter: /.*/, namespace: "empty-node-builtin" }, () => ({ contents: "module.exports = {};", loader: "js" }));
    },
  };
}

/**
 * The keyword catalog inlined as `JSON.parse("...")` (V8 parses a JSON
 * string several times faster than the same object literal), as the Node
 * build does.
 */
export function keywordJsonAsParse(): Plugin {
  return {
    name: "resume-ats-keyword-json-as-parse",
    setup(b) {
      b.onLoad({ filter: /[\\/]keywords[\\/].*\.json$/ }, async (args) => {
        const data: unknown = JSON.parse(await readFile(args.path, "utf8"));
        return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: "js" };
      });
    },
  };
}

/** Options every browser bundle shares. */
export function browserBuildOptions(minify: boolean): BuildOptions {
  return {
    bundle: true,
    platform: "browser",
    target: ["es2022", "chrome111", "firefox114", "safari16.4"],
    minify,
    legalComments: "none",
    logLevel: "warning",
    // pdf.js code paths for Node read import.meta; they never run in a browser.
    logOverride: { "empty-import-meta": "silent" },
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [browserModules(), keywordJsonAsParse()],
  };
}

/** Fails when a bundle still imports or requires a Node built-in. */
export function assertNoNodeBuiltins(code: string, name: string): void {
  const found = /(?:\bimport\s*\(?\s*|\brequire\s*\(\s*|\bfrom\s*)["'](node:[\w/]+|fs|path|zlib|worker_threads|child_process)["']/u.exec(code);
  if (found) throw new Error(`${name} still references the Node built-in "${found[1]}"; give its importer a browser twin in BROWSER_MODULES.`);
}

/** The analyzer's Web Worker as one classic script. */
export async function buildWorkerSource(minify = true): Promise<string> {
  const result = await build({
    ...browserBuildOptions(minify),
    entryPoints: [path.join(ROOT, "src/browser/worker.ts")],
    format: "iife",
    write: false,
  });
  const code = result.outputFiles[0].text;
  assertNoNodeBuiltins(code, "The worker bundle");
  return code;
}

/**
 * `virtual:resume-ats-worker`: the worker script as a string (built once per
 * build); `writeTo` also writes it as a file, for sites whose Content
 * Security Policy has no `worker-src blob:` (`configureWorker({ workerUrl })`).
 */
export function inlineWorker(minify = true, writeTo?: string): Plugin {
  return {
    name: "resume-ats-inline-worker",
    setup(b) {
      let source: Promise<string> | undefined;
      b.onResolve({ filter: /^virtual:resume-ats-worker$/ }, () => ({ path: "worker", namespace: "resume-ats-worker" }));
      b.onLoad({ filter: /.*/, namespace: "resume-ats-worker" }, async () => {
        source ??= buildWorkerSource(minify);
        const code = await source;
        if (writeTo) {
          await mkdir(path.dirname(writeTo), { recursive: true });
          await writeFile(writeTo, code);
        }
        return { contents: `export const WORKER_SOURCE = ${JSON.stringify(code)};`, loader: "js" };
      });
    },
  };
}
