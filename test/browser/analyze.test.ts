/**
 * `resume-ats/browser` in chromium (the built dist/browser/index.js): for the
 * same bytes and options it gives the same report as Node's `analyzeResume`,
 * byte for byte as JSON, for every PDF and DOCX of the synthetic dev corpus;
 * bad input gives the same typed errors; limits hold in the worker.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { analyzeResume } from "../../src/index.js";
import { formatJson } from "../../src/report/format-json.js";
import { SHARED } from "../shared-dir.js";
import { launchChromium, openLibraryPage, TEST_ORIGIN } from "../support/browser.js";

const SYNTHETIC = join(SHARED, "corpus/dev/synthetic");
const corpus = existsSync(SYNTHETIC) ? readdirSync(SYNTHETIC).filter((f) => /\.(pdf|docx)$/u.test(f)).sort() : [];
const BAD = join(SHARED, "bad-inputs");
const NOW = "2026-06-01T00:00:00.000Z";
const JOB = "fixtures/jobs/go-infra.md";

const files: Record<string, string> = Object.fromEntries(corpus.map((f) => [f, join(SYNTHETIC, f)]));
for (const f of ["encrypted-user-password.pdf", "image-only-scan.pdf", "legacy-word.doc", "zip-bomb.docx", "zip-bomb-lying-size.docx", "flate-bomb-content.pdf", "pages-5000.pdf", "truncated.docx", "xxe-billion-laughs.docx"]) files[f] = join(BAD, f);

let browser: Browser;
let page: Page;
let requests: string[];
let problems: string[];

/** The browser's report (as JSON text) or its error, for a file the page fetches from the test origin. */
async function inBrowser(name: string, options: Record<string, unknown>): Promise<{ json?: string; error?: { code: string; name: string; message: string } }> {
  return page.evaluate(
    async ({ name, options, now }) => {
      const ra = (window as unknown as { ra: typeof import("../../src/browser/index.js") }).ra;
      const bytes = new Uint8Array(await (await fetch(`/files/${encodeURIComponent(name)}`)).arrayBuffer());
      try {
        const report = await ra.analyzeResume(bytes, { ...options, now: new Date(now), file: name });
        return { json: ra.formatJson(report) };
      } catch (e) {
        const err = e as { code: string; name: string; message: string };
        return { error: { code: err.code, name: err.name, message: err.message } };
      }
    },
    { name, options, now: NOW },
  );
}

