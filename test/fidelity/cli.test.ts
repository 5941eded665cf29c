import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { runFidelityCommand } from "../../src/fidelity/cli.js";

const cwd = join(import.meta.dirname, "../../fixtures/fidelity");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runFidelityCommand(args, { stdout: { write: (s: string) => { out += s; } }, stderr: { write: (s: string) => { err += s; } }, cwd });
  return { code, out, err };
}

describe("runFidelityCommand", () => {
  it("prints a text report and exits 0 for a clean render", async () => {
    const r = await run(["--source", "resume.tex", "--pdf", "tex-clean.pdf", "--min-fidelity", "95"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Fidelity: 100%  \(resume\.tex → tex-clean\.pdf/u);
  });

  it("exits 1 below --min-fidelity, with JSON on stdout", async () => {
    const r = await run(["--source", "resume.md", "--pdf", "md-cut.pdf", "--min-fidelity", "95", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { missing: Array<{ line: number }>; source: string };
    expect(report.source).toBe("resume.md");
    expect(report.missing.map((m) => m.line)).toContain(37);
    expect(r.err).toMatch(/below --min-fidelity 95/u);
  });

  it("writes GitHub annotations on source lines and Markdown tables", async () => {
    const gh = await run(["--source", "resume.tex", "--pdf", "tex-ligature.pdf", "--format", "github"]);
    expect(gh.code).toBe(0);
    expect(gh.out).toContain("::warning file=resume.tex,line=13,title=Damaged in PDF (ligature)::PDF line 3 reads: Prole");
    const md = await run(["--source", "resume.html", "--pdf", "html-reordered.pdf", "--format", "markdown"]);
    expect(md.out).toMatch(/^## Resume fidelity: \d+(\.\d)?%/u);
    expect(md.out).toContain("### Out of order");
  });

  it("exits 2 on usage errors and unreadable files", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["--source", "resume.md"])).code).toBe(2);
    expect((await run(["--source", "resume.md", "--pdf", "md-cut.pdf", "--format", "xml"])).code).toBe(2);
    expect((await run(["--source", "resume.md", "--pdf", "md-cut.pdf", "--min-fidelity", "abc"])).code).toBe(2);
    expect((await run(["--source", "resume.md", "--pdf", "md-cut.pdf", "--bogus"])).code).toBe(2);
    const missing = await run(["--source", "nope.md", "--pdf", "md-cut.pdf"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/FILE_NOT_FOUND/u);
  });
});
