import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { loadVocabulary, withVocabulary } from "../../src/keywords/vocabulary.js";
import { jobKeywords, matchJob, parseJobText } from "../../src/job/index.js";
import { hasSameWords, writtenLikeName } from "../../src/job/list-terms.js";
import { analyzeText } from "../../src/analyze/index.js";

const POSTING = `# Senior Backend Engineer

## Requirements
- Python, Blorptool, Zorkmid-DB, CrateDB
- Excellent communication skills
- 5+ years of backend development

## Nice to have
- Kafka, Quuxcache, Redis
`;

const RESUME = `Jane Doe
jane@example.com

EXPERIENCE
Backend Engineer, Acme, 2019 - Present
• Cut p99 latency by 40% moving sessions to CrateDB
• Tuned zorkmid db clusters for 2M users

SKILLS
Python, Blorptool, Redis
`;

describe("a posting's list terms (requirement items no skill knows)", () => {
  it("are read from requirement and preferred lists, written like names, in order", () => {
    const p = parseJobText(POSTING, getBuiltinCatalog());
    expect(p.listTerms).toEqual(["Blorptool", "Zorkmid-DB", "CrateDB", "Quuxcache"]);
  });

  it("leave out a vocabulary name, which becomes a required skill of tier vocabulary", async () => {
    const catalog = withVocabulary(getBuiltinCatalog(), await loadVocabulary());
    const p = parseJobText(POSTING, catalog);
    expect(p.listTerms).toEqual(["Blorptool", "Zorkmid-DB", "Quuxcache"]);
    expect(p.required.find((s) => s.id === "cratedb")).toMatchObject({ name: "CrateDB", tier: "vocabulary" });
    expect(jobKeywords(p).mustHave.map((k) => k.id)).toContain("cratedb");
  });

  it("are met by the same words in the resume, case, hyphens and spacing aside", async () => {
    const r = await analyzeText(RESUME, { jobDescription: { text: POSTING }, now: new Date("2026-01-01") });
    expect(r.jobMatch?.listTerms).toEqual({ found: ["Blorptool", "Zorkmid-DB"], missing: ["Quuxcache"] });
    expect(r.jobMatch?.required.found).toContain("cratedb");
    expect(r.jobMatch?.posting.listTerms).toEqual(["Blorptool", "Zorkmid-DB", "Quuxcache"]);
    const hint = r.hints.find((h) => h.code === "JD_LIST_TERM_MISSING");
    expect(hint?.message).toContain("Quuxcache");
    expect(r.skills.find((s) => s.id === "cratedb")?.tier).toBe("vocabulary");
  });

  it("count in the match rate like preferred skills", () => {
    const p = parseJobText("# Engineer\n\n## Requirements\n- Blorptool, Quuxcache, Zorkmid\n", getBuiltinCatalog());
    const m = matchJob(p, { skills: [], text: "I used blorptool daily.", titles: [], years: 0 });
    expect(m.listTerms).toEqual({ found: ["Blorptool"], missing: ["Quuxcache", "Zorkmid"] });
    expect(m.matchRate).toBeCloseTo(1 / 3, 3);
  });

  it("helpers: names vs phrases, and same words", () => {
    expect(writtenLikeName("Zorkmid DB")).toBe(true);
    expect(writtenLikeName("k9s")).toBe(true);
    expect(writtenLikeName("Excellent communication skills")).toBe(false);
    expect(hasSameWords("ran Zorkmid   db nightly", "Zorkmid-DB")).toBe(true);
    expect(hasSameWords("Zorkmidology", "Zorkmid")).toBe(false);
  });
});
