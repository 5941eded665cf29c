import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreResume, scoreTotal, type RoleKeyword, DEFAULT_WEIGHTS } from "../../src/score/index.js";
import type { Evidence, FoundSkill } from "../../src/types.js";
import type { AvoidFound, ReportBullet } from "../../src/report/types.js";

const SKILLS = ["java", "python", "go", "sql", "postgresql", "docker", "kubernetes", "aws", "rest", "git", "kafka", "redis"];

function kw(id: string, weight = 1): RoleKeyword {
  return { id, label: id, skills: [id], weight, source: "role" };
}

function skill(id: string, evidence: Evidence = "listed", extra: Partial<FoundSkill> = {}): FoundSkill {
  return { id, name: id, category: "tool", evidence, hedged: false, lastUsed: null, implied: false, impliedBy: [], occurrences: [], ...extra };
}

function bullet(line: number, quantified: boolean, section: ReportBullet["section"] = "experience"): ReportBullet {
  return { text: `bullet ${line}`, section, line, endLine: line, quantified, metrics: [], hints: [] };
}

function avoid(id: string, line = 1, excused = false): AvoidFound {
  return { id, phrase: id, matched: id, line, section: "summary", suggestion: "x", excused };
}

const mustHave = ["java", "sql", "docker", "rest", "git"].map((id) => kw(id));
const strong = ["kafka", "redis", "kubernetes", "aws"].map((id) => kw(id));

