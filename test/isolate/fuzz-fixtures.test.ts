/**
 * The fuzzed PDFs that once took 2–8 s and took the fuzz process to 450–780
 * MB (issue 18, finding 8; fixtures/hostile/fuzz/README.md): read one after
 * the other in one process of the built library, each ends in a report or a
 * typed error, and the process stays under 512 MB.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const dir = path.join(root, "fixtures/hostile/fuzz");
const TYPED = new Set(["report", "EMPTY_INPUT", "UNSUPPORTED_FORMAT", "CORRUPT_FILE", "ENCRYPTED_PDF", "NO_TEXT_LAYER", "TOO_LARGE", "TIMEOUT", "RESOURCE_LIMIT"]);

describe("saved fuzz inputs", () => {
  it("each ends in a report or a typed error, and the process stays under 512 MB", async () => {
    expect(existsSync(path.join(root, "dist/index.js"))).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith(".pdf")).sort().map((f) => path.join(dir, f));
    expect(files.length).toBeGreaterThanOrEqual(6);
    const child = spawn(process.execPath, [path.join(root, "test/isolate/child-fuzz.mjs"), path.join(root, "dist"), ...files], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code, err).toBe(0);
    const { outcomes, peakRssMb } = JSON.parse(out.trim()) as { outcomes: Array<{ file: string; outcome: string }>; peakRssMb: number };
    expect(outcomes).toHaveLength(files.length);
    for (const o of outcomes) expect(TYPED.has(o.outcome), `${path.basename(o.file)}: ${o.outcome}`).toBe(true);
    expect(peakRssMb).toBeLessThan(512);
  }, 180_000);
});
