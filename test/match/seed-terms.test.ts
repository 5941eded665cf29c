/**
 * The seed terms of the backend roles match as written, in a skills list and
 * in a bullet (issue 13): each term names one catalog skill.
 */
import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { createMatcher } from "../../src/match/index.js";
import { bulletResume, makeResume } from "./helpers.js";

const SEED_TERMS: Array<[term: string, skillId: string]> = [
  ["System Architecture", "software-architecture"],
  ["Server-side Programming", "backend-development"],
  ["API Development", "api-development"],
  ["Cloud Platforms", "cloud-computing"],
  ["Database Technologies", "databases"],
  ["Security Practices", "application-security"],
  ["Version Control", "version-control"],
  ["DevOps", "devops"],
  ["CI/CD", "ci-cd"],
  ["On-call", "on-call"],
];

describe("seed terms of the backend roles", () => {
  const matcher = createMatcher(getBuiltinCatalog());
  const direct = (r: ReturnType<typeof matcher.match>) => r.skills.filter((s) => !s.implied).map((s) => s.id);

  it.each(SEED_TERMS)("%s → %s, in a skills list and in a bullet", (term, id) => {
    expect(direct(matcher.match(makeResume([{ text: term, section: "skills" }])))).toEqual([id]);
    expect(direct(matcher.match(makeResume([{ text: `Core skills: ${term}, Python, PostgreSQL`, section: "skills" }])))).toContain(id);
    expect(direct(matcher.match(bulletResume(`Owned ${term} for the payments platform`)))).toContain(id);
  });

  it("lower case and the other number work too", () => {
    expect(direct(matcher.match(bulletResume("Owned the systems architecture and the database technology choices")))).toEqual(expect.arrayContaining(["software-architecture", "databases"]));
    expect(direct(matcher.match(bulletResume("Joined the on-call rotation")))).toContain("on-call");
  });
});
