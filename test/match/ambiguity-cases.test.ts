/**
 * Runs every sentence of test/keywords/ambiguity-cases.json (and ambiguity-cases/*.json) through the
 * matcher on the real builtin catalog: the skill must be found (expected:
 * true) or not found (false) in that sentence, placed in the named section.
 */
import { describe, expect, it } from "vitest";
import { AMBIGUITY_CASES as cases, type AmbiguityCase } from "../keywords/ambiguity-cases.js";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { createMatcher } from "../../src/match/index.js";
import type { SectionKind } from "../../src/types.js";
import { makeResume } from "./helpers.js";


const BULLET_SECTIONS = new Set(["experience", "projects", "volunteer"]);

describe("ambiguity cases on the builtin catalog", () => {
  const matcher = createMatcher(getBuiltinCatalog());
  const table = cases as AmbiguityCase[];

  it("has cases", () => {
    expect(table.length).toBeGreaterThan(20);
  });

  it.each(table.map((c) => [`${c.expected ? "finds" : "does not find"} ${c.skillId} in "${c.sentence}" (${c.section})`, c] as const))("%s", (_name, c) => {
    const section = c.section as SectionKind;
    const resume = makeResume([{ text: c.sentence, section, ...(BULLET_SECTIONS.has(section) ? { bullet: 0 } : {}) }]);
    const result = matcher.match(resume);
    const found = result.skills.some((s) => s.id === c.skillId && !s.implied);
    expect(found, JSON.stringify({ skills: result.skills.map((s) => s.id), ignored: result.ignored.map((i) => i.reason) })).toBe(c.expected);
  });
});
