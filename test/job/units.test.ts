import { describe, expect, it } from "vitest";
import { classifyHeading, cueFor, findTitle, seniorityOf, significantTerms, splitSections, titlesMatch, yearsIn } from "../../src/job/index.js";
import { linesOfText } from "../../src/job/lines.js";

function cueAt(text: string, word: string) {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`no ${word}`);
  return cueFor(text, at, at + word.length);
}

describe("cues", () => {
  it("a postfix cue decides the mention before it", () => {
    expect(cueAt("Docker and Kubernetes experience is a plus", "Docker")?.kind).toBe("preferred");
    expect(cueAt("Go is required, Kafka is a plus", "Go")?.kind).toBe("required");
    expect(cueAt("Go is required, Kafka is a plus", "Kafka")?.kind).toBe("preferred");
  });
  it("the nearest prefix cue decides; explicit beats soft", () => {
    expect(cueAt("You must have solid Go experience and ideally some Kafka.", "Go")?.kind).toBe("required");
    expect(cueAt("You must have solid Go experience and ideally some Kafka.", "Kafka")?.kind).toBe("preferred");
    expect(cueAt("Bonus: strong Kafka knowledge", "Kafka")?.kind).toBe("preferred");
    expect(cueAt("Familiarity with Terraform", "Terraform")).toMatchObject({ kind: "preferred", strength: "soft" });
  });
  it("'if you have' is not a requirement, 'but not required' is preferred", () => {
    expect(cueAt("It would be a plus if you have worked with Elasticsearch.", "Elasticsearch")?.kind).toBe("preferred");
    expect(cueAt("Experience with Heroku or AWS is nice to have but not required.", "Heroku")?.kind).toBe("preferred");
  });
  it("excludes what the posting says it does not expect", () => {
    expect(cueAt("We do not expect you to know React, but you will see it.", "React")?.kind).toBe("exclude");
  });
  it("cues stay in their sentence", () => {
    expect(cueAt("Nice to have: Redis. We use Postgres.", "Postgres")).toBeNull();
  });
});

describe("sections", () => {
  it("names posting headings", () => {
    expect(classifyHeading("What you'll need")).toBe("requirements");
    expect(classifyHeading("Basic Qualifications")).toBe("requirements");
    expect(classifyHeading("Preferred qualifications")).toBe("preferred");
    expect(classifyHeading("Bonus points")).toBe("preferred");
    expect(classifyHeading("What you'll do")).toBe("responsibilities");
    expect(classifyHeading("About us")).toBe("about");
    expect(classifyHeading("About you")).toBe("requirements");
    expect(classifyHeading("Perks & benefits")).toBe("benefits");
    expect(classifyHeading("Lorem ipsum")).toBeNull();
  });
  it("splits plain text without taking requirement lines for headings", () => {
    const text = "Backend Engineer\nAbout us\nWe build things.\nRequirements\nExperience with Docker\nGo\nNice to have:\nKafka\nBenefits\nFree lunch";
    const { sections, isHeading } = splitSections(linesOfText(text));
    expect(sections.map((s) => [s.kind, s.startLine, s.endLine])).toEqual([
      ["other", 1, 1],
      ["about", 2, 3],
      ["requirements", 4, 6],
      ["preferred", 7, 8],
      ["benefits", 9, 10],
    ]);
    expect(isHeading[4]).toBe(false);
  });
  it("an inline label starts a section: 'Requirements: Go, Kafka'", () => {
    const { sections } = splitSections(linesOfText("Title\nRequirements: Go, Kafka\nNice to have: Redis"));
    expect(sections.map((s) => s.kind)).toEqual(["other", "requirements", "preferred"]);
  });
});

describe("title, seniority, years", () => {
  it("title is the first line without marks or label", () => {
    expect(findTitle(linesOfText("\n# Senior Backend Engineer (Go)\nmore"))).toBe("Senior Backend Engineer (Go)");
    expect(findTitle(linesOfText("Job Title: Platform Engineer"))).toBe("Platform Engineer");
  });
  it("seniority from title words", () => {
    expect(seniorityOf("Senior Backend Engineer (Go)")).toBe("senior");
    expect(seniorityOf("Sr. Java Developer")).toBe("senior");
    expect(seniorityOf("Staff Platform Engineer")).toBe("lead");
    expect(seniorityOf("Backend Intern")).toBe("junior");
    expect(seniorityOf("Mid-level Python Developer")).toBe("mid");
    expect(seniorityOf("Backend Engineer")).toBeNull();
  });
  it("years: 5+, at least five, 3-5 (min)", () => {
    expect(yearsIn("5+ years of experience")).toEqual([5]);
    expect(yearsIn("at least five years of Rails")).toEqual([5]);
    expect(yearsIn("3-5 years with Python")).toEqual([3]);
    expect(yearsIn("3 to 5 years")).toEqual([3]);
    expect(yearsIn("a company 12 years old")).toEqual([]);
  });
});

describe("other terms (TF-IDF against generic postings)", () => {
  it("keeps a repeated unknown name, drops generic posting words", () => {
    const text =
      "You will extend Quillbase, our ledger engine. Experience working in a team is important.\n" +
      "Quillbase runs every payment. You will make Quillbase faster with the team. Experience matters to the team.";
    const terms = significantTerms(text).map((t) => t.term);
    expect(terms).toContain("quillbase");
    expect(terms).not.toContain("experience");
    expect(terms).not.toContain("team");
    expect(significantTerms(text).find((t) => t.term === "quillbase")?.count).toBe(3);
  });
  it("excluded words and numbers never come back", () => {
    expect(significantTerms("Kafka Kafka Kafka 2024 2024 2024", { exclude: new Set(["kafka"]) })).toEqual([]);
  });
});

describe("title match", () => {
  it("shares a significant word and the role family", () => {
    expect(titlesMatch("Senior Backend Engineer (Go)", "Backend Developer")).toBe(true);
    expect(titlesMatch("Senior Backend Engineer (Go)", "Back-end Software Engineer")).toBe(true);
    expect(titlesMatch("Senior Backend Engineer (Go)", "Frontend Engineer")).toBe(false);
    expect(titlesMatch("Senior Database Administrator (PostgreSQL)", "Database Administrator")).toBe(true);
    expect(titlesMatch("Senior Database Administrator (PostgreSQL)", "Database Engineer")).toBe(false);
  });
});
