import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";
import { segment } from "../../src/segment/index.js";
import { SHARED } from "../shared-dir.js";
import { docFromLines } from "./helpers.js";

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
  // Speed figures live in `npm run bench` (0.5 ms per 2-page resume warm); this bound only catches a pathological slowdown.
  it("segments a 2-page resume without a pathological slowdown (warm)", () => {
    for (let i = 0; i < 50; i++) segment(twoPages, { now: NOW });
    const t0 = performance.now();
    const runs = 300;
    for (let i = 0; i < runs; i++) segment(twoPages, { now: NOW });
    const perDoc = (performance.now() - t0) / runs;
    expect(perDoc).toBeLessThan(20);
  });
  it("stays linear on a 5 MB line without spaces", () => {
    const big = "a".repeat(5_000_000);
    const hostile = docFromLines(["Jane Doe", big, `${"1".repeat(1_000_000)}@`, "EXPERIENCE", `Dev, Acme — 2019 – 2021 ${"9".repeat(1_000_000)}`, `• ${big}`]);
    const t0 = performance.now();
    const r = segment(hostile, { now: NOW });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.lines).toHaveLength(6);
  });
  it("handles an empty document", () => {
    const r = segment(docFromLines([]), { now: NOW });
    expect(r.sections).toEqual([{ kind: "header", heading: "", startLine: 1, endLine: 1, standardHeading: true }]);
    expect(r.bullets).toEqual([]);
  });
});
