import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (args: string[]) => spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8" });

describe("resume-ats fidelity (built CLI)", () => {
  it("reports the section the PDF lost and fails below --min-fidelity", () => {
    const r = run(["fidelity", "--source", "fixtures/fidelity/resume.md", "--pdf", "fixtures/fidelity/md-cut.pdf", "--min-fidelity", "95", "--format", "json"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.fidelity).toBeLessThan(95);
    expect(report.missing.map((m: { text: string }) => m.text)).toContain("Skills");
    expect(report.skillsLost.map((s: { name: string }) => s.name)).toContain("Prometheus");
    expect(r.stderr).toMatch(/below --min-fidelity 95/);
  });

  it("passes a clean render", () => {
    const r = run(["fidelity", "--source", "fixtures/fidelity/resume.md", "--pdf", "fixtures/fidelity/md-chromium.pdf", "--min-fidelity", "95"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Fidelity: 100/);
  });

  it("exits 2 on a missing file", () => {
    const r = run(["fidelity", "--source", "nope.md", "--pdf", "fixtures/fidelity/md-cut.pdf"]);
    expect(r.status).toBe(2);
  });
});