describe("scoreResume", () => {
  it("gives 0 for an empty resume and 100 for one that meets everything", () => {
    const empty = scoreResume({ mustHave, strong, found: new Map(), bullets: [], avoid: [] });
    expect(empty.total).toBe(0);
    const all = new Map([...mustHave, ...strong].map((k) => [k.id, skill(k.id, "used")] as const));
    const bullets = [1, 2, 3, 4].map((l) => bullet(l, true));
    const full = scoreResume({ mustHave, strong, found: all, bullets, avoid: [] });
    expect(full.total).toBe(100);
    expect(full.components.map((c) => c.id)).toEqual(["must-have", "strong", "quantified", "context", "avoid"]);
  });

  it("component points add up to the total and each keyword's points add up to its component", () => {
    const found = new Map([skill("java", "used"), skill("sql"), skill("kafka", "measured")].map((s) => [s.id, s] as const));
    const r = scoreResume({ mustHave, strong, found, bullets: [bullet(1, true), bullet(2, false)], avoid: [avoid("synergy")] });
    const sum = r.components.reduce((s, c) => s + c.points, 0);
    expect(Math.abs(Math.round(sum) - r.total)).toBe(0);
    const mh = r.components.find((c) => c.id === "must-have")!;
    expect(mh.items.reduce((s, i) => s + i.points, 0)).toBeCloseTo(mh.points, 1);
    expect(r.mustHave.find((k) => k.id === "java")!.status).toBe("found");
    expect(r.mustHave.find((k) => k.id === "docker")!.status).toBe("missing");
  });

  it("credits implied and hedged skills partially", () => {
    const found = new Map([
      ["sql", skill("sql", "used", { implied: true, impliedBy: ["postgresql"] })],
      ["java", skill("java", "listed", { hedged: true })],
    ]);
    const r = scoreResume({ mustHave, strong, found, bullets: [], avoid: [] });
    expect(r.mustHave.find((k) => k.id === "sql")!).toMatchObject({ status: "implied", credit: 0.75 });
    expect(r.mustHave.find((k) => k.id === "java")!).toMatchObject({ status: "hedged", credit: 0.5 });
  });

  it("an anyOf entry is met by any one of its skills", () => {
    const lang: RoleKeyword = { id: "any:backend-language", label: "a backend language", skills: ["java", "python", "go"], weight: 2, source: "role" };
    const r = scoreResume({ mustHave: [lang], strong: [], found: new Map([["go", skill("go", "used")]]), bullets: [], avoid: [] });
    expect(r.mustHave[0]).toMatchObject({ status: "found", matchedSkills: ["go"], evidence: "used" });
    expect(r.components[0].points).toBeCloseTo(DEFAULT_WEIGHTS.mustHave, 5);
  });

  it("caps the avoid penalty and ignores excused phrases", () => {
    const many = Array.from({ length: 20 }, (_, i) => avoid(`p${i}`, i));
    const r = scoreResume({ mustHave, strong, found: new Map(), bullets: [], avoid: many });
    expect(r.components.find((c) => c.id === "avoid")!.points).toBe(-DEFAULT_WEIGHTS.avoidPenaltyCap);
    const excused = scoreResume({ mustHave, strong, found: new Map(), bullets: [], avoid: [avoid("scalable", 1, true)] });
    expect(excused.components.find((c) => c.id === "avoid")!.points).toBe(0);
  });

  it("counts only experience/project/volunteer bullets for the quantified component", () => {
    const onlySkills = scoreResume({ mustHave, strong, found: new Map(), bullets: [bullet(1, true, "skills")], avoid: [] });
    expect(onlySkills.components.find((c) => c.id === "quantified")!.points).toBe(0);
    const two = scoreResume({ mustHave, strong, found: new Map(), bullets: [bullet(1, true), bullet(2, true)], avoid: [] });
    // 2 quantified of a minimum target of 4 bullets: half the points.
    expect(two.components.find((c) => c.id === "quantified")!.points).toBeCloseTo(DEFAULT_WEIGHTS.quantified / 2, 5);
  });

  it("role weights change the score as documented (scaled to 100)", () => {
    const found = new Map([["java", skill("java", "used")]]);
    const base = scoreResume({ mustHave, strong, found, bullets: [], avoid: [] });
    const heavy = scoreResume({ mustHave, strong, found, bullets: [], avoid: [], weights: { mustHave: 100, strong: 0, quantified: 0, context: 0 } });
    // java is 1 of 5 equal must-haves: 1/5 of the must-have weight.
    expect(base.components[0].points).toBeCloseTo(DEFAULT_WEIGHTS.mustHave / 5, 5);
    expect(heavy.components[0].points).toBeCloseTo(100 / 5, 5);
    const doubled = scoreResume({ mustHave, strong, found, bullets: [], avoid: [], weights: { mustHave: 100, strong: 40, quantified: 30, context: 30 } });
    expect(doubled.components[0].points).toBeCloseTo(base.components[0].points, 5);
  });

  const arbFound = fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...SKILLS),
      evidence: fc.constantFrom<Evidence>("listed", "used", "measured"),
      hedged: fc.boolean(),
      implied: fc.boolean(),
    }),
    { selector: (s) => s.id, maxLength: SKILLS.length },
  );
  const arbBullets = fc.array(fc.record({ quantified: fc.boolean(), section: fc.constantFrom<ReportBullet["section"]>("experience", "projects", "skills") }), { maxLength: 12 });
  const arbAvoid = fc.uniqueArray(fc.constantFrom("synergy", "team-player", "go-getter", "dynamic", "self-starter", "results-driven"), { maxLength: 6 });

  function build(found: Array<{ id: string; evidence: Evidence; hedged: boolean; implied: boolean }>) {
    return new Map(found.map((f) => [f.id, skill(f.id, f.evidence, { hedged: f.hedged, implied: f.implied })] as const));
  }

  it("property: adding a missing must-have never lowers the score; the total stays in 0..100", () => {
    fc.assert(
      fc.property(arbFound, arbBullets, arbAvoid, fc.constantFrom(...mustHave.map((k) => k.id)), fc.constantFrom<Evidence>("listed", "used", "measured"), (f, b, av, add, ev) => {
        const bullets = b.map((x, i) => bullet(i + 1, x.quantified, x.section));
        const avoids = av.map((id, i) => avoid(id, i + 1));
        const found = build(f.filter((x) => x.id !== add));
        const before = scoreResume({ mustHave, strong, found, bullets, avoid: avoids });
        const withIt = new Map(found);
        withIt.set(add, skill(add, ev));
        const after = scoreResume({ mustHave, strong, found: withIt, bullets, avoid: avoids });
        expect(before.total).toBeGreaterThanOrEqual(0);
        expect(after.total).toBeLessThanOrEqual(100);
        expect(after.total).toBeGreaterThanOrEqual(before.total);
      }),
      { numRuns: 300 },
    );
  });

  it("property: adding an avoid phrase never raises the score", () => {
    fc.assert(
      fc.property(arbFound, arbBullets, arbAvoid, (f, b, av) => {
        const bullets = b.map((x, i) => bullet(i + 1, x.quantified, x.section));
        const found = build(f);
        const before = scoreResume({ mustHave, strong, found, bullets, avoid: av.map((id, i) => avoid(id, i + 1)) });
        const after = scoreResume({ mustHave, strong, found, bullets, avoid: [...av, "think-outside-the-box"].map((id, i) => avoid(id, i + 1)) });
        expect(after.total).toBeLessThanOrEqual(before.total);
      }),
      { numRuns: 300 },
    );
  });

  it("property: scoreTotal gives scoreResume's total and found must-have count (lists that overlap, anyOf entries, odd weights, excused phrases)", () => {
    const arbKeywords = fc.uniqueArray(
      fc.record({ skills: fc.uniqueArray(fc.constantFrom(...SKILLS), { minLength: 1, maxLength: 3 }), weight: fc.constantFrom(0.5, 1, 1.5, 2, 3) }),
      { selector: (k) => k.skills.join("|"), maxLength: 8 },
    );
    const toKeywords = (list: Array<{ skills: string[]; weight: number }>): RoleKeyword[] =>
      list.map((k) => ({ id: k.skills.length === 1 ? k.skills[0]! : `anyOf:${k.skills.join("|")}`, label: k.skills.join(" or "), skills: k.skills, weight: k.weight, source: "role" }));
    const arbWeights = fc.record({
      mustHave: fc.integer({ min: 0, max: 70 }),
      strong: fc.integer({ min: 0, max: 40 }),
      quantified: fc.integer({ min: 0, max: 30 }),
      context: fc.integer({ min: 0, max: 30 }),
      avoidPenaltyCap: fc.integer({ min: 0, max: 15 }),
      avoidPenaltyEach: fc.constantFrom(1, 2, 2.5, 3),
    });
    fc.assert(
      fc.property(arbKeywords, arbKeywords, arbFound, arbBullets, arbAvoid, fc.array(fc.boolean(), { maxLength: 6 }), fc.option(arbWeights), (mh, st, f, b, av, excused, weights) => {
        const input = {
          mustHave: toKeywords(mh),
          strong: toKeywords(st),
          found: build(f),
          bullets: b.map((x, i) => bullet(i + 1, x.quantified, x.section)),
          avoid: av.map((id, i) => avoid(id, i + 1, excused[i] === true)),
          ...(weights ? { weights } : {}),
        };
        const full = scoreResume(input);
        expect(scoreTotal(input)).toEqual({ total: full.total, mustHaveFound: full.mustHave.filter((k) => k.status !== "missing").length });
      }),
      { numRuns: 500 },
    );
  });

  it("property: deterministic", () => {
    fc.assert(
      fc.property(arbFound, arbBullets, arbAvoid, (f, b, av) => {
        const input = () => ({ mustHave, strong, found: build(f), bullets: b.map((x, i) => bullet(i + 1, x.quantified, x.section)), avoid: av.map((id, i) => avoid(id, i)) });
        expect(JSON.stringify(scoreResume(input()))).toBe(JSON.stringify(scoreResume(input())));
      }),
      { numRuns: 100 },
    );
  });
});
