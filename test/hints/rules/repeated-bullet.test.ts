import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/analyze/index.js";
import { bullet, bulletHints } from "../helpers.js";

const repeated = (bs: ReturnType<typeof bullet>[]) => bulletHints(bs).filter((h) => h.code === "REPEATED_BULLET");

describe("REPEATED_BULLET", () => {
  it("flags the second and later copies, whatever their case, spacing and end punctuation", () => {
    const hs = repeated([
      bullet("Maintained the CI pipelines for 12 services", "experience", 5),
      bullet("Built the billing API for 3 apps", "experience", 6),
      bullet("maintained the  CI pipelines for 12 services.", "experience", 9),
      bullet("Maintained the CI pipelines for 12 services;", "projects", 12),
    ]);
    expect(hs.map((h) => h.line)).toEqual([9, 12]);
    expect(hs[0]!.quote).toBe("maintained the  CI pipelines for 12 services.");
    expect(hs[0]!.place).toEqual({ start: { line: 9, column: 3 }, end: { line: 9, column: 48 } });
  });
  it("leaves different bullets, short ones and bullets outside work sections alone", () => {
    expect(repeated([bullet("Maintained the CI pipelines for 12 services", "experience", 5), bullet("Maintained the CI pipelines for 14 services", "experience", 6)])).toEqual([]);
    expect(repeated([bullet("Code reviews", "experience", 5), bullet("Code reviews", "experience", 8)])).toEqual([]);
    expect(repeated([bullet("AWS Certified Developer - Associate", "certifications", 5), bullet("AWS Certified Developer - Associate", "certifications", 6)])).toEqual([]);
    // its option: a lower bar lets short bullets count
    expect(bulletHints([bullet("Code reviews", "experience", 5), bullet("Code reviews", "experience", 8)], { REPEATED_BULLET: ["warning", { minWords: 2 }] }).filter((h) => h.code === "REPEATED_BULLET").map((h) => h.line)).toEqual([8]);
  });
  it("names the role of the first copy, and marks the copy's bullet in the report", async () => {
    const text = [
      "Jane Doe",
      "jane.doe@example.com | +1 555 010 0000",
      "",
      "Experience",
      "Backend Engineer, Acme Corp | Jan 2021 – Present",
      "• Maintained the CI pipelines for 12 services on GitHub Actions",
      "Developer, Initech | Mar 2016 – Dec 2020",
      "• Maintained the CI pipelines for 12 services on GitHub Actions.",
      "",
    ].join("\n");
    const r = await analyzeText(text, { now: new Date("2026-06-01") });
    const h = r.hints.filter((x) => x.code === "REPEATED_BULLET");
    expect(h).toHaveLength(1);
    expect(h[0]!.message).toBe('This bullet repeats a bullet under "Backend Engineer, Acme Corp" word for word.');
    // blank lines are not lines of the extracted text
    expect(h[0]!.line).toBe(7);
    expect(r.bullets.map((b) => b.hints.includes("REPEATED_BULLET"))).toEqual([false, true]);
    // turned off, it is gone, and nothing else moves
    const off = await analyzeText(text, { now: new Date("2026-06-01"), rules: { REPEATED_BULLET: "off" } });
    expect(off.hints.filter((x) => x.code === "REPEATED_BULLET")).toEqual([]);
    expect(off.hints).toEqual(r.hints.filter((x) => x.code !== "REPEATED_BULLET"));
    expect(off.score).toEqual(r.score);
  });
});
