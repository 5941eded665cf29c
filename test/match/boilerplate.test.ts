import { describe, expect, it } from "vitest";
import { isConsentClause, voiceOf } from "../../src/match/boilerplate.js";
import { createMatcher } from "../../src/match/index.js";
import { toUnits } from "../../src/match/units.js";
import type { MatchResult } from "../../src/types.js";
import { makeCatalog, makeResume, type LineSpec } from "./helpers.js";

const catalog = makeCatalog([
  { id: "latex", name: "LaTeX", category: "tool" },
  { id: "yaml", name: "YAML", category: "language" },
  { id: "markdown", name: "Markdown", category: "language" },
  { id: "go", name: "Go", category: "language", caseSensitive: true, requiresContext: true },
  { id: "docker", name: "Docker", category: "devops" },
  { id: "kafka", name: "Kafka", category: "messaging" },
  { id: "gdpr", name: "GDPR", category: "security" },
]);
const matcher = createMatcher(catalog);
const found = (r: MatchResult): string[] => r.skills.filter((s) => !s.implied).map((s) => s.id);

describe("voiceOf", () => {
  it("hears a block that tells the reader what they can do", () => {
    expect(voiceOf(toUnits("You can choose any of the 9 entry types for each section.")).addressesReader).toBe(true);
    expect(voiceOf(toUnits("It allows you to create a CV from a YAML file.")).addressesReader).toBe(true);
    expect(voiceOf(toUnits("Here, you will find a comprehensive user guide.")).addressesReader).toBe(true);
  });

  it("does not hear it in a placeholder or a possessive", () => {
    expect(voiceOf(toUnits("Your Location")).addressesReader).toBe(false);
    expect(voiceOf(toUnits("Thank you for your time")).addressesReader).toBe(false);
  });

  it("hears the first person only from a capital I and the other first-person words", () => {
    expect(voiceOf(toUnits("I build tools you can trust")).firstPerson).toBe(true);
    expect(voiceOf(toUnits("My stack is Go and Kafka")).firstPerson).toBe(true);
    expect(voiceOf(toUnits("i.e. the usual")).firstPerson).toBe(false);
  });
});

describe("instructions addressed to the reader (a template's example text)", () => {
  const template: LineSpec[] = [
    { text: "John Doe", section: "header" },
    { text: "Welcome to RenderCV", section: "header" },
    { text: "RenderCV reads a CV written in a YAML file, and generates a PDF with professional typography.", section: "header" },
    { text: "You can choose any of the 9 entry types for each section.", section: "header" },
    { text: "It is a LaTeX-based app with Markdown syntax support.", section: "header" },
  ];

  it("claims no skill from the section that addresses the reader", () => {
    const r = matcher.match(makeResume([...template, { text: "Built the ingest service with Docker and Kafka", section: "experience", bullet: 0 }]));
    expect(found(r)).toEqual(["docker", "kafka"]);
    const reasons = r.ignored.filter((i) => /addressed to the reader/.test(i.reason)).map((i) => i.skillId);
    expect(reasons.sort()).toEqual(["latex", "markdown", "yaml"]);
  });

  it("keeps a summary that speaks in the first person, even when it says 'you can'", () => {
    const r = matcher.match(makeResume([{ text: "I write YAML and LaTeX tooling that you can rely on.", section: "summary" }]));
    expect(found(r)).toEqual(["latex", "yaml"]);
  });

  it("keeps the experience and project sections: 'a CLI that lets you deploy' describes what was built", () => {
    const r = matcher.match(makeResume([{ text: "Shipped a CLI that lets you deploy Docker stacks from a YAML file", section: "experience", bullet: 0 }]));
    expect(found(r)).toEqual(["docker", "yaml"]);
  });

  it("does not apply to a job posting, which addresses the reader throughout", () => {
    const posting = makeResume([{ text: "Day to day you will write the YAML that deploys our services, so you must know it well.", section: "summary" }]);
    expect(found(matcher.match(posting))).toEqual([]);
    expect(found(matcher.match(posting, { document: "job-posting" }))).toEqual(["yaml"]);
  });

  it("keeps a skills list in another section", () => {
    const r = matcher.match(
      makeResume([
        { text: "You can reach me any time.", section: "header" },
        { text: "YAML, LaTeX, Markdown", section: "skills" },
      ]),
    );
    expect(found(r)).toEqual(["latex", "markdown", "yaml"]);
  });
});

describe("isConsentClause", () => {
  it("is a first-person consent to processing personal data", () => {
    expect(isConsentClause(toUnits("I agree to the processing of my personal data for recruitment purposes (GDPR)."))).toBe(true);
    expect(isConsentClause(toUnits("Implemented GDPR consent flows for personal data"))).toBe(false);
  });
});
