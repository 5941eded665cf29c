import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// natural's index loads dotenv, which reads ./.env into process.env and prints to stdout.
// We import natural only by deep paths; these tests prove it from a folder holding a .env.
const root = resolve(__dirname, "../..");
const sample = join(root, "fixtures/sample/backend-sample.pdf");

function dirWithDotenv(): string {
  const dir = mkdtempSync(join(tmpdir(), "resume-ats-env-"));
  writeFileSync(join(dir, ".env"), "RESUME_ATS_LEAK_PROBE=leaked\n");
  return dir;
}

const probe = (importLine: string) => `
${importLine}
const before = JSON.stringify(process.env);
const r = await m.analyzeResume(${JSON.stringify(sample)}, { role: "backend-developer" });
if (typeof r.score.total !== "number") throw new Error("no score");
const { parseJobText, getBuiltinCatalog } = m;
parseJobText("Backend Engineer\\nRequirements\\n- Go and Kafka\\n", getBuiltinCatalog());
process.stderr.write(JSON.stringify({ leaked: process.env.RESUME_ATS_LEAK_PROBE ?? null, same: before === JSON.stringify(process.env) }));
`;

describe("importing the package has no side effects", () => {
  it("ESM: prints nothing on stdout and leaves process.env unchanged, even with a .env in the cwd", () => {
    const cwd = dirWithDotenv();
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe(`const m = await import(${JSON.stringify(join(root, "dist/index.js"))});`)], { cwd, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr)).toEqual({ leaked: null, same: true });
  });

  it("CJS: the same through require()", () => {
    const cwd = dirWithDotenv();
    const script = `(async () => { ${probe(`const m = require(${JSON.stringify(join(root, "dist/index.cjs"))});`)} })().catch((e) => { console.error(e); process.exit(1); });`;
    const r = spawnSync(process.execPath, ["-e", script], { cwd, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(r.stderr)).toEqual({ leaked: null, same: true });
  });

  it("CLI --format json prints exactly one JSON document and nothing else", () => {
    const cwd = dirWithDotenv();
    const r = spawnSync(process.execPath, [join(root, "dist/cli.js"), sample, "--role", "backend-developer", "--format", "json", "--jd", join(root, "fixtures/jobs/go-infra.md")], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, RESUME_ATS_LEAK_PROBE: undefined },
    });
    expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.schemaVersion).toBe(1);
    expect(r.stdout.trim().startsWith("{")).toBe(true);
    expect(r.stderr).toBe("");
  });

  it("never loads natural's index (only deep imports)", () => {
    const r = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const m = await import(${JSON.stringify(join(root, "dist/index.js"))});
         await m.analyzeResume(${JSON.stringify(sample)}, { role: "backend-developer", isolate: false });
         m.parseJobText("Backend Engineer\\nRequirements\\n- Go\\n", m.getBuiltinCatalog());
         const { createRequire } = await import("node:module");
         const req = createRequire(import.meta.url);
         const loaded = Object.keys(req.cache ?? {}).map((k) => k.replace(/\\\\/g, "/"));
         const natural = loaded.filter((k) => k.includes("node_modules/natural/"));
         const heavy = loaded.filter((k) => /node_modules\\/(dotenv|mongoose|mongodb|pg|redis|@redis|memjs)\\//.test(k));
         const index = natural.filter((k) => k.endsWith("natural/lib/natural/index.js") || k.includes("/util/storage/"));
         process.stdout.write(JSON.stringify({ natural: natural.length, heavy, index }));`,
      ],
      { encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.natural).toBeGreaterThan(0); // the deep-imported stemmer/tokenizer/tfidf modules did load
    expect(out.heavy).toEqual([]);
    expect(out.index).toEqual([]);
  });
});
