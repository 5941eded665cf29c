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

describe("runFidelityCommand: failing by default on what a CI check must not let through", () => {
  it("exits 1 without --min-fidelity when the PDF lost a section and its skills, naming both", async () => {
    const r = await run(["--source", "resume.md", "--pdf", "md-cut.pdf", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { sectionsLost: Array<{ name: string; line: number; missingShare: number }>; skillsLost: Array<{ name: string }> };
    expect(report.sectionsLost.map((s) => s.name)).toEqual(["Skills"]);
    expect(report.sectionsLost[0].missingShare).toBeGreaterThanOrEqual(50);
    expect(r.err).toMatch(/lost 1 section of the source: "Skills" \[section-lost\]/u);
    expect(r.err).toMatch(/will not see 4 skills of the source: Docker, Grafana, OpenTelemetry, Prometheus \[skill-lost\]/u);
  });

  it("names a lost JSON Resume section by its made-up heading", async () => {
    const { mkdtempSync, readFileSync, writeFileSync, copyFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "fidelity-"));
    const json = JSON.parse(readFileSync(join(cwd, "resume.json"), "utf8")) as Record<string, unknown>;
    json.projects = [{ name: "Ledgerline", description: "An open-source double-entry ledger service in Rust with gRPC and ScyllaDB.", highlights: ["Reached 2,000 GitHub stars in a year."] }];
    writeFileSync(join(dir, "resume.json"), JSON.stringify(json, null, 2));
    copyFileSync(join(cwd, "json-soffice.pdf"), join(dir, "built.pdf"));
    let err = "";
    const code = await runFidelityCommand(["--source", "resume.json", "--pdf", "built.pdf"], { stdout: { write: () => true }, stderr: { write: (s: string) => { err += s; } }, cwd: dir });
    expect(code).toBe(1);
    expect(err).toMatch(/lost 1 section of the source: "Projects"/u);
    expect(err).toMatch(/Rust/u);
  });

  it("passes a PDF that keeps every section and skill, even when some lines are damaged", async () => {
    const r = await run(["--source", "resume.tex", "--pdf", "tex-ligature.pdf"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });

  it("takes its rules from --fail-on: none passes the cut PDF, garbled fails the damaged one", async () => {
    expect((await run(["--source", "resume.md", "--pdf", "md-cut.pdf", "--fail-on", "none"])).code).toBe(0);
    const g = await run(["--source", "resume.tex", "--pdf", "tex-ligature.pdf", "--fail-on", "garbled"]);
    expect(g.code).toBe(1);
    expect(g.err).toMatch(/lines? damaged in the PDF text \[garbled\]/u);
    const bad = await run(["--source", "resume.tex", "--pdf", "tex-ligature.pdf", "--fail-on", "sections"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown --fail-on rule "sections"/u);
  });
});

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
