import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analyze/index.js";

const schema = JSON.parse(readFileSync(new URL("../../schema/report.schema.json", import.meta.url), "utf8")) as object;

describe("schema/report.schema.json", () => {
  it("validates a report with vocabulary skills, unrecognized terms and a job match, and requires the new fields", async () => {
    const text = "Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme, 2020 - Present\n• Moved sessions to CrateDB, cutting p99 by 30%\n\nSKILLS\nJava, Frobnicator, Dask\n";
    const r = await analyzeText(text, { now: new Date("2026-01-01"), jobDescription: { text: "# Engineer\n\n## Requirements\n- Java, Blorptool, Quuxcache\n" } });
    expect(r.skills.some((s) => s.tier === "vocabulary")).toBe(true);
    expect(r.unrecognized.map((t) => t.term)).toEqual(["Frobnicator"]);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors)).toBe(true);
    const noTier = structuredClone(r) as unknown as { skills: Array<Record<string, unknown>>; unrecognized?: unknown };
    delete noTier.skills[0].tier;
    expect(validate(noTier)).toBe(false);
  });
});
