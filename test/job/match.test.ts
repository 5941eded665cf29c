import { describe, expect, it } from "vitest";
import { countWork } from "../work-counter.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { matchText } from "../../src/match/index.js";
import { extractResume } from "../../src/extract/index.js";
import { jobKeywords, matchJob, parseJobDescription, parseJobText } from "../../src/job/index.js";

const catalog = getBuiltinCatalog();

const POSTING = `# Senior Backend Engineer (Go)

## Requirements
- 5+ years of building backend services
- Strong experience with Go and PostgreSQL
- Experience with Amazon Web Services (AWS)

## Nice to have
- Kafka
- Redis is a plus

## Benefits
Free lunch. We use Terraform for the office wiki.

Our Quillbase engine is the heart of the product. Quillbase needs care. You will tune Quillbase.
`;

describe("parseJobText on a small posting", () => {
  const p = parseJobText(POSTING, catalog);
  it("splits required and preferred, ignores Benefits", () => {
    expect(p.required.map((s) => s.id)).toEqual(["aws", "go", "postgresql"]);
    expect(p.preferred.map((s) => s.id)).toEqual(["kafka", "redis"]);
    expect(p.title).toBe("Senior Backend Engineer (Go)");
    expect(p.seniority).toBe("senior");
    expect(p.yearsRequired).toBe(5);
    expect(p.preferred.find((s) => s.id === "redis")?.cue).toBe("is a plus");
    expect(p.required.find((s) => s.id === "aws")?.forms).toEqual(["AWS", "Amazon Web Services"]);
  });
});

describe("matchJob", () => {
  const posting = parseJobText(
    POSTING.replace("## Benefits\nFree lunch. We use Terraform for the office wiki.\n", "## What you'll do\nWork on Quillbase daily.\n"),
    catalog,
  );
  const resumeText = "Backend Developer\nBuilt Go microservices on AWS with goroutines and gRPC.\nFamiliar with Redis.\nTuned Quillbase queries.";
  const skills = matchText(resumeText, catalog).skills;

  it("found / missing, rate, title, years and hints", () => {
    const m = matchJob(posting, { skills, text: resumeText, titles: ["Backend Developer"], years: 3 }, { catalog });
    expect(m.required).toEqual({ found: ["aws", "go"], missing: ["postgresql"] });
    expect(m.preferred).toEqual({ found: ["redis"], missing: ["kafka"] });
    expect(posting.otherTerms.map((t) => t.term)).toContain("quillbase");
    expect(m.otherTerms.found).toContain("quillbase");
    expect(m.titleMatch).toEqual({ posting: "Senior Backend Engineer (Go)", resume: "Backend Developer", match: true });
    const codes = m.hints.map((h) => h.code);
    expect(codes[0]).toBe("JD_MISSING_REQUIRED");
    expect(m.hints[0].skillId).toBe("postgresql");
    expect(codes).toContain("JD_YEARS_BELOW");
    expect(codes).toContain("JD_MISSING_PREFERRED");
    expect(codes).toContain("JD_SKILL_HEDGED");
    const acr = m.hints.find((h) => h.code === "JD_ACRONYM_FORM");
    expect(acr?.skillId).toBe("aws");
    expect(acr?.message).toContain("Amazon Web Services (AWS)");
    // 2*2 required found + 1 preferred + 0.5 per found term, over 2*3 + 2 + 0.5*terms.
    const terms = posting.otherTerms.length;
    const foundTerms = m.otherTerms.found.length;
    expect(m.matchRate).toBeCloseTo((4 + 1 + 0.5 * foundTerms) / (6 + 2 + 0.5 * terms), 3);
  });

  it("title mismatch and no years hint when enough years", () => {
    const m = matchJob(posting, { skills, text: resumeText, titles: ["Frontend Engineer"], years: 7 });
    expect(m.titleMatch.match).toBe(false);
    expect(m.hints.map((h) => h.code)).toContain("JD_TITLE_MISMATCH");
    expect(m.hints.map((h) => h.code)).not.toContain("JD_YEARS_BELOW");
    expect(m.hints.map((h) => h.code)).not.toContain("JD_ACRONYM_FORM");
  });

  it("implied skills count as found", () => {
    const p = parseJobText("Data Engineer\nRequirements\n- SQL\n", catalog);
    const s = matchText("Skills: MySQL", catalog, { section: "skills" }).skills;
    expect(p.required.map((x) => x.id)).toEqual(["sql"]);
    expect(s.find((x) => x.id === "sql")?.implied).toBe(true);
    expect(matchJob(p, { skills: s, text: "Skills: MySQL", titles: [], years: 0 }).required.found).toEqual(["sql"]);
  });
});

describe("jobKeywords", () => {
  it("gives role-keyword entries from the posting", () => {
    const k = jobKeywords(parseJobText(POSTING, catalog));
    expect(k.mustHave.map((e) => e.id)).toEqual(["aws", "go", "postgresql"]);
    expect(k.strong[0]).toEqual({ id: "kafka", label: "Kafka", skills: ["kafka"], weight: 1, source: "job-description" });
  });
});

describe("parseJobDescription", () => {
  it("reads a file path, { text }, and an extracted document alike", async () => {
    const file = path.resolve(import.meta.dirname, "../../fixtures/jobs/kotlin-one-section.txt");
    const fromPath = await parseJobDescription(file, catalog);
    const fromText = await parseJobDescription({ text: readFileSync(file, "utf8") }, catalog);
    const fromDoc = await parseJobDescription(await extractResume(file), catalog);
    expect(fromPath.required.map((s) => s.id)).toEqual(["backend-development", "java", "kafka", "kotlin", "postgresql", "spring-boot"]);
    expect(fromText.required.map((s) => s.id)).toEqual(fromPath.required.map((s) => s.id));
    expect(fromDoc.required.map((s) => s.id)).toEqual(fromPath.required.map((s) => s.id));
    expect(fromDoc.preferred.map((s) => s.id)).toEqual(["docker", "gcp", "kubernetes", "pci-dss", "terraform"]);
  });
});

describe("hostile input", () => {
  it("a 190 000-character one-line posting parses in linear time (work counted, not timed)", () => {
    const posting = (n: number) => "Backend Engineer\nRequirements\n" + "Go, Kafka and Redis, ".repeat(n);
    let ids: string[] = [];
    const big = countWork(() => (ids = parseJobText(posting(9000), catalog).required.map((s) => s.id)));
    expect(ids).toEqual(["go", "kafka", "redis"]);
    expect(big / countWork(() => parseJobText(posting(1800), catalog))).toBeLessThan(7.5); // linear ≈ 5
  });
});
