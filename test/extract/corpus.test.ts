import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED } from "../shared-dir.js";
import { extractResume } from "../../src/extract/index.js";

const root = `${SHARED}/corpus/dev`;
const hasCorpus = existsSync(root);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

// Resumes only: the real set's README.md and LICENSES.md are documentation, not resumes.
const files = hasCorpus ? walk(root).filter((f) => /\.(pdf|docx|md)$/u.test(f) && !/\/(README|LICENSES)\.md$/u.test(f)).sort() : [];

/** Index of the line whose text starts with `prefix` (fails when missing). */
function at(texts: string[], prefix: string): number {
  const i = texts.findIndex((t) => t.startsWith(prefix));
  expect(i, `line starting with "${prefix}"`).toBeGreaterThanOrEqual(0);
  return i;
}

describe.runIf(hasCorpus)("development corpus", () => {
  it("has every corpus file (12 synthetic, 45 offlinecv PDFs, 2 Markdown, 16 real PDFs and 2 real DOCX)", () => {
    expect(files.filter((f) => f.includes("/synthetic/")).length).toBe(12);
    expect(files.filter((f) => f.includes("/real/") && f.endsWith(".pdf")).length).toBe(16);
    expect(files.filter((f) => f.includes("/real/") && f.endsWith(".docx")).length).toBe(2);
    expect(files.filter((f) => f.includes("/offlinecv/") && f.endsWith(".pdf")).length).toBe(45);
    expect(files.filter((f) => f.endsWith(".md")).length).toBe(2);
  });

  it("extracts every file without error, with text, and finds the truth email", async () => {
    for (const f of files) {
      const doc = await extractResume(f);
      expect(doc.lines.length, f).toBeGreaterThan(3);
      expect(doc.text.length, f).toBeGreaterThan(200);
      const truth = `${f}.truth.json`;
      if (existsSync(truth)) {
        const t = JSON.parse(readFileSync(truth, "utf8")) as { email?: string };
        if (t.email) expect(doc.text, f).toContain(t.email);
      }
      // No raw ligatures, soft hyphens or zero-width characters survive.
      expect(doc.text, f).not.toMatch(/[\uFB00-\uFB06\u00AD\u200B-\u200D\uFEFF]/u);
    }
  }, 120_000);

  it("keeps the columns of dba-two-column.pdf apart", async () => {
    const doc = await extractResume(join(root, "synthetic/dba-two-column.pdf"));
    const texts = doc.lines.map((l) => l.text);
    // Left column: skills list lines stay consecutive; right column: bullet and its wrap stay consecutive.
    expect(at(texts, "Server, SQL, Performance")).toBe(at(texts, "PostgreSQL, MySQL, SQL") + 1);
    expect(at(texts, "Eastfield University, 2015")).toBe(at(texts, "M.S. Information Systems,") + 1);
    expect(at(texts, "average query time by 65%.")).toBe(at(texts, "• Tuned 300+ slow queries") + 1);
    expect(at(texts, "MySQL performance tuning")).toBe(at(texts, "Database administrator focused") + 1);
    expect(doc.warnings.map((w) => w.code)).toContain("TWO_COLUMN_LAYOUT");
  });

  it("keeps the sidebar of chromium-asymmetric-sidebar.pdf apart from the main column", async () => {
    const doc = await extractResume(join(root, "offlinecv/unknown/chromium-asymmetric-sidebar.pdf"));
    const texts = doc.lines.map((l) => l.text);
    // pdftotext -layout puts "Leadership" beside the summary; it belongs to the right-hand STRENGTHS box.
    expect(at(texts, "stay reliable under load")).toBe(at(texts, "Backend and platform engineer") + 1);
    expect(at(texts, "Leadership")).toBe(at(texts, "STRENGTHS") + 1);
    expect(at(texts, "Grew and steadied teams")).toBe(at(texts, "Leadership") + 1);
    expect(at(texts, "Go")).toBe(at(texts, "Distributed Systems") + 1);
  });

  it("keeps the sidebar of weasyprint-cairo-two-column.pdf together", async () => {
    const doc = await extractResume(join(root, "offlinecv/unknown/weasyprint-cairo-two-column.pdf"));
    const cols = new Set(doc.lines.map((l) => l.column).filter((c) => c !== undefined));
    expect(cols).toEqual(new Set([0, 1]));
    const firstRight = doc.lines.findIndex((l) => l.column === 1);
    const lastLeft = doc.lines.map((l) => l.column).lastIndexOf(0);
    expect(lastLeft).toBeLessThan(firstRight);
  });

  it("reads single-column PDFs without inventing columns", async () => {
    for (const name of ["unknown/weasyprint-cairo-classic.pdf", "unknown/chromium-qualified-experience-headers.pdf", "google-docs/google-docs-skia-proxy-classic.pdf", "unknown/education-lone-year-flush-right.pdf"]) {
      const doc = await extractResume(join(root, "offlinecv", name));
      expect(doc.lines.every((l) => l.column === undefined), name).toBe(true);
    }
  });
});

describe.runIf(hasCorpus)("fontStyles: false", () => {
  it("skips the fonts: same text, no bold lines, in process and in the worker", async () => {
    const { extractIsolated, closeIsolatedWorkers } = await import("../../src/isolate/index.js");
    const file = join(root, "synthetic/nodejs-strong.pdf");
    const styled = await extractResume(file);
    const plain = await extractResume(file, { fontStyles: false });
    expect(styled.lines.filter((l) => l.bold).length).toBeGreaterThan(0);
    expect(plain.lines.filter((l) => l.bold)).toEqual([]);
    expect(plain.text).toBe(styled.text);
    const isolated = await extractIsolated(file, { fontStyles: false });
    expect(isolated.lines.filter((l) => l.bold)).toEqual([]);
    expect(isolated.text).toBe(styled.text);
    await closeIsolatedWorkers();
  });
  it("without the fonts' names, FontAwesome glyph names leak into the text (why the default reads them)", async () => {
    const file = join(root, "offlinecv/latex/awesome-cv-resume.pdf");
    const styled = await extractResume(file);
    const plain = await extractResume(file, { fontStyles: false });
    expect(styled.text).toContain("312-555-0123 | jane.smith@example.com | www.example.com | janesmith");
    expect(styled.text).not.toContain("GITHUB-SQUARE");
    expect(plain.text).toContain("HOUSE-CHIMNEY www.example.com | GITHUB-SQUARE janesmith");
  });
});
