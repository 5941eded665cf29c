import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { jobAccuracy, parseJobText, type JobExpected } from "../../src/job/index.js";

const dir = path.resolve(import.meta.dirname, "../../fixtures/jobs");
const postings = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
const catalog = getBuiltinCatalog();

describe("hand-labelled job postings", () => {
  it("has the ten postings with labels", () => {
    expect(postings.length).toBe(10);
    for (const f of postings) expect(readdirSync(dir)).toContain(f.replace(/\.(md|txt)$/, ".expected.json"));
  });

  for (const f of postings) {
    const expected = JSON.parse(readFileSync(path.join(dir, f.replace(/\.(md|txt)$/, ".expected.json")), "utf8")) as JobExpected;
    it(`${f}: title, years, and no labelled-preferred skill called required`, () => {
      const p = parseJobText(readFileSync(path.join(dir, f), "utf8"), catalog);
      expect(p.title).toBe(expected.title);
      expect(p.yearsRequired).toBe(expected.yearsRequired);
      const req = new Set(p.required.map((s) => s.id));
      for (const id of expected.preferred) expect(req.has(id), `${id} labelled preferred`).toBe(false);
      // A skill is in one list only.
      for (const s of p.preferred) expect(req.has(s.id)).toBe(false);
    });
  }

  it("required-skill precision and recall are at least 0.9 over all postings", () => {
    const acc = jobAccuracy(catalog, dir);
    expect(acc.perFile.length).toBe(10);
    expect(acc.precision).toBeGreaterThanOrEqual(0.9);
    expect(acc.recall).toBeGreaterThanOrEqual(0.9);
    for (const f of acc.perFile) expect(f.recall, f.file).toBeGreaterThanOrEqual(0.7);
  });

  it("preferred skills: most labelled ones are found as preferred", () => {
    let hit = 0;
    let total = 0;
    let got = 0;
    for (const f of postings) {
      const expected = JSON.parse(readFileSync(path.join(dir, f.replace(/\.(md|txt)$/, ".expected.json")), "utf8")) as JobExpected;
      const p = parseJobText(readFileSync(path.join(dir, f), "utf8"), catalog);
      const pref = new Set(p.preferred.map((s) => s.id));
      got += pref.size;
      total += expected.preferred.length;
      hit += expected.preferred.filter((id) => pref.has(id)).length;
    }
    expect(hit / total).toBeGreaterThanOrEqual(0.85);
    expect(hit / got).toBeGreaterThanOrEqual(0.8);
  });
});
