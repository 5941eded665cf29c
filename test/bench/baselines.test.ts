import { describe, expect, it } from "vitest";
import { aliasCount, matcherScaling, naiveMatcher, syntheticCatalog } from "../../bench/lib/baselines.js";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { textAsResume } from "../../src/match/index.js";

describe("speed bench baselines", () => {
  const base = getBuiltinCatalog();

  it("builds catalogs of the requested alias count, smaller and larger than the built-in one", () => {
    for (const n of [300, 3000, 30000]) {
      const c = syntheticCatalog(base, n);
      const count = aliasCount(c);
      expect(count).toBeGreaterThanOrEqual(n);
      // At most one skill's aliases past the target (a skill has at most 61 strings).
      expect(count - n).toBeLessThan(62);
    }
    const small = syntheticCatalog(base, 300);
    const ids = new Set(small.skills.map((s) => s.id));
    for (const s of small.skills) for (const id of s.implies ?? []) expect(ids.has(id)).toBe(true);
  });

  it("is deterministic", () => {
    const a = syntheticCatalog(base, 3000).skills.map((s) => s.name);
    const b = syntheticCatalog(base, 3000).skills.map((s) => s.name);
    expect(a).toEqual(b);
  });

  it("the naive matcher finds whole words only, case-insensitively, hyphen = space", () => {
    const m = naiveMatcher(base);
    expect(m.match("Built services on postgresql and event driven architecture")).toEqual(expect.arrayContaining(["postgresql"]));
    expect(m.match("xpostgresqlx")).not.toContain("postgresql");
  });

  it("reports finite times for both matchers", () => {
    const resume = textAsResume("Skills: Python, PostgreSQL, Kafka, Docker, Kubernetes");
    const rows = matcherScaling(base, [{ resume, text: "Skills: Python, PostgreSQL, Kafka, Docker, Kubernetes" }], [300], 1);
    expect(rows).toHaveLength(1);
    expect(Number.isFinite(rows[0].naiveMs) && Number.isFinite(rows[0].oursMs)).toBe(true);
    expect(rows[0].aliases).toBeGreaterThanOrEqual(300);
  });
});
