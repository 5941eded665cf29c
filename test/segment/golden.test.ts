import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/index.js";
import { docFromLines, type LineSpec } from "./helpers.js";

const DIR = join(import.meta.dirname, "../../fixtures/segment");
const NOW = new Date("2026-11-22T00:00:00Z");

interface Expected {
  sections: Array<[string, string, number, number]>;
  contact: Record<string, string | null>;
  entries: unknown[];
  years: number;
  bullets: Array<[number, number, number | null, string]>;
  entryHeaderLines: number[];
  organizations: string[];
}

describe("golden segmentation", () => {
  const names = readdirSync(DIR).filter((f) => f.endsWith(".lines.json")).map((f) => f.replace(".lines.json", "")).sort();
  it("has at least 3 golden files", () => expect(names.length).toBeGreaterThanOrEqual(3));
  for (const name of names) {
    it(name, () => {
      const input = JSON.parse(readFileSync(join(DIR, `${name}.lines.json`), "utf8")) as { lines: LineSpec[] };
      const want = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")) as Expected;
      const r = segment(docFromLines(input.lines, "pdf"), { now: NOW });
      expect(r.sections.map((s) => [s.kind, s.heading, s.startLine, s.endLine])).toEqual(want.sections);
      expect(r.contact).toEqual(want.contact);
      expect(r.experience.entries).toEqual(want.entries);
      expect(r.experience.years).toBe(want.years);
      expect(r.bullets.map((b) => [b.line, b.endLine, b.entryIndex ?? null, b.text])).toEqual(want.bullets);
      expect(r.lines.filter((l) => l.isEntryHeader).map((l) => l.line)).toEqual(want.entryHeaderLines);
      expect(r.organizations).toEqual(want.organizations);
    });
  }
});
