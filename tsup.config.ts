import { defineConfig } from "tsup";

/**
 * Two builds:
 * - the library entry, dual ESM + CJS with types;
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
    clean: true,
    target: "node20",
    platform: "node",
    splitting: false,
    shims: true,
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
