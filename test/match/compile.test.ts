import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { compileCatalog } from "../../src/match/compile.js";
import { toUnits } from "../../src/match/units.js";

describe("catalog compile", () => {
  it("units without stems have the same text, folded and number-free forms, and an empty stem", () => {
    for (const text of ["Event-Driven Architecture", "CI/CD pipelines", "Node.js", "C++ and C#", "Ｒｕｓｔ programming", "Kubernetes operators", "unit tests"]) {
      const full = toUnits(text);
      const plain = toUnits(text, false);
      expect(plain.map((u) => [u.text, u.folded, u.num, u.start, u.end])).toEqual(full.map((u) => [u.text, u.folded, u.num, u.start, u.end]));
      expect(plain.every((u) => u.stem === "")).toBe(true);
      expect(full.some((u) => u.stem !== "")).toBe(true);
    }
  });

  it("units without stems leave the stemmed forms of later calls intact", () => {
    const before = toUnits("Scalable microservices").map((u) => u.stem);
    toUnits("Scalable microservices", false);
    expect(toUnits("Scalable microservices").map((u) => u.stem)).toEqual(before);
    expect(before.every((s) => s !== "")).toBe(true);
  });

  it("compiles a skill's context terms on first use, the same as stemming them all up front", () => {
    const catalog = getBuiltinCatalog();
    const compiled = compileCatalog(catalog);
    const withTerms = catalog.skills.filter((s) => (s.contextTerms ?? []).length > 0);
    expect(withTerms.length).toBeGreaterThan(10);
    for (const skill of withTerms) {
      const eager = (skill.contextTerms ?? [])
        .map((t) => toUnits(t))
        .filter((u) => u.length > 0)
        .map((u) => ({ folded: u.map((x) => x.folded), stems: u.map((x) => x.stem) }));
      const lazy = compiled.contextTerms.get(skill.id);
      expect(lazy, skill.id).toEqual(eager);
      expect(compiled.contextTerms.get(skill.id)).toBe(lazy); // compiled once
    }
    expect(compiled.contextTerms.get("no-such-skill")).toBeUndefined();
  });

  it("keys stemmed aliases by stems and every other alias without one", () => {
    const compiled = compileCatalog(getBuiltinCatalog());
    const stemmedAliases = getBuiltinCatalog().skills.flatMap((s) => (s.aliases ?? []).filter((a) => typeof a !== "string" && a.stem));
    expect(stemmedAliases.length).toBeGreaterThan(0);
    expect(compiled.stemmed.size).toBeGreaterThan(0);
    expect(compiled.counts.aliases).toBe(compiled.aliasCount);
  });
});
