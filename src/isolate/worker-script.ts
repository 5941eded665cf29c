/**
 * Where the extraction worker's code lives: `dist/worker.js` beside the built
 * library, or, when running from source (tests, `tsx`), the TypeScript entry
 * loaded through tsx inside the worker.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

/** How to start a worker: a module file, or a small ESM bootstrap evaluated in the worker. */
export type WorkerScript = { kind: "file"; url: URL } | { kind: "eval"; code: string };

let cached: WorkerScript | null = null;

/** URL of tsx's ESM API (the CommonJS build registers a loader path that does not exist). */
function resolveTsxApi(): string {
  const meta = import.meta as ImportMeta & { resolve?: (specifier: string) => string };
  if (typeof meta.resolve === "function") {
    try {
      return meta.resolve("tsx/esm/api");
    } catch {
      /* fall back to require's resolution below */
    }
  }
  return pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/u, ".mjs")).href;
}

/**
 * The worker script for this installation. From source, `--import tsx` in a
 * worker's `execArgv` does not register tsx's loader on Node 20 (the worker
 * fails with "Unknown file extension .ts"), so the bootstrap registers tsx
 * itself through its API and then imports the entry.
 */
export function workerScript(): WorkerScript {
  if (cached) return cached;
  const built = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) {
    cached = { kind: "file", url: built };
    return cached;
  }
  const entry = new URL("./worker-entry.ts", import.meta.url).href;
  const tsxApi = resolveTsxApi();
  cached = {
    kind: "eval",
    code: `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`,
  };
  return cached;
}
