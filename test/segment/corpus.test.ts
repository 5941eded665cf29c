import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";
import { segment } from "../../src/segment/index.js";
import { SHARED } from "../shared-dir.js";
import { docFromLines } from "./helpers.js";
import { countWork } from "../work-counter.js";

const SYN = `${SHARED}/corpus/dev/synthetic`;
const NOW = new Date("2026-11-22T00:00:00Z");

describe("synthetic corpus (our own PDF extraction)", async () => {
  const pdfs = readdirSync(SYN).filter((f) => f.endsWith(".pdf")).sort();
  const docs = await Promise.all(pdfs.map((f) => extractResume(join(SYN, f))));
  const rows = pdfs.map((f, i) => {
    const truth = JSON.parse(readFileSync(join(SYN, `${f}.truth.json`), "utf8")) as { sections: string[]; email: string; phone: string };
    const r = segment(docs[i]!, { now: NOW });
    const got = new Set<string>(r.sections.map((s) => s.kind).filter((k) => k !== "header" && k !== "other"));
    const want = new Set(truth.sections);
    const inter = [...got].filter((k) => want.has(k)).length;
    const jaccard = inter / new Set([...got, ...want]).size;
    return { f, jaccard, email: r.contact.email === truth.email, phone: r.contact.phone === truth.phone };
  });
  it("section kinds match the truth files (mean Jaccard ≥ 0.95)", () => {
    const mean = rows.reduce((a, r) => a + r.jaccard, 0) / rows.length;
    expect(mean).toBeGreaterThanOrEqual(0.95);
  });
  it("e-mail and phone match exactly", () => {
    expect(rows.filter((r) => !r.email || !r.phone).map((r) => r.f)).toEqual([]);
  });
});

describe("performance and hostile input", () => {
  const page = readFileSync(join(import.meta.dirname, "../../fixtures/segment/nodejs-strong.lines.json"), "utf8");
  const lines = (JSON.parse(page) as { lines: Array<{ text: string }> }).lines;
  const twoPages = docFromLines([...lines, ...lines.map((l) => ({ ...l, page: 2 }))], "pdf");
  // Speed figures live in `npm run bench` (0.5 ms per 2-page resume warm); these checks count work instead of timing it.
  it("segments a 2-page resume without a pathological slowdown (work per character, counted)", () => {
    const perChar = countWork(() => segment(twoPages, { now: NOW })) / twoPages.text.length;
    // About 33 units of built-in work per character today; a hidden quadratic step multiplies it by the number of lines.
    expect(perChar).toBeLessThan(100);
  });
  it("stays linear on a long line without spaces (work counted, not timed)", () => {
    const hostile = (n: number) => {
      const big = "a".repeat(n);
      return docFromLines(["Jane Doe", big, `${"1".repeat(n / 5)}@`, "EXPERIENCE", `Dev, Acme — 2019 – 2021 ${"9".repeat(n / 5)}`, `• ${big}`]);
    };
    let lines = 0;
    const big = countWork(() => (lines = segment(hostile(500_000), { now: NOW }).lines.length));
    expect(big / countWork(() => segment(hostile(100_000), { now: NOW }))).toBeLessThan(7.5); // linear ≈ 5
    expect(lines).toBe(6);
  });
  it("handles an empty document", () => {
    const r = segment(docFromLines([]), { now: NOW });
    expect(r.sections).toEqual([{ kind: "header", heading: "", startLine: 1, endLine: 1, standardHeading: true }]);
    expect(r.bullets).toEqual([]);
  });
});
