import { describe, expect, it } from "vitest";
import { HINT_CODES } from "../../src/hints/rules/index.js";
import type { Bullet } from "../../src/types.js";
import { bullet as b, bulletHints } from "./helpers.js";

const codes = (x: Bullet) => bulletHints(x).map((h) => h.code);

describe("bullet rules", () => {
  it("flags an unquantified experience bullet with quote, line and a verb-based suggestion", () => {
    const hs = bulletHints(b("Optimized slow PostgreSQL queries for the reporting service", "experience", 12, 13));
    expect(hs.map((h) => h.code)).toEqual(["UNQUANTIFIED_BULLET"]);
    expect(hs[0]).toMatchObject({ line: 12, endLine: 13, section: "experience", quote: "Optimized slow PostgreSQL queries for the reporting service" });
    expect(hs[0]!.suggestion).toMatch(/latency/);
    // no location inside the message: the place and line carry it
    expect(hs[0]!.message).toBe("This bullet has no measured result. Numbers (%, time, users, cost) show impact.");
    expect(hs[0]!.url).toBe("https://github.com/resume-ats/resume-ats/blob/main/docs/rules.md#unquantified_bullet");
  });
  it("places a hint on the words it is about, with columns in the line's text", () => {
    // the line reads "• Responsible for ..." (the marker takes columns 1-2)
    const [weak] = bulletHints(b("Responsible for the billing API of 3 apps", "experience", 7)).filter((h) => h.code === "WEAK_OPENING");
    expect(weak!.place).toEqual({ start: { line: 7, column: 3 }, end: { line: 7, column: 18 } });
    const [passive] = bulletHints(b("The services were migrated by me to Kubernetes", "experience", 4)).filter((h) => h.code === "PASSIVE_VOICE");
    expect(passive!.place).toEqual({ start: { line: 4, column: 16 }, end: { line: 4, column: 29 } });
    const [pronoun] = bulletHints(b("Rebuilt my team's deploy scripts, saving 5 hours/week", "experience", 5)).filter((h) => h.code === "FIRST_PERSON");
    expect(pronoun!.place).toEqual({ start: { line: 5, column: 11 }, end: { line: 5, column: 13 } });
    // a wrapped bullet whose lines are not known gets lines only, never a guessed column
    const [wrapped] = bulletHints(b("Responsible for the billing API of 3 apps", "experience", 7, 8)).filter((h) => h.code === "WEAK_OPENING");
    expect(wrapped!.place).toEqual({ start: { line: 7 }, end: { line: 8 } });
  });
  it("does not flag quantified bullets", () => {
    expect(codes(b("Cut p95 latency from 420 ms to 95 ms with Redis caching"))).toEqual([]);
    expect(codes(b("Mentored 5 engineers on code review practice", "projects"))).toEqual([]);
  });
  it("only looks at experience, projects and volunteer bullets", () => {
    expect(codes(b("Responsible for various backend tasks", "skills"))).toEqual([]);
    expect(codes(b("Responsible for various backend tasks", "awards"))).toEqual([]);
    expect(codes(b("Organized a food drive for the shelter", "volunteer"))).toContain("UNQUANTIFIED_BULLET");
  });
  const weak = [
    "Responsible for various backend tasks using Java and Spring.",
    "Worked on REST APIs and helped with database stuff in Oracle.",
    "Helped maintain legacy J2EE applications.",
    "Participated in meetings and assisted senior developers as needed.",
    "Involved in migrating services to Spring Boot 2 and Java 11.",
    "Duties included bug fixing, code maintenance and testing.",
    "Tasked with keeping the CI green every week.",
    "In charge of the nightly batch jobs.",
    "Assisted the team with on-call duties.",
  ];
  for (const t of weak) it(`weak opening: ${t}`, () => expect(codes(b(t))).toContain("WEAK_OPENING"));
  it("does not call a strong opening weak", () => {
    expect(codes(b("Built a URL shortener with Flask, SQLite and Docker."))).not.toContain("WEAK_OPENING");
    expect(codes(b("Contributed pagination fixes to a FastAPI plugin; 3 pull requests merged."))).toEqual([]);
  });
  it("finds passive voice but not recognition", () => {
    expect(codes(b("The services were migrated by me to Kubernetes"))).toContain("PASSIVE_VOICE");
    // "responsible" is an adjective, not a participle: a weak opening, not a passive
    expect(codes(b("Was responsible for the payments database"))).not.toContain("PASSIVE_VOICE");
    expect(codes(b("Was responsible for the payments database"))).toContain("WEAK_OPENING");
    expect(codes(b("Reports were generated nightly by the batch system"))).toContain("PASSIVE_VOICE");
    expect(codes(b("Was promoted to tech lead after 2 releases"))).not.toContain("PASSIVE_VOICE");
    expect(codes(b("Built the service that was used by 3 teams"))).toContain("PASSIVE_VOICE");
  });
  it("flags long and short bullets", () => {
    const long = "Built " + Array.from({ length: 45 }, (_, i) => `word${i}`).join(" ");
    expect(codes(b(long))).toContain("BULLET_TOO_LONG");
    const wordy = "Built " + Array.from({ length: 26 }, (_, i) => `word${i}`).join(" ");
    expect(codes(b(wordy, "experience", 3, 5))).toContain("BULLET_TOO_LONG");
    // Three lines of a narrow column with few words is layout, not a long bullet.
    expect(codes(b("Built the API for 2M users", "experience", 3, 5))).not.toContain("BULLET_TOO_LONG");
    expect(codes(b("Built APIs"))).toEqual(["BULLET_TOO_SHORT"]);
    expect(codes(b("Built the payment API with Go"))).not.toContain("BULLET_TOO_SHORT");
  });
  it("flags first person but not I/O or acronyms", () => {
    expect(codes(b("Going forward I want to go deeper into distributed systems."))).toContain("FIRST_PERSON");
    expect(codes(b("We migrated 40 services to Kubernetes"))).toContain("FIRST_PERSON");
    expect(codes(b("Rebuilt my team's deploy scripts, saving 5 hours/week"))).toContain("FIRST_PERSON");
    expect(codes(b("Cut disk I/O by 30% in the ingestion path"))).toEqual([]);
    expect(codes(b("Built a CI pipeline in Go for 12 services"))).toEqual([]);
  });
  it("uses only documented codes and gives every hint a message and suggestion", () => {
    const hs = [...weak, "The services were migrated by me", "Going forward I want to go deeper"].flatMap((t) => bulletHints(b(t)));
    for (const h of hs) {
      expect(Object.keys(HINT_CODES)).toContain(h.code);
      expect(h.message.length).toBeGreaterThan(10);
      expect(h.suggestion?.length ?? 0).toBeGreaterThan(10);
    }
  });
});
