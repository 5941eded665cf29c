import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";

const dir = join(import.meta.dirname, "../../fixtures/extract");

interface Expected {
  format: string;
  pageCount: number;
  firstLines: string[];
  bold?: string[];
  headings?: string[];
  bullets: string[];
  columns?: Record<string, number>;
  contains?: string[];
  lastLine?: string;
}

const cases = readdirSync(dir).filter((f) => f.endsWith(".expected.json")).sort();

describe("fixtures with hand-checked lines", () => {
  it("has fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });
  for (const name of cases) {
    it(name.replace(".expected.json", ""), async () => {
      const exp = JSON.parse(readFileSync(join(dir, name), "utf8")) as Expected;
      const doc = await extractResume(join(dir, name.replace(".expected.json", "")));
      const texts = doc.lines.map((l) => l.text);
      expect(doc.format).toBe(exp.format);
      expect(doc.pageCount).toBe(exp.pageCount);
      expect(texts.slice(0, exp.firstLines.length)).toEqual(exp.firstLines);
      for (const b of exp.bold ?? []) expect(doc.lines.find((l) => l.text === b)?.bold, `bold: ${b}`).toBe(true);
      for (const h of exp.headings ?? []) expect(doc.lines.find((l) => l.text === h)?.heading, `heading: ${h}`).toBe(true);
      for (const b of exp.bullets) expect(doc.lines.find((l) => l.text === b)?.bullet, `bullet: ${b}`).toBe(true);
      for (const [t, c] of Object.entries(exp.columns ?? {})) expect(doc.lines.find((l) => l.text === t)?.column, `column of ${t}`).toBe(c);
      for (const c of exp.contains ?? []) expect(texts).toContain(c);
      if (exp.lastLine) expect(texts[texts.length - 1]).toBe(exp.lastLine);
      // Invariants of every document.
      doc.lines.forEach((l, i) => expect(l.index).toBe(i));
      expect(doc.text).toBe(texts.join("\n"));
      for (const l of doc.lines) if (l.bullet) expect(l.text.startsWith("• ")).toBe(true);
    });
  }
});
