import { readFile } from "node:fs/promises";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import { browserBuildOptions, inlineWorker } from "./scripts/browser-build.js";
import { HELP } from "./src/cli/help.js";

/**
 * The keyword catalog (keywords/**.json) is inlined as `JSON.parse("...")`
 * rather than as object literals: V8 parses a JSON string several times faster
 * than the same data written as JavaScript, and the catalog is most of the
 * bundle, so this keeps `import("resume-ats")` fast as the catalog grows.
 */
const keywordJsonAsParse: Plugin = {
  name: "keyword-json-as-parse",
  setup(build) {
    build.onLoad({ filter: /[\\/]keywords[\\/].*\.json$/ }, async (args) => {
      const data: unknown = JSON.parse(await readFile(args.path, "utf8"));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: "js" };
    });
  },
};

/**
 * The builds (`npm run build` empties dist/ first, so none cleans):
 * - the library entry, dual ESM + CJS with types;
 * - the extraction worker thread (ESM), beside the library entry;
 * - the CLI, ESM only, with a shebang (`dist/cli.js`);
 * - the installed command (`dist/cli.cjs`), which prints --help itself and loads `dist/cli.js` for the rest;
 * Heavy parsers (pdf-parse, mammoth, compromise) stay external and are loaded
 * with `import()` only when a file needs them, so the CLI starts fast.
 */
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    shims: true,
    // src/isolate/worker-script.ts reads import.meta.resolve, which the CJS build
    // cannot have; it falls back to createRequire (shimmed import.meta.url), so
    // esbuild's "import.meta will be empty" warning is expected there.
    esbuildOptions(options) {
      options.logOverride = { ...options.logOverride, "empty-import-meta": "silent" };
    },
    esbuildPlugins: [keywordJsonAsParse],
  },
  {
    // The extraction worker (see src/isolate): ESM, loaded by both builds as ./worker.js.
    entry: { worker: "src/isolate/worker-entry.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [keywordJsonAsParse],
  },
  {
    // The installed command (package.json "bin"): CommonJS and a few lines, so --help needs
    // neither the ES module loader nor the CLI's modules; the help text is written in here.
    entry: { cli: "src/cli/bin.ts" },
    format: ["cjs"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    shims: false,
    banner: { js: "#!/usr/bin/env node" },
    define: { __RESUME_ATS_HELP__: JSON.stringify(HELP) },
  },
  {
    // resume-ats/browser: ESM for pages and bundlers, every dependency bundled, no Node built-ins.
    // The analyzer's Web Worker (pdf.js, mammoth, the catalog) is built into it as a string
    // and started from a blob: URL (scripts/browser-build.ts); nothing is fetched at run time.
    entry: { "browser/index": "src/browser/index.ts" },
    format: ["esm"],
    dts: { entry: { "browser/index": "src/browser/index.ts" } },
    sourcemap: false,
    clean: false,
    platform: "browser",
    target: "es2022",
    splitting: false,
    noExternal: [/.*/],
    minify: true,
    esbuildOptions(options) {
      const shared = browserBuildOptions(true);
      options.legalComments = shared.legalComments;
      options.keepNames = true; // error classes keep their names (EncryptedPdfError...), as in Node
      options.define = { ...options.define, ...shared.define };
    },
    esbuildPlugins: [...(browserBuildOptions(true).plugins ?? []), inlineWorker(true, "dist/browser/worker.js")],
  },
]);
