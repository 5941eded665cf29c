/**
 * A shared head noun distributes over its list ("unit and integration
 * tests"), without creating skills the list does not name.
 */
import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { createMatcher } from "../../src/match/index.js";
import type { MatchResult } from "../../src/types.js";
import { bulletResume, makeCatalog, makeResume } from "./helpers.js";

const real = createMatcher(getBuiltinCatalog());
const ids = (r: MatchResult): string[] => r.skills.filter((s) => !s.implied).map((s) => s.id).sort();
const found = (text: string): string[] => ids(real.match(bulletResume(text)));

describe("a shared head noun over a list (builtin catalog)", () => {
  it("comma and 'and' lists, with an Oxford comma and hyphenated members", () => {
    expect(found("Owned end-to-end, black-box, unit, and regression testing of the checkout")).toEqual(expect.arrayContaining(["e2e-testing", "unit-testing"]));
    expect(found("Wrote unit and integration tests for the billing API")).toEqual(expect.arrayContaining(["integration-testing", "unit-testing"]));
    expect(found("Ran load and stress testing before launch")).toEqual(expect.arrayContaining(["load-testing"]));
  });

  it("a list of two database kinds", () => {
    expect(found("Designed schemas for SQL and NoSQL databases")).toEqual(expect.arrayContaining(["nosql", "relational-databases", "sql"]));
  });

  it("gives no skill the list does not name", () => {
    expect(found("Ran MySQL and PostgreSQL databases on RDS")).toEqual(["aws-rds", "mysql", "postgresql"]);
    expect(found("Built Kafka and Redis clusters")).toEqual(["kafka", "redis"]);
    expect(found("Worked with product and design teams")).toEqual([]);
    expect(found("Hired Java and Python developers")).toEqual(["java", "python"]);
    // A phrase with its own head ("code reviews") ends the list: "Integration" is not paired with "testing".
    expect(found("Integrated Continuous Integration/Deployment Pipeline, conducted code reviews, load/stress testing, and unit testing")).not.toContain("integration-testing");
    // A one-word name split at its capitals is no member plus head ("Swift" + "Data" is not SwiftData).
    const apple = real.match(makeResume([{ text: "Swift, SwiftUI, UIKit, Combine, Core Data", section: "skills" }]));
    expect(apple.skills.map((s) => s.id)).not.toContain("swiftdata");
    // A member naming the last member's own skill adds no occurrence.
    const r = real.match(makeResume([{ text: "Java, Spring, Spring Boot, Hibernate", section: "skills" }]));
    expect(r.skills.find((s) => s.id === "spring-boot")?.occurrences.map((o) => o.matched)).toEqual(["Spring Boot"]);
  });

  it("the first member may end a clause; a long item in the middle ends the list", () => {
    expect(found("Wrote end-to-end, unit and regression testing suites")).toEqual(expect.arrayContaining(["e2e-testing", "unit-testing"]));
    expect(found("Reviewed the unit economics of the team, and integration tests")).not.toContain("unit-testing");
  });

  it("a name that needs context counts only when two members form names", () => {
    expect(found("Wrote integration tests for the API")).not.toContain("integration-testing");
    expect(found("Wrote Jest and integration tests for the API")).not.toContain("integration-testing");
    expect(found("Wrote unit and integration tests for the API")).toContain("integration-testing");
  });
});

describe("shared heads on a small catalog", () => {
  const catalog = makeCatalog([
    { id: "front-end", name: "Front-end development", category: "practice" },
    { id: "back-end", name: "Back-end development", category: "practice" },
    { id: "mobile", name: "Mobile development", category: "practice" },
    { id: "web", name: "Web development", category: "practice" },
    { id: "python", name: "Python", category: "language" },
  ]);
  const m = createMatcher(catalog);
  const f = (text: string) => ids(m.match(bulletResume(text)));

  it("distributes over each member, whatever the separators", () => {
    expect(f("Led front-end and back-end development")).toEqual(["back-end", "front-end"]);
    expect(f("Led front-end, back-end, mobile and web development")).toEqual(["back-end", "front-end", "mobile", "web"]);
    expect(f("Led front-end/back-end development")).toEqual(["back-end", "front-end"]);
    expect(f("Led front-end & back-end development")).toEqual(["back-end", "front-end"]);
  });

  it("never pairs a member with a head across a sentence end or a parenthesis", () => {
    expect(f("Hired front-end. Mobile development")).toEqual(["mobile"]);
    expect(f("Hired front-end (mobile development)")).toEqual(["mobile"]);
  });

  it("gives the evidence text from the member to the head", () => {
    const r = m.match(makeResume([{ text: "• Led front-end and back-end development", section: "experience", bullet: 0 }]));
    const fe = r.skills.find((s) => s.id === "front-end");
    expect(fe?.occurrences[0].matched).toBe("front-end and back-end development");
  });
});
