import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/args.js";
import { expandGlob, expandPatterns, hasGlob } from "../../src/cli/glob.js";
import { loadConfig, mergeConfig } from "../../src/cli/config.js";
import { baselineEntry, compareBaseline, readBaseline, updateBaseline } from "../../src/cli/baseline.js";
import { useColor, validateFailOn } from "../../src/cli/commands/check.js";
import { runBatch, errorInfo } from "../../src/cli/batch.js";
import type { CliApi } from "../../src/cli/api.js";
import { FileOutput, guardStream, InOrder, OutputError } from "../../src/cli/output-stream.js";
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
  it("tells globs from plain paths as tinyglobby does", async () => {
    for (const p of ["*.pdf", "x?.pdf", "[ab].*", "**/*.pdf", "{a,b}.pdf", "cv/*.docx"]) expect(await hasGlob(p), p).toBe(true);
    for (const p of ["a.pdf", "cv/jane-doe.pdf", "-", "./résumé 2024.pdf"]) expect(await hasGlob(p), p).toBe(false);
  });
  it("expands *, ?, ** in sorted order, skipping dot folders and node_modules under **", async () => {
    expect(await expandGlob("*.pdf", root)).toEqual(["a.pdf", "x1.pdf", "x22.pdf"]);
    expect(await expandGlob("x?.pdf", root)).toEqual(["x1.pdf"]);
    expect(await expandGlob("**/*.pdf", root)).toEqual(["a.pdf", "sub/d.pdf", "sub/deep/e.pdf", "x1.pdf", "x22.pdf"]);
    expect(await expandGlob("sub/**/*.pdf", root)).toEqual(["sub/d.pdf", "sub/deep/e.pdf"]);
    expect(await expandGlob("./sub/*", root)).toEqual(["./sub/d.pdf"]);
    expect(await expandGlob(`${root}/sub/deep/*.pdf`, "/")).toEqual([`${root}/sub/deep/e.pdf`]);
    expect(await expandGlob("../x*.pdf", path.join(root, "sub"))).toEqual(["../x1.pdf", "../x22.pdf"]);
  });
  it("expands braces and negated classes, and enters dot folders and node_modules only when named", async () => {
    expect(await expandGlob("{a,x1}.pdf", root)).toEqual(["a.pdf", "x1.pdf"]);
    expect(await expandGlob("x[!1]*.pdf", root)).toEqual(["x22.pdf"]);
    expect(await expandGlob(".hidden/*.pdf", root)).toEqual([".hidden/g.pdf"]);
    expect(await expandGlob("node_modules/*.pdf", root)).toEqual(["node_modules/h.pdf"]);
    // A folder name is a folder, not "folder/**".
    expect(await expandGlob("su[b]", root)).toEqual([]);
  });
  it("lists a file reached through a symlink once, and follows linked folders without looping", async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, "cv"));
    writeFileSync(path.join(dir, "cv", "a.pdf"), "x");
    symlinkSync(path.join(dir, "cv", "a.pdf"), path.join(dir, "latest.pdf"));
    symlinkSync(dir, path.join(dir, "cv", "loop"));
    const r = await expandPatterns(["**/*.pdf", "cv/a.pdf"], dir);
    expect(r.files).toEqual(["cv/a.pdf"]);
  });
  it("keeps plain paths, drops duplicates and reports globs matching nothing", async () => {
    const r = await expandPatterns(["missing.pdf", "*.pdf", "a.pdf", "*.odt"], root);
    expect(r.files).toEqual(["missing.pdf", "a.pdf", "x1.pdf", "x22.pdf"]);
    expect(r.unmatched).toEqual(["*.odt"]);
  });
  it("takes an existing path as a file first and a glob second (brackets in a real name)", async () => {
    // Issue 18 #4: "CV [final].pdf" was read as a pattern for "CV f.pdf" etc.: "no file matches".
    const dir = tmp();
    writeFileSync(path.join(dir, "CV [final].pdf"), "x");
    writeFileSync(path.join(dir, "CV f.pdf"), "x");
    writeFileSync(path.join(dir, "what?.pdf"), "x");
    const r = await expandPatterns(["CV [final].pdf", path.join(dir, "what?.pdf")], dir);
    expect(r.files).toEqual(["CV [final].pdf", path.join(dir, "what?.pdf")]);
    expect(r.unmatched).toEqual([]);
    // A name that does not exist is still a glob.
    expect((await expandPatterns(["CV [f]*.pdf"], dir)).files).toEqual(["CV f.pdf"]);
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
  it("records score, must-haves and error hints, and finds regressions only", async () => {
    const dir = tmp();
    const file = path.join(dir, "base.json");
    await updateBaseline(file, [{ key: "cv.pdf", report: weak }]);
    const b = await readBaseline(file);
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
  it("refuses hostile baselines with one UsageError naming the file and the place", async () => {
    // Issue 18 #5: a null inside a baseline gave "internal error: TypeError" with a stack trace.
    const dir = tmp();
    const cases: Array<[string, RegExp]> = [
      ['{"x":{"score":1,"mustHaveFound":[],"errorHints":[null]}}', /entry "x" → errorHints\[0\]/],
      ['{"x":null}', /entry "x"/],
      ['{"x":{"score":"high","mustHaveFound":[],"errorHints":[]}}', /entry "x" → score/],
      ['{"x":{"score":1,"mustHaveFound":[null],"errorHints":[]}}', /entry "x" → mustHaveFound\[0\]/],
      ['{"x":{"score":1,"mustHaveFound":[],"errorHints":[{"code":7}]}}', /errorHints\[0\]\.code/],
      ["[1,2]", /a baseline is a JSON object/],
      ["null", /a baseline is a JSON object/],
      ["{not json", /cannot read baseline/],
      ["[".repeat(200_000), /cannot read baseline|a baseline is a JSON object/],
    ];
    for (const [text, message] of cases) {
      const file = path.join(dir, "b.json");
      writeFileSync(file, text);
      const err = await readBaseline(file).then(() => null, (e: unknown) => e);
      expect(err, text.slice(0, 60)).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toContain("\n");
    }
  });
  it("a __proto__ key pollutes nothing", async () => {
    const file = path.join(tmp(), "b.json");
    writeFileSync(file, '{"__proto__":{"score":3,"mustHaveFound":[],"errorHints":[]},"cv.pdf":{"score":4,"mustHaveFound":[],"errorHints":[]}}');
    const b = await readBaseline(file);
    expect(Object.getPrototypeOf(b)).toBeNull();
    expect(b["cv.pdf"].score).toBe(4);
    expect(({} as Record<string, unknown>).score).toBeUndefined();
    expect(compareBaseline(b, [{ key: "toString", report: weak }])).toEqual([]);
  });
});

describe("useColor", () => {
  it("is off with NO_COLOR or --no-color, on with --color or a TTY", () => {
    expect(useColor({}, { NO_COLOR: "1" }, true)).toBe(false);
    expect(useColor({ color: false }, {}, true)).toBe(false);
    expect(useColor({}, {}, true)).toBe(true);
    expect(useColor({}, {}, false)).toBe(false);
    expect(useColor({ color: true }, {}, false)).toBe(true);
    // no-color.org: an empty NO_COLOR is unset; a flag given for this run overrides it.
    expect(useColor({}, { NO_COLOR: "" }, true)).toBe(true);
    expect(useColor({ color: true }, { NO_COLOR: "1" }, true)).toBe(true);
    expect(useColor({}, { TERM: "dumb" }, true)).toBe(false);
    expect(useColor({ output: "r.txt" }, {}, true)).toBe(false);
  });
  it("follows FORCE_COLOR: on when set (even piped, even with NO_COLOR), off for 0 or false, ignored when empty", () => {
    expect(useColor({}, { FORCE_COLOR: "1" }, false)).toBe(true);
    expect(useColor({}, { FORCE_COLOR: "3", NO_COLOR: "1" }, false)).toBe(true);
    expect(useColor({}, { FORCE_COLOR: "0" }, true)).toBe(false);
    expect(useColor({}, { FORCE_COLOR: "false" }, true)).toBe(false);
    expect(useColor({}, { FORCE_COLOR: "" }, false)).toBe(false);
    expect(useColor({ color: false }, { FORCE_COLOR: "1" }, true)).toBe(false);
  });
});

describe("results in input order", () => {
  it("InOrder hands values over in index order as soon as each and all before it are in", () => {
    const out: string[] = [];
    const o = new InOrder<string>((v, i) => out.push(`${i}:${v}`));
    o.put(2, "c");
    o.put(1, "b");
    expect(out).toEqual([]);
    expect(o.held).toBe(2);
    o.put(0, "a");
    expect(out).toEqual(["0:a", "1:b", "2:c"]);
    o.put(3, "d");
    expect(out).toEqual(["0:a", "1:b", "2:c", "3:d"]);
    expect(o.emitted).toBe(4);
  });

  /** A stand-in API whose files finish in a chosen order. */
  function fakeApi(delays: Record<string, number>, started: string[] = []): CliApi {
    return {
      analyzeResume: (input, options) => {
        started.push(String(options.file));
        return new Promise((resolve, reject) => {
          setTimeout(() => {
            if (String(options.file).startsWith("bad")) reject(Object.assign(new Error("broken"), { code: "CORRUPT_FILE" }));
            else resolve({ file: options.file } as unknown as ResumeReport);
          }, delays[String(options.file)] ?? 1);
        });
      },
      configureWorkerPool: () => ({ size: 2 }),
      workerPoolConfig: () => ({ size: 2 }),
      runFidelityCommand: async () => 0,
    } as CliApi;
  }

  it("runBatch: rows in input order as they finish, error rows, and a bound on files started ahead", async () => {
    const files = ["slow.pdf", "a.pdf", "bad.pdf", "b.pdf", "c.pdf", "d.pdf"];
    const seen: string[] = [];
    const started: string[] = [];
    let maxAhead = 0;
    const rows = await runBatch(fakeApi({ "slow.pdf": 80 }, started), files, {
      cwd: "/",
      options: {},
      timeoutMs: 1000,
      maxAhead: 3,
      onRow: (row, i) => {
        seen.push(`${i}:${"error" in row ? row.error.code : (row as unknown as { file: string }).file}`);
        maxAhead = Math.max(maxAhead, started.length - seen.length);
      },
    });
    expect(seen).toEqual(["0:slow.pdf", "1:a.pdf", "2:CORRUPT_FILE", "3:b.pdf", "4:c.pdf", "5:d.pdf"]);
    expect(rows.map((r) => ("error" in r ? r.file : (r as unknown as { file: string }).file))).toEqual(files);
    // While slow.pdf held the line, at most 3 files were started but not handed over.
    expect(maxAhead).toBeLessThanOrEqual(3);
  });

  it("runBatch: with keepRows false every row is handed over in order and none is kept", async () => {
    const files = ["slow.pdf", "a.pdf", "bad.pdf", "b.pdf"];
    const seen: string[] = [];
    const rows = await runBatch(fakeApi({ "slow.pdf": 40 }), files, {
      cwd: "/",
      options: {},
      timeoutMs: 1000,
      maxAhead: 3,
      keepRows: false,
      onRow: (row, i) => seen.push(`${i}:${"error" in row ? row.error.code : (row as unknown as { file: string }).file}`),
    });
    expect(seen).toEqual(["0:slow.pdf", "1:a.pdf", "2:CORRUPT_FILE", "3:b.pdf"]);
    expect(rows).toEqual([]);
  });

  it("runBatch: an output failure stops the batch and is rethrown", async () => {
    const started: string[] = [];
    const files = Array.from({ length: 40 }, (_, i) => `f${i}.pdf`);
    let n = 0;
    const err = await runBatch(fakeApi({}, started), files, {
      cwd: "/",
      options: {},
      timeoutMs: 1000,
      maxAhead: 4,
      onRow: () => {
        if (++n === 2) throw new OutputError("cannot write to stdout: EPIPE");
      },
    }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect(started.length).toBeLessThan(files.length);
  });

  it("errorInfo keeps library codes and maps fs errors", () => {
    expect(errorInfo(Object.assign(new Error("x"), { code: "TIMEOUT" }))).toEqual({ code: "TIMEOUT", message: "x" });
    expect(errorInfo(Object.assign(new Error("no such file"), { code: "ENOENT" })).code).toBe("FILE_NOT_FOUND");
    expect(errorInfo("weird")).toEqual({ code: "INTERNAL_ERROR", message: "weird" });
  });
});

describe("output failures", () => {
  it("guardStream turns a stream's asynchronous error into one OutputError, and later writes throw it", async () => {
    const { EventEmitter } = await import("node:events");
    const stream = Object.assign(new EventEmitter(), { write: (_s: string, cb?: (e?: Error | null) => void) => (cb?.(null), true) });
    const g = guardStream(stream, "stdout");
    const failures: string[] = [];
    g.onFailure((e) => failures.push(e.message));
    g.write("ok");
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(failures).toEqual(["cannot write to stdout: EPIPE (the reading end of the pipe was closed)"]);
    expect(() => g.write("more")).toThrow(OutputError);
    expect(g.failure()?.message).toContain("EPIPE");
  });

  it("FileOutput: a full disk or a bad path is an OutputError; rewrite() replaces what was written", () => {
    expect(() => new FileOutput(path.join(tmp(), "no", "such", "dir", "out.json"))).toThrow(/cannot write to .*ENOENT/);
    const full = new FileOutput("/dev/full");
    expect(full.regular).toBe(false);
    expect(() => full.write("x".repeat(10_000))).toThrow(/ENOSPC \(no space left on the device\)/);
    expect(() => full.rewrite("x")).toThrow(/ENOSPC/); // a device is appended to, never truncated or replaced
    full.close();
    const file = path.join(tmp(), "out.txt");
    const out = new FileOutput(file);
    out.write("part 1\n");
    expect(readFileSync(file, "utf8")).toBe("part 1\n");
    out.write("part 2\n");
    out.rewrite("whole\n");
    expect(readFileSync(file, "utf8")).toBe("whole\n");
    out.close();
  });
});
