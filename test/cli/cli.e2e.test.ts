/**
 * End-to-end: spawns the BUILT CLI (`dist/cli.js`, from `npm run build`) on
 * real corpus files.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { SHARED } from "../shared-dir.js";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const cli = path.join(root, "dist/cli.js");
const synthetic = `${SHARED}/corpus/dev/synthetic`;
const pdfA = path.join(synthetic, "nodejs-strong.pdf");
const pdfB = path.join(synthetic, "java-vague.pdf");
const docx = path.join(synthetic, "api-developer-mixed.docx");
const legacy = `${SHARED}/bad-inputs/legacy-word.doc`;
const ROLE = "backend-developer";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: opts.cwd ?? root, env: { ...process.env, NO_COLOR: "", FORCE_COLOR: undefined, ...opts.env }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : 99) : 0;
      resolve({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

const tmp = (): string => mkdtempSync(path.join(tmpdir(), "resume-ats-e2e-"));

describe("built CLI: fast paths", () => {
  it("has been built", () => {
    expect(existsSync(cli)).toBe(true);
  });
  it("--help and --version exit 0 without loading the library", async () => {
    const h = await run(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^resume-ats: score a resume/);
    expect(h.stdout).toContain("--fail-on");
    const v = await run(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version);
    // the bundle itself never statically imports a parser, zod or NLP code
    const head = readFileSync(cli, "utf8");
    expect(head).not.toMatch(/^import .* from "(pdf-parse|mammoth|compromise|zod|natural)[^"]*";$/m);
  });
  it("exits 2 with a one-line message on a usage error", async () => {
    for (const args of [["--bogus"], ["a.pdf", "--min-score", "x"], ["nothing-matches-*.pdf"], []]) {
      const r = await run(args, { cwd: tmp() });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^resume-ats: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe("");
    }
  });
  it("lists roles and explains one", async () => {
    const r = await run(["roles"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ROLE\s+TITLE\s+MUST-HAVE\s+STRONG/);
    expect(r.stdout).toContain(ROLE);
    const e = await run(["explain", ROLE, "--level", "senior"]);
    expect(e.code).toBe(0);
    expect(e.stdout).toMatch(/Must-have \(\d+\)/);
    const u = await run(["explain", "no-such-role"]);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/^resume-ats: UNKNOWN_ROLE: Unknown role "no-such-role"/);
  });
  it("init writes the config and workflow once, then refuses to overwrite", async () => {
    const dir = tmp();
    const a = await run(["init"], { cwd: dir });
    expect(a.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "resume-ats.config.json"), "utf8")).role).toBe(ROLE);
    expect(readFileSync(path.join(dir, ".github/workflows/resume-ats.yml"), "utf8")).toContain("actions/setup-node@v4");
    const b = await run(["init"], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("not overwriting");
  });
});

describe("built CLI: analysis", () => {
  it("rejects a legacy .doc with exit 2 and the typed error code", async () => {
    const r = await run([legacy, "--role", ROLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^resume-ats: ${legacy.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: UNSUPPORTED_FORMAT: .+`, "m"));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it("--format json prints exactly analyzeResume's report", async () => {
    const r = await run([pdfA, "--role", ROLE, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const { analyzeResume } = await import("../../src/analyze/index.js");
    const expected = await analyzeResume(pdfA, { role: ROLE, file: pdfA, timeoutMs: 15_000, isolate: false });
    expect(r.stdout).toBe(JSON.stringify(expected, null, 2) + "\n");
  });
  it("runs a batch on the pool: input order, error rows, exit 2, nothing else on stdout", async () => {
    const r = await run([pdfB, legacy, docx, pdfA, "--role", ROLE, "--format", "json", "-j", "2"]);
    expect(r.code).toBe(2);
    const rows = JSON.parse(r.stdout) as Array<{ file: string; error?: { code: string }; score?: { total: number } }>;
    expect(rows.map((x) => x.file)).toEqual([pdfB, legacy, docx, pdfA]);
    expect(rows[1].error?.code).toBe("UNSUPPORTED_FORMAT");
    for (const i of [0, 2, 3]) expect(typeof rows[i].score?.total).toBe("number");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
  it("prints a batch's JSON rows as they are, also when a value holds a line separator (U+2028)", async () => {
    const dir = tmp();
    const names = ["plain.txt", "line\u2028separator.txt"];
    for (const n of names) writeFileSync(path.join(dir, n), "Jane Doe\njane@example.com\n\nSkills\nNode.js, PostgreSQL, Docker\n");
    const r = await run([...names, "--role", ROLE, "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ file: string }>;
    expect(rows.map((x) => x.file)).toEqual(names);
    // the array is pretty-printed as JSON.stringify prints it, element by element as files finish
    expect(r.stdout).toBe(JSON.stringify(rows, null, 2) + "\n");
  });
  it("exits 1 below --min-score and 0 at or above it; text output names the score", async () => {
    const json = JSON.parse((await run([pdfA, "--role", ROLE, "--json"])).stdout) as { score: { total: number } };
    const low = await run([pdfA, "--role", ROLE, "--min-score", String(Math.min(100, Math.floor(json.score.total) + 1))]);
    expect(low.code).toBe(json.score.total >= 100 ? 0 : 1);
    expect(low.stdout).toContain(`${json.score.total}/100`);
    expect(low.stdout).not.toMatch(/\u001b\[/);
    const ok = await run([pdfA, "--role", ROLE, "--min-score", String(Math.floor(json.score.total))]);
    expect(ok.code).toBe(0);
  });
  it("colors text as FORCE_COLOR, NO_COLOR and --color / --no-color say, when piped", async () => {
    const json = path.join(root, "fixtures/jsonresume/sample.resume.json");
    const ansi = /\u001b\[\d+m/;
    expect((await run([json])).stdout).not.toMatch(ansi);
    expect((await run([json], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ansi);
    expect((await run([json], { env: { FORCE_COLOR: "0" } })).stdout).not.toMatch(ansi);
    expect((await run([json, "--color"], { env: { NO_COLOR: "1" } })).stdout).toMatch(ansi);
    expect((await run([json, "--no-color"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ansi);
  });
  it("prints github, junit and sarif that parse", async () => {
    const gh = await run([pdfB, "--role", ROLE, "--format", "github"]);
    const lines = gh.stdout.trimEnd().split("\n");
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^::(error|warning|notice) file=[^,]+(,line=\d+)?(,endLine=\d+)?(,col=\d+)?(,endColumn=\d+)?,title=[^,:]+::\S/);
    // hints with a place on one line carry its columns
    expect(lines.some((l) => /,line=\d+,col=\d+,endColumn=\d+,title=/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^resume-ats: 1 file/);
    const ju = await run([pdfB, docx, "--role", ROLE, "--format", "junit", "--fail-on", "missing-must-have"]);
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) } }).parseFromString(ju.stdout, "text/xml");
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName("testsuite").length).toBe(2);
    const sarif = JSON.parse((await run([pdfB, "--role", ROLE, "--format", "sarif"])).stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].tool.driver.name).toBe("resume-ats");
  });
  it("refuses an unknown --fail-on code with the closest one, and takes rules from the config", async () => {
    const bad = await run([pdfB, "--role", ROLE, "--fail-on", "UNQUANTIFIED_BULLETS"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^resume-ats: --fail-on: unknown rule "UNQUANTIFIED_BULLETS"\. Did you mean UNQUANTIFIED_BULLET\?/);
    const dir = tmp();
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ role: ROLE, format: "json", rules: { UNQUANTIFIED_BULLET: "off", MISSING_CONTACT: "info" } }));
    const withRules = JSON.parse((await run([pdfB], { cwd: dir })).stdout) as { hints: Array<{ code: string; severity: string }>; score: { total: number } };
    const plain = JSON.parse((await run([pdfB, "--role", ROLE, "--json"])).stdout) as typeof withRules;
    expect(plain.hints.some((h) => h.code === "UNQUANTIFIED_BULLET")).toBe(true);
    expect(withRules.hints.some((h) => h.code === "UNQUANTIFIED_BULLET")).toBe(false);
    expect(withRules.hints.filter((h) => h.code === "MISSING_CONTACT").every((h) => h.severity === "info")).toBe(true);
    expect(withRules.score).toEqual(plain.score);
  });
  it("fails only on regressions against a baseline", async () => {
    const dir = tmp();
    const base = path.join(dir, "baseline.json");
    const w = await run([pdfA, "--role", ROLE, "--baseline", base, "--update-baseline"]);
    expect(w.code).toBe(0);
    const b = JSON.parse(readFileSync(base, "utf8")) as Record<string, { score: number; mustHaveFound: string[] }>;
    const key = Object.keys(b)[0];
    expect(key).toBe(path.relative(root, pdfA));
    expect((await run([pdfA, "--role", ROLE, "--baseline", base])).code).toBe(0);
    b[key].score += 5;
    b[key].mustHaveFound.push("made-up-skill");
    writeFileSync(base, JSON.stringify(b));
    const r = await run([pdfA, "--role", ROLE, "--baseline", base]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/regression: score dropped from/);
    expect(r.stderr).toMatch(/regression: must-have "made-up-skill" is no longer found/);
  });
});

describe("built CLI: the writing rules", () => {
  const resume = [
    "Jane Doe",
    "jane.doe@example.com | +1 555 010 0000",
    "",
    "Experience",
    "Backend Engineer, Acme Corp | Jan 2021 – Present",
    "• Migrated 40 services to Kubernetes, cutting deploy time by 60%",
    "Developer, Initech | Mar 2016 – Dec 2020",
    "• Build and maintain the billing API for 3 mobile apps",
    "",
    "Skills",
    "Go, Kubernetes",
    "",
  ].join("\n");
  it("are on in the Markdown output and with --writing, off in text and JSON unless asked or configured", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "cv.txt"), resume);
    const text = await run(["cv.txt", "--role", ROLE, "--format", "text"], { cwd: dir });
    expect(text.stdout).not.toContain("VERB_TENSE");
    expect((await run(["cv.txt", "--role", ROLE, "--format", "text", "--writing"], { cwd: dir })).stdout).toContain("VERB_TENSE");
    const md = await run(["cv.txt", "--role", ROLE, "--format", "markdown"], { cwd: dir });
    expect(md.stdout).toContain("VERB_TENSE");
    expect((await run(["cv.txt", "--role", ROLE, "--format", "markdown", "--no-writing"], { cwd: dir })).stdout).not.toContain("VERB_TENSE");
    const json = JSON.parse((await run(["cv.txt", "--role", ROLE, "--format", "json"], { cwd: dir })).stdout);
    expect(json.hints.map((h: { code: string }) => h.code)).not.toContain("VERB_TENSE");
    // the user's config wins: off stays off even with --writing; on in JSON
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ rules: { VERB_TENSE: "off" } }));
    expect((await run(["cv.txt", "--role", ROLE, "--format", "text", "--writing"], { cwd: dir })).stdout).not.toContain("VERB_TENSE");
    writeFileSync(path.join(dir, "resume-ats.config.json"), JSON.stringify({ rules: { VERB_TENSE: "on" } }));
    const on = JSON.parse((await run(["cv.txt", "--role", ROLE, "--format", "json"], { cwd: dir })).stdout);
    expect(on.hints.map((h: { code: string }) => h.code)).toContain("VERB_TENSE");
  });
});
