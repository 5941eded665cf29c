import { defineConfig } from "tsup";

/**
 * Three builds (`npm run build` empties dist/ first, so none cleans):
 * - the library entry, dual ESM + CJS with types;
 * - the extraction worker thread (ESM), beside the library entry;
 * - the CLI, ESM only, with a shebang.
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
  },
]);
