import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { resolveRoleLists } from "../../src/keywords/load.js";
import { roleKeywords } from "../../src/score/role-keywords.js";
import { allAvoidPhrases } from "../../src/analyze/avoid.js";
import { blocksWithUnits } from "../../src/match/block-units.js";
import { textAsResume } from "../../src/match/index.js";

describe("per-catalog caches added for speed", () => {
  const catalog = getBuiltinCatalog();
  const role = catalog.roleById.get("backend-developer")!;

  it("roleKeywords gives the same lists per role and level, and the level's additions only for that level", () => {
    expect(roleKeywords(role, null, catalog)).toBe(roleKeywords(role, null, catalog));
    const senior = roleKeywords(role, "senior", catalog);
    expect(senior).toBe(roleKeywords(role, "senior", catalog));
    expect(senior).not.toBe(roleKeywords(role, null, catalog));
    // Same content as resolving afresh.
    const fresh = resolveRoleLists(role, "senior", catalog);
    expect(senior.mustHave.map((k) => k.id)).toEqual(fresh.mustHave.map((e) => e.key));
    expect(senior.strong.map((k) => k.id)).toEqual(fresh.strong.map((e) => e.key));
  });

  it("allAvoidPhrases is built once per catalog, sorted by id, without duplicates", () => {
    const a = allAvoidPhrases(catalog);
    expect(allAvoidPhrases(catalog)).toBe(a);
    const ids = a.map((p) => p.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of catalog.avoid) expect(ids).toContain(p.id);
  });

  it("blocksWithUnits is shared per resume and rebuilt when the lines change", () => {
    const resume = textAsResume("Python and Kafka\n\nPostgreSQL");
    const first = blocksWithUnits(resume);
    expect(blocksWithUnits(resume)).toBe(first);
    expect(first.flatMap((b) => b.units.map((u) => u.folded))).toEqual(["python", "and", "kafka", "postgresql"]);
    const changed = { ...resume, lines: resume.lines.slice(0, 1) };
    expect(blocksWithUnits(changed).flatMap((b) => b.units.map((u) => u.folded))).toEqual(["python", "and", "kafka"]);
  });
});
