import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");

describe("pdf.js polyfills", () => {
  it("leave Array.prototype.push and JSON.parse native after a PDF is read in-process", () => {
    // A fresh process: the built-ins are captured before anything imports pdf-parse.
    const dir = mkdtempSync(join(tmpdir(), "resume-ats-natives-"));
    const script = join(dir, "check.mts");
    writeFileSync(
      script,
      `const push = Array.prototype.push; const parse = JSON.parse;
const { extractResume } = await import(${JSON.stringify(join(ROOT, "src", "extract", "index.ts"))});
const { PDFParse } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "node_modules", "pdf-parse", "dist", "pdf-parse", "esm", "index.js")).href)});
const polyfilled = Array.prototype.push !== push; // pdf.js's core-js replaces it on import
const doc = await extractResume(${JSON.stringify(join(ROOT, "fixtures", "extract", "dba-two-column.pdf"))});
console.log(JSON.stringify({ lines: doc.lines.length, bold: doc.lines.some((l) => l.bold), polyfilled, push: Array.prototype.push === push, parse: JSON.parse === parse, hasPdfParse: typeof PDFParse === "function" }));`,
    );
    try {
      const out = execFileSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, encoding: "utf8" });
      const r = JSON.parse(out.trim().split("\n").pop() as string) as Record<string, unknown>;
      expect(r.hasPdfParse).toBe(true);
      expect(r.polyfilled).toBe(true);
      expect(r.push).toBe(true);
      expect(r.parse).toBe(true);
      expect(r.lines).toBeGreaterThan(10);
      expect(r.bold).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
