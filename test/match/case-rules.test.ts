import { describe, expect, it } from "vitest";
import { addsInnerCapitals } from "../../src/match/case-rules.js";
import { createMatcher } from "../../src/match/index.js";
import { makeCatalog, makeResume } from "./helpers.js";

describe("addsInnerCapitals", () => {
  it("accepts a name written with an extra capital inside the word", () => {
    expect(addsInnerCapitals("XCode", "Xcode")).toBe(true);
    expect(addsInnerCapitals("GitHUb", "GitHub")).toBe(true);
  });

  it("refuses the common word, a dropped capital, a changed first letter and all capitals", () => {
    expect(addsInnerCapitals("Safe", "SAFe")).toBe(false);
    expect(addsInnerCapitals("safe", "SAFe")).toBe(false);
    expect(addsInnerCapitals("SAFE", "SAFe")).toBe(false);
    expect(addsInnerCapitals("IOS", "iOS")).toBe(false);
    expect(addsInnerCapitals("GO", "Go")).toBe(false);
    expect(addsInnerCapitals("Make", "make")).toBe(false);
    expect(addsInnerCapitals("Xcodes", "Xcode")).toBe(false);
  });
});

describe("case-sensitive names written with inner capitals", () => {
  const matcher = createMatcher(
    makeCatalog([
      { id: "ios", name: "iOS", category: "os", caseSensitive: true, aliases: ["Xcode"] },
      { id: "safe", name: "SAFe", category: "practice", caseSensitive: true },
    ]),
  );
  const ids = (text: string) => matcher.match(makeResume([{ text, section: "skills" }])).skills.map((s) => s.id);

  it("finds 'XCode' for Xcode, and never 'Safe' or 'SAFE' for SAFe", () => {
    expect(ids("Technologies: .NET, XCode, Interface Builder")).toEqual(["ios"]);
    expect(ids("Practices: Safe deployments, SAFE rollouts")).toEqual([]);
  });
});
