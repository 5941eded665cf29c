import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";
import { expandGlob, expandPatterns, segmentRegExp } from "../../src/cli/glob.js";
import { loadConfig, mergeConfig } from "../../src/cli/config.js";
import { baselineEntry, compareBaseline, readBaseline, updateBaseline } from "../../src/cli/baseline.js";
import { useColor, validateFailOn } from "../../src/cli/commands/check.js";
import { runPool } from "../../src/cli/pool.js";
import { UsageError } from "../../src/cli/usage-error.js";
import type { ResumeReport } from "../../src/report/types.js";

const weak = JSON.parse(readFileSync(new URL("../../fixtures/reports/weak-backend.json", import.meta.url), "utf8")) as ResumeReport;
const tmp = (): string => mkdtempSync(path.join(tmpdir(), "resume-ats-cli-"));

describe("parseCliArgs", () => {
  it("parses check with every flag", () => {
    const c = parseCliArgs(["check", "a.pdf", "cv/*.docx", "--role", "backend-developer", "--level", "Senior", "--min-score", "70", "--fail-on", "missing-must-have,avoid", "--fail-on", "UNQUANTIFIED_BULLET", "-f", "sarif", "--no-color", "-j", "3", "--timeout", "5000", "--baseline", "b.json", "--update-baseline"]);
    expect(c).toEqual({
      kind: "check",
      patterns: ["a.pdf", "cv/*.docx"],
      flags: expect.objectContaining({ role: "backend-developer", level: "senior", minScore: 70, failOn: ["missing-must-have", "avoid", "UNQUANTIFIED_BULLET"], format: "sarif", color: false, concurrency: 3, timeout: 5000, baseline: "b.json", updateBaseline: true }),
    });
  });
  it("treats bare files as check, and knows the other commands", () => {
    expect(parseCliArgs(["cv.pdf"])).toMatchObject({ kind: "check", patterns: ["cv.pdf"] });
    expect(parseCliArgs(["roles"])).toEqual({ kind: "roles", format: "text" });
    expect(parseCliArgs(["explain", "backend-developer", "--level", "lead"])).toMatchObject({ kind: "explain", role: "backend-developer", level: "lead" });
    expect(parseCliArgs(["init"])).toEqual({ kind: "init", force: false });
    expect(parseCliArgs(["--version"])).toEqual({ kind: "version" });
    expect(parseCliArgs(["x.pdf", "-h"])).toEqual({ kind: "help" });
  });
  it("rejects bad values with a UsageError", () => {
    expect(() => parseCliArgs(["a.pdf", "--min-score", "abc"])).toThrow(UsageError);
    expect(() => parseCliArgs(["a.pdf", "--min-score", "101"])).toThrow(/between 0 and 100/);
    expect(() => parseCliArgs(["a.pdf", "--format", "xml"])).toThrow(/--format must be one of/);
    expect(() => parseCliArgs(["a.pdf", "--level", "intern"])).toThrow(/--level/);
    expect(() => parseCliArgs(["a.pdf", "--bogus"])).toThrow(UsageError);
    expect(() => parseCliArgs(["explain"])).toThrow(/needs a role id/);
    expect(() => parseCliArgs(["a.pdf", "--update-baseline"])).toThrow(/needs --baseline/);
    expect(() => validateFailOn(["missing-must-have", "WEAK_OPENING"])).not.toThrow();
    expect(() => validateFailOn(["typo-rule"])).toThrow(/unknown rule "typo-rule"/);
  });
});

describe("glob", () => {
  const root = tmp();
  for (const f of ["a.pdf", "b.docx", "c.pdf.bak", "sub/d.pdf", "sub/deep/e.pdf", "sub/deep/f.txt", ".hidden/g.pdf", "node_modules/h.pdf", "x1.pdf", "x22.pdf"]) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), "x");
  }
  it("compiles segments", () => {
    expect(segmentRegExp("*.pdf").test("a.pdf")).toBe(true);
    expect(segmentRegExp("*.pdf").test("a.pdf.bak")).toBe(false);
    expect(segmentRegExp("x?.pdf").test("x1.pdf")).toBe(true);
    expect(segmentRegExp("x?.pdf").test("x22.pdf")).toBe(false);
    expect(segmentRegExp("[ab].*").test("b.docx")).toBe(true);
    expect(segmentRegExp("a+b(1).pdf").test("a+b(1).pdf")).toBe(true);
  });
  it("expands *, ?, ** in sorted order, skipping dot folders and node_modules under **", async () => {
    expect(await expandGlob("*.pdf", root)).toEqual(["a.pdf", "x1.pdf", "x22.pdf"]);
    expect(await expandGlob("x?.pdf", root)).toEqual(["x1.pdf"]);
    expect(await expandGlob("**/*.pdf", root)).toEqual(["a.pdf", "sub/d.pdf", "sub/deep/e.pdf", "x1.pdf", "x22.pdf"]);
    expect(await expandGlob("sub/**/*.pdf", root)).toEqual(["sub/d.pdf", "sub/deep/e.pdf"]);
    expect(await expandGlob("./sub/*", root)).toEqual(["./sub/d.pdf"]);
    expect(await expandGlob(`${root}/sub/deep/*.pdf`, "/")).toEqual([`${root}/sub/deep/e.pdf`]);
  });
  it("keeps plain paths, drops duplicates and reports globs matching nothing", async () => {
    const r = await expandPatterns(["missing.pdf", "*.pdf", "a.pdf", "*.odt"], root);
    expect(r.files).toEqual(["missing.pdf", "a.pdf", "x1.pdf", "x22.pdf"]);
    expect(r.unmatched).toEqual(["*.odt"]);
  });
});

