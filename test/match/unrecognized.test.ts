import { describe, expect, it } from "vitest";
import { createMatcher } from "../../src/match/matcher.js";
import { endsOpen, termKey } from "../../src/match/unrecognized.js";
import { makeResume, testCatalog } from "./helpers.js";
import type { SegmentedResume } from "../../src/types.js";

const terms = (r: SegmentedResume) => (createMatcher(testCatalog).match(r).unrecognized ?? []).map((t) => `${t.line}:${t.column}:${t.term}`);

describe("unrecognized list terms", () => {
  it("lists the items of a skills row that matched nothing, with line and column, label and level left out", () => {
    const r = makeResume([
      { text: "SKILLS", section: "skills", heading: true },
      { text: "Languages: Java, Quuxlang, SQL", section: "skills" },
      { text: "Tools: Blorptool (advanced), Docker", section: "skills" },
    ]);
    expect(terms(r)).toEqual(["2:18:Quuxlang", "3:8:Blorptool"]);
  });

  it("reads a labelled technology line under a role, not the prose around it", () => {
    const r = makeResume([
      { text: "• Built a billing pipeline with Frobnicator in record time", section: "experience", bullet: 0 },
      { text: "Tech: Java, Frobnicator, Kafka", section: "experience" },
    ]);
    expect(terms(r)).toEqual(["2:13:Frobnicator"]);
  });

  it("each term once (case and spacing folded), in line order; filler, clauses, awards and spoken languages are not terms", () => {
    const r = makeResume([
      { text: "Frobnicator, Java, etc.", section: "skills" },
      { text: "frobnicator, English, edit documents for tone, 1st CTF 2023 ($500), Zorkmid DB", section: "skills" },
    ]);
    expect(terms(r)).toEqual(["1:1:Frobnicator", "2:69:Zorkmid DB"]);
  });

  it("skips the halves of an item that wraps across rows without a separator", () => {
    const r = makeResume([
      { text: "PostgreSQL, Java, Microsoft SQL", section: "skills" },
      { text: "Server, Docker, Frobnicator", section: "skills" },
    ]);
    expect(terms(r)).toEqual(["2:17:Frobnicator"]);
  });

  it("a name rejected by a rule is not unrecognized (it is in ignored, with why)", () => {
    const r = makeResume([{ text: "Skills: go, Java, SQL", section: "skills" }]);
    const m = createMatcher(testCatalog).match(r);
    expect(m.unrecognized).toEqual([]);
    expect(m.ignored.some((i) => i.skillId === "go")).toBe(true);
  });

  it("prose outside lists gives none", () => {
    expect(terms(makeResume([{ text: "I like Frobnicator, Quuxlang and long walks on the beach.", section: "summary" }]))).toEqual([]);
  });

  it("helpers: keys fold case and separators; a row ends open without a separator", () => {
    expect(termKey("Foo-Bar  DB")).toBe(termKey("foo bar db"));
    expect(endsOpen("Java, SQL")).toBe(true);
    expect(endsOpen("Java, SQL,")).toBe(false);
  });
});
