import { describe, expect, it } from "vitest";
import type { VocabularyFile } from "../../src/keywords/schema.js";
import { vocabularyFromFile, withVocabulary } from "../../src/keywords/vocabulary.js";
import { createMatcher } from "../../src/match/matcher.js";
import { bulletResume, makeCatalog, makeResume, testSkills } from "./helpers.js";

const file: VocabularyFile = {
  catalogVersion: "0.0.0",
  sources: [{ id: "test", package: "test", version: "1", license: "MIT" }],
  names: [
    { id: "aerospike", name: "Aerospike", category: "database", source: "test", license: "MIT" },
    { id: "dask", name: "Dask", category: "library", source: "test", license: "MIT", aliases: ["dask.distributed"] },
    { id: "sphinx", name: "Sphinx", category: "tool", common: true, source: "test", license: "MIT" },
    { id: "processing", name: "Processing", category: "language", common: true, source: "test", license: "MIT" },
    { id: "pandas-lib", name: "pandas", category: "library", common: true, source: "test", license: "MIT" },
    { id: "bootstrap", name: "Bootstrap", category: "framework", common: true, source: "test", license: "MIT" },
    { id: "cuda", name: "Cuda", category: "language", common: true, source: "test", license: "MIT" },
    { id: "spring-boot-admin", name: "Spring Boot Admin", category: "tool", source: "test", license: "MIT" },
    { id: "csv", name: "CSV", category: "data", source: "test", license: "MIT" },
    // A curated alias: the catalog has it, so the vocabulary form is never compiled.
    { id: "postgres-again", name: "Postgres", category: "database", source: "test", license: "MIT" },
  ],
};
const catalog = withVocabulary(makeCatalog(testSkills), vocabularyFromFile(file));
const match = (r: Parameters<ReturnType<typeof createMatcher>["match"]>[0]) => createMatcher(catalog).match(r);
const ids = (r: Parameters<ReturnType<typeof createMatcher>["match"]>[0]) => match(r).skills.filter((s) => !s.implied).map((s) => `${s.id}:${s.tier}`);

describe("vocabulary names", () => {
  it("are found in prose when not common, with tier vocabulary and the usual occurrence fields", () => {
    const r = match(bulletResume("Moved sessions from Memcached to Aerospike and scaled Dask jobs"));
    const a = r.skills.find((s) => s.id === "aerospike");
    expect(a?.tier).toBe("vocabulary");
    expect(a?.category).toBe("database");
    expect(a?.occurrences[0]).toMatchObject({ matched: "Aerospike", line: 1, inBullet: true, section: "experience" });
    expect(r.skills.find((s) => s.id === "dask")?.tier).toBe("vocabulary");
  });

  it("find curated skills with tier catalog beside them", () => {
    expect(ids(bulletResume("Built Java services on Aerospike"))).toEqual(["aerospike:vocabulary", "java:catalog"]);
  });

  it("a common name counts only in a list, with its case as written", () => {
    expect(ids(bulletResume("Wrote the docs with Sphinx for the team"))).toEqual([]);
    expect(ids(makeResume([{ text: "Tools: Sphinx, Docker, Aerospike", section: "skills" }]))).toContain("sphinx:vocabulary");
    expect(ids(makeResume([{ text: "Tools: sphinx, Aerospike, Java", section: "skills" }]))).not.toContain("sphinx:vocabulary");
    expect(ids(bulletResume("Stack: Java, Sphinx, Kafka, Aerospike"))).toContain("sphinx:vocabulary");
  });

  it("a data format counts only in a list, in any case: in a sentence it names a file", () => {
    expect(ids(bulletResume("Automated roster imports from CSV exports shared by captains"))).toEqual([]);
    expect(ids(makeResume([{ text: "Formats: csv, Aerospike, Java", section: "skills" }]))).toContain("csv:vocabulary");
    expect(match(bulletResume("Automated roster imports from CSV exports")).ignored.some((i) => i.skillId === "csv" && i.reason.includes("a data format"))).toBe(true);
  });

  it("a lower-case common name also matches as a list item with a capital first letter", () => {
    expect(ids(makeResume([{ text: "Python, Pandas, Aerospike", section: "skills" }]))).toContain("pandas-lib:vocabulary");
  });

  it("a common name written all in capitals matches a form with capitals, never a lower-case word", () => {
    expect(ids(makeResume([{ text: "Languages: Python, CUDA, Java", section: "skills" }]))).toContain("cuda:vocabulary");
    expect(ids(makeResume([{ text: "Languages: Python, cuda, Java", section: "skills" }]))).not.toContain("cuda:vocabulary");
  });

  it("a common name joined by a slash to a name already taken is in a list", () => {
    expect(ids(bulletResume("Built the UI with Java/Bootstrap for clinics"))).toContain("bootstrap:vocabulary");
    expect(ids(bulletResume("Learned to bootstrap/scale teams"))).not.toContain("bootstrap:vocabulary");
    expect(ids(bulletResume("Helped Bootstrap the new office"))).not.toContain("bootstrap:vocabulary");
  });

  it("a common name must be a whole list item", () => {
    expect(ids(makeResume([{ text: "Image Processing, Java, SQL", section: "skills" }]))).not.toContain("processing:vocabulary");
    expect(ids(makeResume([{ text: "Processing, Java, SQL", section: "skills" }]))).toContain("processing:vocabulary");
  });

  it("never wins over a curated skill for the same text, nor inside a curated name", () => {
    expect(createMatcher(catalog).compiled.vocabulary?.byId.has("postgres-again")).toBe(false);
    expect(ids(bulletResume("Ran Postgres replicas"))).toEqual(["postgresql:catalog"]);
    expect(ids(bulletResume("Deployed Spring Boot Admin dashboards"))).toContain("spring-boot:catalog");
    expect(ids(bulletResume("Deployed Spring Boot Admin dashboards"))).not.toContain("spring-boot-admin:vocabulary");
  });

  it("are not an employer's name on an entry header", () => {
    const r = makeResume([{ text: "Engineer, Aerospike — 2020–2023", section: "experience", entryHeader: true, entryIndex: 0 }], [], ["Aerospike"]);
    const m = match(r);
    expect(m.skills.map((s) => s.id)).not.toContain("aerospike");
    expect(m.ignored.some((i) => i.skillId === "aerospike" && i.reason.includes("employer"))).toBe(true);
  });

  it("are negated like curated names", () => {
    expect(ids(bulletResume("No production Aerospike experience yet"))).toEqual([]);
  });

  it("a catalog without a vocabulary finds none of them", () => {
    expect(createMatcher(makeCatalog(testSkills)).match(bulletResume("Scaled Aerospike")).skills).toEqual([]);
  });
});

describe("formUnits", () => {
  it("gives the tokenizer's units for every form of the bundled vocabulary", async () => {
    const { loadVocabulary } = await import("../../src/keywords/vocabulary.js");
    const { toUnits } = await import("../../src/match/units.js");
    const { formUnits } = await import("../../src/match/vocabulary.js");
    const v = await loadVocabulary();
    let n = 0;
    for (const name of v.names) {
      for (const f of [name.name, ...(name.aliases ?? []).map((a) => (typeof a === "string" ? a : a.text))]) {
        expect(formUnits(f), f).toEqual(toUnits(f).map((u) => ({ text: u.text, folded: u.folded })));
        n++;
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
});