describe("config", () => {
  it("reads resume-ats.config.json, validates it, and lets flags win", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ files: "cv.pdf", role: "backend-developer", minScore: 60, failOn: "avoid,missing-must-have", format: "github" }));
    const { config, source } = await loadConfig(dir);
    expect(source).toBe("resume-ats.config.json");
    expect(config).toEqual({ files: ["cv.pdf"], role: "backend-developer", minScore: 60, failOn: ["avoid", "missing-must-have"], format: "github" });
    const m = mergeConfig({ minScore: 80 }, [], config);
    expect(m.patterns).toEqual(["cv.pdf"]);
    expect(m.flags).toMatchObject({ minScore: 80, role: "backend-developer", format: "github" });
    expect(mergeConfig({}, ["other.pdf"], config).patterns).toEqual(["other.pdf"]);
  });
  it("reads package.json#resume-ats and rejects unknown keys and bad values", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "x", "resume-ats": { role: "api-developer" } }));
    expect((await loadConfig(dir)).config).toEqual({ role: "api-developer" });
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ minScore: 150 }));
    await expect(loadConfig(dir)).rejects.toThrow(/invalid config at minScore/);
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ rol: "x" }));
    await expect(loadConfig(dir)).rejects.toThrow(UsageError);
    expect((await loadConfig(tmp())).source).toBeNull();
  });
});

describe("baseline", () => {
  it("records score, must-haves and error hints, and finds regressions only", () => {
    const dir = tmp();
    const file = path.join(dir, "base.json");
    updateBaseline(file, [{ key: "cv.pdf", report: weak }]);
    const b = readBaseline(file);
    expect(b["cv.pdf"]).toEqual({ score: 52, mustHaveFound: ["any:a backend language", "git", "postgresql"], errorHints: [{ code: "MISSING_MUST_HAVE", line: null }, { code: "MISSING_MUST_HAVE", line: null }, { code: "MISSING_MUST_HAVE", line: null }, { code: "WEAK_OPENING", line: 12 }] });
    expect(compareBaseline(b, [{ key: "cv.pdf", report: weak }])).toEqual([]);
    // better: no regression; lines moved: no regression
    const better = structuredClone(weak);
    better.score.total = 60;
    better.hints = better.hints.map((h) => (h.line ? { ...h, line: h.line + 3 } : h));
    expect(compareBaseline(b, [{ key: "cv.pdf", report: better }])).toEqual([]);
    // worse on all three counts
    const worse = structuredClone(weak);
    worse.score.total = 47.5;
    worse.keywords.mustHave.found = worse.keywords.mustHave.found.filter((k) => k.id !== "git");
    worse.hints.push({ code: "WEAK_OPENING", severity: "error", message: "x", line: 20, url: "" });
    const regs = compareBaseline(b, [{ key: "cv.pdf", report: worse }, { key: "new.pdf", report: worse }]);
    expect(regs.map((r) => r.kind)).toEqual(["score", "must-have", "error-hint"]);
    expect(regs[0].message).toBe("score dropped from 52 to 47.5");
    expect(regs[2].message).toBe("new WEAK_OPENING error hint (1 → 2, lines 12, 20)");
    expect(baselineEntry(worse).mustHaveFound).not.toContain("git");
  });
});

describe("useColor", () => {
  it("is off with NO_COLOR or --no-color, on with --color or a TTY", () => {
    expect(useColor({}, { NO_COLOR: "1" }, true)).toBe(false);
    expect(useColor({ color: true }, { NO_COLOR: "1" }, true)).toBe(false);
    expect(useColor({ color: false }, {}, true)).toBe(false);
    expect(useColor({}, {}, true)).toBe(true);
    expect(useColor({}, {}, false)).toBe(false);
    expect(useColor({ color: true }, {}, false)).toBe(true);
  });
});

describe("runPool", () => {
  it("keeps input order, times out slow tasks and survives a crashing worker", async () => {
    const dir = tmp();
    const worker = path.join(dir, "w.mjs");
    writeFileSync(
      worker,
      `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, task }) => {
  if (task === "crash") process.exit(3);
  if (task === "hang") { const end = Date.now() + 5000; while (Date.now() < end) {} }
  if (task === "fail") return parentPort.postMessage({ id, ok: false, error: { code: "CORRUPT_FILE", message: "bad" } });
  setTimeout(() => parentPort.postMessage({ id, ok: true, value: task.toUpperCase() }), task === "slowish" ? 60 : 1);
});`,
    );
    const seen: number[] = [];
    const out = await runPool<string, string>(["slowish", "a", "crash", "hang", "fail", "b"], {
      workerUrl: new URL(`file://${worker}`),
      concurrency: 2,
      timeoutMs: 1000,
      onSettled: (done) => seen.push(done),
    });
    expect(out).toEqual([
      { ok: true, value: "SLOWISH" },
      { ok: true, value: "A" },
      { ok: false, error: { code: "INTERNAL_ERROR", message: "The worker exited (code 3) before answering." } },
      { ok: false, error: { code: "TIMEOUT", message: "The analysis took longer than 1000 ms and was stopped." } },
      { ok: false, error: { code: "CORRUPT_FILE", message: "bad" } },
      { ok: true, value: "B" },
    ]);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
