/**
 * End-to-end faults of the BUILT CLI (issue 18): closed pipes, full disks,
 * bracketed file names, hostile baselines, and batches killed half-way.
 * Every failure must be one line on stderr and exit code 2, never a stack.
 */
import { execFile, spawn } from "node:child_process";
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SHARED } from "../shared-dir.js";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const cli = path.join(root, "dist/cli.js");
const synthetic = `${SHARED}/corpus/dev/synthetic`;
const minimal = `${SHARED}/bad-inputs/valid-minimal.pdf`;
const pdfs = ["nodejs-strong", "java-vague", "api-developer-mixed", "dba-two-column", "devops-table-skills", "python-django-docx"].map((n) => `${synthetic}/${n}.pdf`);
const tmp = (): string => mkdtempSync(path.join(tmpdir(), "resume-ats-faults-"));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: opts.cwd ?? root, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined }, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** One line, naming what failed, and no stack frame. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("built CLI: output failures", () => {
  it("has been built", () => {
    expect(existsSync(cli)).toBe(true);
  });

  it("a reader that closes the pipe (| head -c 100): one line, exit 2, and the batch stops", async () => {
    // Issue 18 #3: a stack trace and exit 1 (the "gate failed" code).
    const files = Array.from({ length: 8 }, () => pdfs).flat();
    const dir = tmp();
    // Distinct paths, so the CLI does not drop repeats: copies.
    const many = files.map((f, i) => {
      const p = path.join(dir, `${i}-${path.basename(f)}`);
      copyFileSync(f, p);
      return p;
    });
    const child = spawn(process.execPath, [cli, ...many, "--format", "json", "-j", "1"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let got = 0;
    child.stdout.on("data", (d: Buffer) => {
      got += d.length;
      if (got >= 100) child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(code).toBe(2);
    expectOneLine(stderr, /^resume-ats: cannot write to stdout: EPIPE \(the reading end of the pipe was closed\)$/);
  });

  it("a full disk on stdout or --output: one line, exit 2", async () => {
    const fd = openSync("/dev/full", "w");
    try {
      const child = spawn(process.execPath, [cli, minimal, "--format", "json"], { stdio: ["ignore", fd, "pipe"] });
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
      expect(code).toBe(2);
      expectOneLine(stderr, /^resume-ats: cannot write to stdout: ENOSPC/);
    } finally {
      closeSync(fd);
    }
    for (const args of [[minimal], [minimal, pdfs[0], "--format", "ndjson"], [minimal, pdfs[0], "--format", "sarif"]]) {
      const r = await run([...args, "--output", "/dev/full"]);
      expect(r.code, args.join(" ")).toBe(2);
      expectOneLine(r.stderr, /^resume-ats: cannot write to \/dev\/full: ENOSPC \(no space left on the device\)$/);
    }
    const bad = await run([minimal, "--output", path.join(tmp(), "missing", "out.json")]);
    expect(bad.code).toBe(2);
    expectOneLine(bad.stderr, /cannot write to .*out\.json: ENOENT/);
  });
});

describe("built CLI: file names and baselines", () => {
  it("an existing file whose name has brackets is that file, not a glob", async () => {
    // Issue 18 #4: "no file matches", exit 2, and nothing analyzed.
    const dir = tmp();
    copyFileSync(minimal, path.join(dir, "CV [final].pdf"));
    const r = await run(["CV [final].pdf", "--format", "json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { file: string }).file).toBe("CV [final].pdf");
  });

  it("a baseline with null inside: one line naming the place, exit 2, before any file is read", async () => {
    // Issue 18 #5: "internal error: TypeError" with a stack trace.
    const dir = tmp();
    const base = path.join(dir, "b.json");
    writeFileSync(base, '{"x":{"score":1,"mustHaveFound":[],"errorHints":[null]}}');
    const r = await run([minimal, "--baseline", base]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneLine(r.stderr, /^resume-ats: INVALID_BASELINE: .*b\.json: not a baseline: entry "x" → errorHints\[0\]: .*Rewrite it with --update-baseline\.$/);
    writeFileSync(base, "[".repeat(100_000));
    const deep = await run([minimal, "--baseline", base]);
    expect(deep.code).toBe(2);
    expectOneLine(deep.stderr, /^resume-ats: INVALID_BASELINE: /);
  });
});

describe("built CLI: results written as they finish", () => {
  it("--format ndjson: one line per file in input order; --format json on several files stays one array, byte for byte", async () => {
    const files = [pdfs[1], `${SHARED}/bad-inputs/legacy-word.doc`, pdfs[0], pdfs[2]];
    const nd = await run([...files, "--role", "backend-developer", "--format", "ndjson", "-j", "2"]);
    expect(nd.code).toBe(2); // the .doc is an error row
    const lines = nd.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { file: string; error?: { code: string } });
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[1].error?.code).toBe("UNSUPPORTED_FORMAT");
    const json = await run([...files, "--role", "backend-developer", "--format", "json", "-j", "2"]);
    const out = path.join(tmp(), "out.json");
    const toFile = await run([...files, "--role", "backend-developer", "--format", "json", "-j", "2", "--output", out]);
    expect(toFile.code).toBe(2);
    const arr = JSON.parse(json.stdout) as unknown[];
    expect(arr).toEqual(lines);
    expect(readFileSync(out, "utf8")).toBe(json.stdout);
    expect(json.stdout).toBe(JSON.stringify(arr, null, 2) + "\n");
  });

  it("--output: a batch killed half-way (kill -9) keeps the results done so far, in input order", async () => {
    // Issue 18 #13: output was written only at the end, so an interrupted batch lost everything.
    const dir = tmp();
    const many = Array.from({ length: 60 }, (_, i) => {
      const p = path.join(dir, `cv-${String(i).padStart(2, "0")}.pdf`);
      copyFileSync(pdfs[i % pdfs.length], p);
      return p;
    });
    for (const fmt of ["ndjson", "text"]) {
      const out = path.join(dir, `out.${fmt}`);
      const child = spawn(process.execPath, [cli, ...many, "--format", fmt, "-j", "1", "--output", out], { stdio: "ignore" });
      const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
      // Wait (by content, not by clock) until at least three results are in the file, then kill -9.
      const marker = fmt === "ndjson" ? /\n/g : /^Score: /gm;
      for (let i = 0; i < 3_000; i++) {
        const text = existsSync(out) ? readFileSync(out, "utf8") : "";
        if ((text.match(marker) ?? []).length >= 3) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill("SIGKILL");
      await exited;
      const text = readFileSync(out, "utf8");
      if (fmt === "ndjson") {
        const rows = text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as { file: string; score: { total: number } });
        expect(rows.length).toBeGreaterThanOrEqual(3);
        expect(rows.length).toBeLessThan(many.length);
        expect(rows.map((r) => r.file)).toEqual(many.slice(0, rows.length));
        for (const r of rows) expect(typeof r.score.total).toBe("number");
      } else {
        const names = [...text.matchAll(/^(\S+cv-\d\d\.pdf)\s/gm)].map((m) => m[1]);
        expect(names.length).toBeGreaterThanOrEqual(3);
        expect(names).toEqual(many.slice(0, names.length));
      }
    }
  });
});
