/**
 * A JSON Resume job (the official `sample.job.json`) is read by its schema:
 * skills[].keywords and qualifications as requirements, responsibilities as
 * duties, `experience` as the level, and nothing from keys, location or meta.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { parseJobDescription, parseJobText } from "../../src/job/index.js";
import { levelOfExperience, parseJsonJob } from "../../src/job/json-job.js";

const DIR = join(import.meta.dirname, "../../fixtures/jsonresume");
const JOB = join(DIR, "sample.job.json");
const text = readFileSync(JOB, "utf8");
const catalog = getBuiltinCatalog();

/** 1-based line of the first line of the file containing `needle`. */
function lineOf(needle: string): number {
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

describe("JSON Resume job (sample.job.json)", () => {
  it("reads the title, the level from `experience` and the years from the qualifications", async () => {
    const p = await parseJobDescription(JOB, catalog);
    expect(p.title).toBe("Web Developer");
    expect(p.seniority).toBe("mid");
    expect(p.yearsRequired).toBe(3);
  });

  it("asks for every skills[].keywords entry and the qualifications' skills, as required", async () => {
    const p = await parseJobDescription(JOB, catalog);
    const ids = p.required.map((k) => k.id);
    for (const id of ["html", "css", "javascript", "react", "nodejs", "sql", "nosql", "mongodb"]) expect(ids, id).toContain(id);
    expect(p.preferred).toEqual([]);
  });

  it("takes no word from keys, location, meta, company or salary", async () => {
    const p = await parseJobDescription(JOB, catalog);
    const words = p.otherTerms.map((t) => t.term).join(" ");
    for (const w of ["keywords", "level", "berlin", "glücklichkeit", "straße", "canonical", "microsoft", "hybrid", "postalcode", "master", "intermediate", "100000"]) {
      expect(words, w).not.toContain(w);
    }
  });

  it("points each skill at its line in the JSON file", async () => {
    const p = await parseJobDescription(JOB, catalog);
    expect(p.required.find((k) => k.id === "react")?.line).toBe(lineOf('"React"'));
    expect(p.required.find((k) => k.id === "mongodb")?.line).toBe(lineOf('"MongoDB"'));
  });

  it("gives the same posting from a path, bytes and { text }", async () => {
    const a = await parseJobDescription(JOB, catalog);
    const b = await parseJobDescription(new Uint8Array(readFileSync(JOB)), catalog);
    const c = await parseJobDescription({ text }, catalog);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(parseJobText(text, catalog)).toEqual(a);
  });

  it("does not take a resume, an array or broken JSON for a job", () => {
    expect(parseJsonJob(readFileSync(join(DIR, "sample.resume.json"), "utf8"))).toBeNull();
    expect(parseJsonJob("[1, 2]")).toBeNull();
    expect(parseJsonJob('{"title": "Backend Engineer", "qualifications": [')).toBeNull();
    expect(parseJsonJob('{"title": "Backend Engineer"}')).toBeNull();
    expect(parseJsonJob('{"title": "Backend Engineer", "skills": []}')).not.toBeNull();
  });

  it("maps the schema's experience levels", () => {
    expect(levelOfExperience("Senior")).toBe("senior");
    expect(levelOfExperience("Mid-level")).toBe("mid");
    expect(levelOfExperience("Entry level")).toBe("junior");
    expect(levelOfExperience("Principal")).toBe("lead");
    expect(levelOfExperience("Any")).toBeNull();
    expect(levelOfExperience(3)).toBeNull();
  });
});
