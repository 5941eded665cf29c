import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED } from "../shared-dir.js";
import { isResumeAtsError } from "../../src/errors.js";
import { extractResume } from "../../src/extract/index.js";
import { allowedOutcomes, caseFileBytes, readBadInputManifest, type BadInputCase } from "./bad-input-manifest.js";
import { makePdf } from "./make-pdf.js";

const dir = `${SHARED}/bad-inputs`;
const hasDir = existsSync(join(dir, "manifest.json"));


type Outcome = { kind: "report"; text: string; warnings: string[] } | { kind: "error"; code: string };

async function outcome(input: Parameters<typeof extractResume>[0]): Promise<{ out: Outcome; ms: number }> {
  const t = performance.now();
  try {
    const doc = await extractResume(input);
    return { out: { kind: "report", text: doc.text, warnings: doc.warnings.map((w) => w.code) }, ms: performance.now() - t };
  } catch (e) {
    // Every failure must be one of ours: a bare parser Error fails here.
    expect(isResumeAtsError(e), `untyped error: ${String(e)}`).toBe(true);
    return { out: { kind: "error", code: (e as { code: string }).code }, ms: performance.now() - t };
  }
}

const manifest: BadInputCase[] = hasDir ? readBadInputManifest(dir) : [];
const LIMIT_MS = 15_000;

describe.runIf(hasDir)("hostile inputs from bad-inputs/manifest.json", () => {
  for (const c of manifest.filter((x): x is BadInputCase & { file: string } => x.file !== undefined)) {
    it(`${c.file} → ${JSON.stringify(c.expect)}`, async () => {
      const { out, ms } = await outcome(caseFileBytes(dir, c));
      expect(ms).toBeLessThan(LIMIT_MS);
      const allowed = allowedOutcomes(c);
      if (allowed.includes("any-typed")) return; // report or typed error, both checked above
      const got = out.kind === "report" ? "report" : out.code;
      expect(allowed, `${c.file} gave ${got}`).toContain(got);
      if (out.kind === "report" && c.text_contains) expect(out.text).toContain(c.text_contains);
    });
  }

  it("never runs a PDF's JavaScript or FontMatrix payload", async () => {
    const g = globalThis as { __RESUME_PWNED__?: unknown };
    delete g.__RESUME_PWNED__;
    const { out } = await outcome(new Uint8Array(readFileSync(join(dir, "javascript-and-fontmatrix.pdf"))));
    expect(out.kind).toBe("report");
    expect(g.__RESUME_PWNED__).toBeUndefined();
  });

  it("never expands entities or reads local files from a DOCX", async () => {
    for (const f of ["xxe-external-entity.docx", "xxe-billion-laughs.docx", "billion-laughs.docx"]) {
      const { out } = await outcome(new Uint8Array(readFileSync(join(dir, f))));
      if (out.kind === "report") {
        expect(out.text).not.toContain("root:x:0:0");
        expect(out.text).not.toMatch(/(lol){50}/u);
      }
    }
  });

  it("reads the owner-password-only PDF", async () => {
    const doc = await extractResume(join(dir, "owner-password-only.pdf"));
    expect(doc.text.length).toBeGreaterThan(100);
  });

  it("normalizes weird characters (zero-width, soft hyphen, fullwidth)", async () => {
    const doc = await extractResume(join(dir, "weird-characters.txt"));
    expect(doc.text).toContain("Node.js");
    expect(doc.text).toContain("PostgreSQL");
    expect(doc.text).toContain("Java");
    const mixed = await extractResume(join(dir, "mixed-scripts-nul.txt"));
    expect(mixed.text).toContain("Python, TypeScript");
    expect(mixed.text).toContain("TYPESCRIPT");
    expect(mixed.text).not.toMatch(/[\u0000\u001b\u202e\u200b]/u);
  });

  it("refuses pages-5000.pdf as TOO_LARGE before reading its pages, quickly", async () => {
    const t = performance.now();
    await expect(extractResume(join(dir, "pages-5000.pdf"))).rejects.toMatchObject({ code: "TOO_LARGE", details: { pages: 5000, maxPages: 20 } });
    expect(performance.now() - t).toBeLessThan(3_000);
  });

  it("reads pages-5000.pdf when the caller raises maxPages past its page count", async () => {
    const doc = await extractResume(join(dir, "pages-5000.pdf"), { maxPages: 5000, timeoutMs: 60_000 });
    expect(doc.pageCount).toBe(5000);
  }, 60_000);
});

describe("generated hostile inputs", () => {
  it("a text resume of one 5,000,000-character line → report, truncated, fast", async () => {
    const { out, ms } = await outcome(new TextEncoder().encode("a".repeat(5_000_000)));
    expect(out.kind).toBe("report");
    if (out.kind === "report") {
      expect(out.text.length).toBe(200_000);
      expect(out.warnings).toContain("TEXT_TRUNCATED");
    }
    expect(ms).toBeLessThan(2_000);
  });

  it("an 11 MB file → TOO_LARGE before parsing", async () => {
    const { out, ms } = await outcome(new Uint8Array(11 * 1024 * 1024).fill(0x61));
    expect(out).toEqual({ kind: "error", code: "TOO_LARGE" });
    expect(ms).toBeLessThan(500);
  });

  it("a PDF of 500 pages → TOO_LARGE before reading every page", async () => {
    const t = performance.now();
    await expect(extractResume(makePdf(500))).rejects.toMatchObject({ code: "TOO_LARGE" });
    expect(performance.now() - t).toBeLessThan(3_000);
  });

  it("maxPages is configurable", async () => {
    await expect(extractResume(makePdf(8), { maxPages: 3 })).rejects.toMatchObject({ code: "TOO_LARGE" });
    const doc = await extractResume(makePdf(8), { maxPages: 8 });
    expect(doc.lines.map((l) => l.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