async function inNode(name: string, options: Record<string, unknown>): Promise<{ json?: string; error?: { code: string; name: string; message: string } }> {
  try {
    return { json: formatJson(await analyzeResume(files[name], { ...options, now: new Date(NOW), file: name })) };
  } catch (e) {
    const err = e as { code: string; name: string; message: string };
    return { error: { code: err.code, name: err.name, message: err.message } };
  }
}

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, requests, problems } = await openLibraryPage(browser, files));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.runIf(corpus.length > 0)("resume-ats/browser in chromium", () => {
  it("reads every PDF and DOCX of the synthetic corpus into the same report as Node (best fit, every role ranked)", async () => {
    expect(corpus.length).toBe(12);
    for (const f of corpus) {
      const [node, web] = [await inNode(f, {}), await inBrowser(f, {})];
      expect(node.error, f).toBeUndefined();
      expect(web.error, f).toBeUndefined();
      expect(web.json, f).toBe(node.json);
    }
  }, 300_000);

  it("gives the same report with a role, a level and a job description", async () => {
    const jobDescription = { text: readFileSync(JOB, "utf8") };
    for (const f of corpus) {
      const options = { role: "go-developer", level: "senior", jobDescription };
      const [node, web] = [await inNode(f, options), await inBrowser(f, options)];
      expect(web.error, f).toBeUndefined();
      expect(JSON.parse(web.json!).jobMatch, f).toBeDefined();
      expect(web.json, f).toBe(node.json);
    }
  }, 300_000);

  it("rejects bad files with the same typed error as Node, and bombs within the same limits", async () => {
    const cases: Array<[string, string]> = [
      ["encrypted-user-password.pdf", "ENCRYPTED_PDF"],
      ["image-only-scan.pdf", "NO_TEXT_LAYER"],
      ["legacy-word.doc", "UNSUPPORTED_FORMAT"],
      ["zip-bomb.docx", "TOO_LARGE"],
      // Its headers declare 2 KB for 64 MB of XML: an entry that does not inflate to its declared size is damaged (bad-inputs/manifest.json).
      ["zip-bomb-lying-size.docx", "CORRUPT_FILE"],
      ["flate-bomb-content.pdf", "TOO_LARGE"],
      ["pages-5000.pdf", "TOO_LARGE"],
      ["truncated.docx", "CORRUPT_FILE"],
      ["xxe-billion-laughs.docx", "CORRUPT_FILE"],
    ];
    for (const [f, code] of cases) {
      const [node, web] = [await inNode(f, { role: "backend-developer" }), await inBrowser(f, { role: "backend-developer" })];
      expect(node.error?.code, f).toBe(code);
      expect(web.error, f).toEqual(node.error);
    }
  }, 300_000);

  it("refuses a file over maxBytes before reading it, and accepts text, ArrayBuffer and Blob", async () => {
    const out = await page.evaluate(async () => {
      const ra = (window as unknown as { ra: typeof import("../../src/browser/index.js") }).ra;
      const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf");
      const tooLarge = await ra.analyzeResume(big).then(() => null, (e: { code: string; details: unknown }) => ({ code: e.code, details: e.details }));
      const text = "Dana Roe\ndana@example.com\n\nExperience\nBackend Engineer, Acme (2020 - Present)\n- Cut p95 latency of the Go API by 40% with Redis.\n\nSkills\nGo, PostgreSQL, Redis, Kafka, Docker";
      const fromText = await ra.analyzeText(text, { role: "go-developer" });
      const fromBuffer = await ra.analyzeResume(new TextEncoder().encode(text).buffer, { role: "go-developer" });
      const fromBlob = await ra.analyzeResume(new File([text], "cv.txt"), { role: "go-developer" });
      return { tooLarge, scores: [fromText.score.total, fromBuffer.score.total, fromBlob.score.total], file: fromBlob.file, path: await ra.analyzeResume("cv.pdf" as never).catch((e: { code: string }) => e.code) };
    });
    expect(out.tooLarge).toEqual({ code: "TOO_LARGE", details: { limit: "maxBytes", value: 10 * 1024 * 1024 + 1, max: 10 * 1024 * 1024 } });
    expect(new Set(out.scores).size).toBe(1);
    expect(out.scores[0]).toBeGreaterThan(0);
    expect(out.file).toBe("cv.txt");
    expect(out.path).toBe("INVALID_OPTIONS");
  });

  it("terminates the worker at timeoutMs, then serves the next call with a fresh one", async () => {
    const out = await page.evaluate(async () => {
      const ra = (window as unknown as { ra: typeof import("../../src/browser/index.js") }).ra;
      const bytes = new Uint8Array(await (await fetch("/files/nodejs-strong.pdf")).arrayBuffer());
      const timedOut = await ra.analyzeResume(bytes, { timeoutMs: 1 }).then(() => null, (e: { code: string }) => e.code);
      const after = await ra.analyzeResume(bytes, { role: "nodejs-developer" });
      return { timedOut, score: after.score.total };
    });
    expect(out.timedOut).toBe("TIMEOUT");
    expect(out.score).toBeGreaterThan(0);
  }, 120_000);

  it("stops at once when the signal fires", async () => {
    const code = await page.evaluate(async () => {
      const ra = (window as unknown as { ra: typeof import("../../src/browser/index.js") }).ra;
      const bytes = new Uint8Array(await (await fetch("/files/nodejs-strong.pdf")).arrayBuffer());
      const ac = new AbortController();
      const p = ra.analyzeResume(bytes, { signal: ac.signal });
      ac.abort();
      return p.then(() => null, (e: { code: string }) => e.code);
    });
    expect(code).toBe("ABORTED");
  });

  it("fetched nothing but its own test files, and logged no error", () => {
    expect(requests.every((u) => u.startsWith(`${TEST_ORIGIN}/`) || u.startsWith("blob:"))).toBe(true);
    expect(requests.filter((u) => u.startsWith(TEST_ORIGIN) && !u.startsWith(`${TEST_ORIGIN}/files/`))).toEqual([`${TEST_ORIGIN}/`, `${TEST_ORIGIN}/browser/index.js`]);
    expect(problems).toEqual([]);
  });
});
