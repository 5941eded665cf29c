/**
 * Standard input, end to end on the BUILT CLI (`dist/cli.js`): `resume-ats -`
 * reads the resume from stdin (format by content, as files), `--jd -` the job
 * description, never both; the size limit holds while reading.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SHARED } from "../shared-dir.js";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const cli = path.join(root, "dist/cli.js");
const RESUME = path.join(root, "fixtures/jsonresume/sample.resume.json");
const JOB = path.join(root, "fixtures/jsonresume/sample.job.json");
const PDF = `${SHARED}/corpus/dev/synthetic/nodejs-strong.pdf`;
const NOW_ENV = { NO_COLOR: "1" };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Bytes the CLI took from its stdin before it ended. */
  fed: number;
}

/** Runs the CLI with `input` on its stdin: bytes, or a function that keeps writing until the pipe closes. */
function run(args: string[], input: Uint8Array | "endless" | null, cwd = root): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...NOW_ENV, FORCE_COLOR: undefined }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let fed = 0;
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdin.on("error", () => undefined); // EPIPE once the CLI stops reading
    if (input === "endless") {
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = (): void => {
        while (!child.stdin.destroyed && fed < 512 * 1024 * 1024) {
          fed += chunk.length;
          if (!child.stdin.write(chunk)) {
            child.stdin.once("drain", pump);
            return;
          }
        }
      };
      pump();
    } else {
      if (input) {
        fed = input.byteLength;
        child.stdin.write(input);
      }
      child.stdin.end();
    }
    child.on("close", (code) => resolve({ code, stdout, stderr, fed }));
  });
}

describe("built CLI: standard input", () => {
  it("has been built", () => {
    expect(existsSync(cli)).toBe(true);
  });

  it("`-` reads the official JSON Resume sample from stdin, named <stdin>, as the file would be read", async () => {
    const piped = await run(["-", "--format", "json"], readFileSync(RESUME));
    expect(piped.code, piped.stderr).toBe(0);
    const viaStdin = JSON.parse(piped.stdout);
    expect(viaStdin).toMatchObject({ file: "<stdin>", format: "json-resume" });
    expect(viaStdin.experience.years).toBe(1.1);
    const file = await run([RESUME, "--format", "json"], null);
    expect({ ...viaStdin, file: null }).toEqual({ ...JSON.parse(file.stdout), file: null });
  });

  it("`-` finds a PDF on stdin by its content", async () => {
    const r = await run(["-", "--format", "json"], readFileSync(PDF));
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.format).toBe("pdf");
    expect(report.skills.map((s: { id: string }) => s.id)).toContain("nodejs");
  });

  it("`-` among files keeps its place in the output order", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "resume-ats-stdin-"));
    writeFileSync(path.join(dir, "a.txt"), "Ann Lee\nEXPERIENCE\nBackend Engineer, Acme — 2019 – Present\n- Built Go services\nSKILLS\nGo, Kafka\n");
    writeFileSync(path.join(dir, "b.txt"), "Bo Chen\nEXPERIENCE\nEngineer, Globex — 2020 – Present\n- Built Java services\nSKILLS\nJava, Spring\n");
    const r = await run(["a.txt", "-", "b.txt", "--format", "ndjson"], readFileSync(RESUME), dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).file)).toEqual(["a.txt", "<stdin>", "b.txt"]);
  });

  it("`--jd -` reads the official JSON Resume job from stdin, by its schema", async () => {
    const r = await run([RESUME, "--jd", "-", "--format", "json"], readFileSync(JOB));
    expect(r.code, r.stderr).toBe(0);
    const jm = JSON.parse(r.stdout).jobMatch;
    expect(jm.posting).toMatchObject({ title: "Web Developer", yearsRequired: 3 });
    expect(jm.yearsOnResume).toBe(1.1);
    expect(jm.posting.otherTerms).not.toContain("berlin");
  });

  it("refuses stdin for both the resume and the job description: a usage error, exit 2", async () => {
    const r = await run(["-", "--jd", "-"], readFileSync(RESUME));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^resume-ats: standard input can give the resume \("-"\) or the job description \("--jd -"\), not both\./);
    expect(r.stdout).toBe("");
  });

  it("empty stdin is EMPTY_INPUT, exit 2", async () => {
    const r = await run(["-"], new Uint8Array(0));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^resume-ats: <stdin>: EMPTY_INPUT: /);
  });

  it("stops reading at the size limit: an endless stdin ends in TOO_LARGE, not in memory growth", async () => {
    const r = await run(["-"], "endless");
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^resume-ats: <stdin>: TOO_LARGE: Standard input is more than 10485760 bytes/);
    // It stopped soon after the 10 MB limit, not at the writer's 512 MB cap.
    expect(r.fed).toBeLessThan(64 * 1024 * 1024);
    const jd = await run([RESUME, "--jd", "-"], "endless");
    expect(jd.code).toBe(2);
    expect(jd.stderr.trim()).toMatch(/^resume-ats: TOO_LARGE: The job description on standard input is more than 10485760 bytes/);
  });
});
