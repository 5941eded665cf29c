import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { compareSource, type FidelityReport } from "../../src/fidelity/index.js";

const dir = join(import.meta.dirname, "../../fixtures/fidelity");
const cases = {
  md: ["resume.md", "md-chromium.pdf"],
  mdCut: ["resume.md", "md-cut.pdf"],
  json: ["resume.json", "json-soffice.pdf"],
  tex: ["resume.tex", "tex-clean.pdf"],
  texLig: ["resume.tex", "tex-ligature.pdf"],
  html: ["resume.html", "html-columns.pdf"],
  htmlReordered: ["resume.html", "html-reordered.pdf"],
} as const;
const reports = {} as Record<keyof typeof cases, FidelityReport>;

beforeAll(async () => {
  for (const [key, [src, pdf]] of Object.entries(cases)) {
    reports[key as keyof typeof cases] = await compareSource({ path: join(dir, src) }, join(dir, pdf));
  }
}, 60_000);

describe("clean renders", () => {
  for (const key of ["md", "json", "tex", "html"] as const) {
    it(`${cases[key][1]} keeps the source: high fidelity, nothing missing, reordered or lost`, () => {
      const r = reports[key];
      expect(r.fidelity).toBeGreaterThanOrEqual(95);
      expect(r.missing).toEqual([]);
      expect(r.reordered).toEqual([]);
      expect(r.skillsLost).toEqual([]);
      expect(r.garbled).toEqual([]);
    });
  }

  it("reports the schema and counts", () => {
    const r = reports.tex;
    expect(r.schemaVersion).toBe(1);
    expect(r.source).toBe(join(dir, "resume.tex"));
    expect(r.pdf).toBe(join(dir, "tex-clean.pdf"));
    // Visible lines of resume.tex: name, title line, 4 headings, profile text, 2 roles, 5 items, education, skills.
    expect(r.sourceLines).toBe(16);
    expect(r.pdfLines).toBeGreaterThanOrEqual(16);
  });
});

describe("md-cut.pdf: the last section (Skills, lines 32-37) fell off", () => {
  it("reports the section's lines as missing, with their source line numbers", () => {
    const r = reports.mdCut;
    expect(r.missing.map((m) => m.line)).toEqual([32, 34, 35, 36, 37]);
    expect(r.missing[0].text).toBe("Skills");
    expect(r.missing[4].text).toBe("Observability: Prometheus, Grafana, OpenTelemetry");
    expect(r.reordered).toEqual([]);
    expect(r.fidelity).toBeLessThan(95);
  });

  it("lists the skills named only in that section as lost, not the ones mentioned elsewhere", () => {
    const ids = reports.mdCut.skillsLost.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["docker", "prometheus", "grafana"]));
    // Kubernetes, Terraform, AWS, Go, Python, Redis, Kafka, PostgreSQL are also in Experience or Certifications.
    for (const kept of ["kubernetes", "terraform", "python", "redis", "kafka", "postgresql"]) expect(ids).not.toContain(kept);
    expect(reports.mdCut.skillsLost.find((s) => s.id === "docker")?.line).toBe(35);
    expect(reports.mdCut.summary.join(" ")).toMatch(/will not see/u);
  });
});

describe("tex-ligature.pdf: Type 3 bitmap fonts drop fi/fl/ff ligatures", () => {
  it("reports each line with a ligature as garbled, kind ligature", () => {
    const g = reports.texLig.garbled;
    expect(g.map((x) => x.line)).toEqual([13, 14, 17, 19, 21, 25, 26]);
    expect(new Set(g.map((x) => x.kind))).toEqual(new Set(["ligature"]));
    expect(g[0]).toMatchObject({ text: "Profile", pdfText: "Prole" });
    expect(g[1].pdfText).toMatch(/^Certied site reliability/u);
    expect(reports.texLig.missing).toEqual([]);
    expect(reports.texLig.reordered).toEqual([]);
    expect(reports.texLig.fidelity).toBeLessThan(95);
  });
});

describe("html-reordered.pdf: the sidebar, last in the source, is the left column", () => {
  it("reports the sidebar lines as reordered, with their PDF lines", () => {
    const r = reports.htmlReordered;
    expect(r.reordered.map((x) => x.line)).toEqual([48, 50, 51, 52, 53, 57, 58]);
    const pdfLines = r.reordered.map((x) => x.pdfLine);
    expect([...pdfLines].sort((a, b) => a - b)).toEqual(pdfLines);
    expect(pdfLines[0]).toBeLessThan(6);
    expect(r.missing).toEqual([]);
    expect(r.fidelity).toBeLessThan(95);
  });

  it("summarizes the section order", () => {
    expect(reports.htmlReordered.summary).toContain('Section "Experience" appears after sections "Skills", "Languages" in the PDF, but before them in the source.');
  });
});

describe("determinism", () => {
  it("gives the same report twice", async () => {
    const again = await compareSource({ path: join(dir, "resume.html") }, join(dir, "html-reordered.pdf"));
    expect(again).toEqual(reports.htmlReordered);
  });
});
