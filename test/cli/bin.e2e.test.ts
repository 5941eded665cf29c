/**
 * End-to-end: the installed command (`dist/cli.cjs`, package.json "bin",
 * from `npm run build`) prints the CLI's own help and hands every other
 * command line to the CLI (`dist/cli.js`) unchanged.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HELP } from "../../src/cli/help.js";

const root = path.resolve(fileURLToPath(import.meta.url), "../../..");
const bin = path.join(root, "dist/cli.cjs");
const cli = path.join(root, "dist/cli.js");
const sample = path.join(root, "fixtures/sample/backend-sample.pdf");

function run(file: string, args: string[]) {
  const r = spawnSync(process.execPath, [file, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("installed command (dist/cli.cjs)", () => {
  it("is the package's bin", () => {
    const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(path.resolve(root, pkg.bin["resume-ats"]!)).toBe(bin);
  });

  it("prints the help generated from the options table, as the CLI does", () => {
    for (const flag of ["--help", "-h"]) {
      const r = run(bin, [flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(HELP);
      expect(r.stdout).toBe(run(cli, [flag]).stdout);
    }
  });

  it("hands other command lines to the CLI: same output and exit code", () => {
    for (const args of [["--version"], ["roles", "--json"], [sample, "--format", "json", "--role", "backend-developer"], ["--bogus"], ["x.pdf", "--help"]]) {
      const a = run(bin, args);
      const b = run(cli, args);
      expect({ code: a.code, stdout: a.stdout, stderr: a.stderr }, args.join(" ")).toEqual({ code: b.code, stdout: b.stdout, stderr: b.stderr });
    }
    expect(run(bin, ["--bogus"]).code).toBe(2);
  });
});
