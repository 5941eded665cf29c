/**
 * The fuzzed PDFs that once took 2–8 s and took the fuzz process to 450–780
 * MB (issue 18, finding 8; fixtures/hostile/fuzz/README.md): the readers of
 * timed-out files left their memory behind. Checked on the built library:
 *
 * - read one after the other in one process, each ends in a report or a
 *   typed error, and they leave nothing behind: once the reader threads have
 *   ended and the heap is collected, the process is back near where it
 *   started, and the caller's heap did not grow from file to file. These are
 *   read after collections, so they do not depend on when a collector ran
 *   (the process's *peak* over six files did: 417–634 MB under load);
 * - each file alone, in a fresh process, stays under 512 MB at its peak
 *   (one reader, its heap cap and the pool's RSS budget bound it).
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const dir = path.join(root, "fixtures/hostile/fuzz");
const TYPED = new Set(["report", "EMPTY_INPUT", "UNSUPPORTED_FORMAT", "CORRUPT_FILE", "ENCRYPTED_PDF", "NO_TEXT_LAYER", "TOO_LARGE", "TIMEOUT", "RESOURCE_LIMIT"]);

interface ChildResult {
  outcomes: Array<{ file: string; outcome: string }>;
  peakRssMb: number;
  heapAfterMb: number[];
  settled: { heapMb?: number; rssMb?: number };
}

async function runChild(nodeArgs: string[], files: string[]): Promise<ChildResult> {
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "test/isolate/child-fuzz.mjs"), path.join(root, "dist"), ...files], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(code, err).toBe(0);
  return JSON.parse(out.trim()) as ChildResult;
}

const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".pdf")).sort().map((f) => path.join(dir, f)) : [];

describe("saved fuzz inputs", () => {
  it("read in one process, each ends in a report or a typed error and leaves no memory behind", async () => {
    expect(existsSync(path.join(root, "dist/index.js"))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(6);
    const r = await runChild(["--expose-gc"], files);
    expect(r.outcomes).toHaveLength(files.length);
    for (const o of r.outcomes) expect(TYPED.has(o.outcome), `${path.basename(o.file)}: ${o.outcome}`).toBe(true);
    // The caller's heap after the first file (catalog, pdf.js not loaded here) and after the last: no growth per file.
    expect(r.heapAfterMb).toHaveLength(files.length);
    expect(Math.max(...r.heapAfterMb) - r.heapAfterMb[0]!).toBeLessThan(32);
    // Readers ended, heap collected: what is left is the library loaded (about 100 MB), not six readers' memory.
    expect(r.settled.rssMb).toBeLessThan(256);
  }, 180_000);

  it("each alone stays under 512 MB at its peak", async () => {
    for (const f of files) {
      const r = await runChild([], [f]);
      expect(TYPED.has(r.outcomes[0]!.outcome), `${path.basename(f)}: ${r.outcomes[0]!.outcome}`).toBe(true);
      expect(r.peakRssMb, path.basename(f)).toBeLessThan(512);
    }
  }, 240_000);
});
