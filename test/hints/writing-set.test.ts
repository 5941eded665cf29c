import { describe, expect, it } from "vitest";
import { GRAMMAR_RULES, loadWritingSet, rulesJudge, scoreWritingSet, WRITING_CODES } from "../../bench/lib/writing-set.js";

// The labelled bullets (fixtures/hints/writing-bullets.json, tuned on) and the
// held-out sets: each writing rule keeps precision and recall ≥ 0.95 (the goal).
const SETS = ["writing-bullets.json", "writing-holdout.json", "writing-holdout-2.json"];

describe("the writing rules on the labelled bullets", () => {
  for (const name of SETS) {
    it(`${name}: precision and recall ≥ 0.95 for each rule`, async () => {
      const set = loadWritingSet(new URL(`../../fixtures/hints/${name}`, import.meta.url));
      const score = await scoreWritingSet(set, rulesJudge(GRAMMAR_RULES));
      for (const code of WRITING_CODES) {
        const r = score.rules[code];
        expect(r.tp, `${code} has positives in ${name}`).toBeGreaterThan(0);
        expect({ code, precision: r.precision >= 0.95, recall: r.recall >= 0.95 }, JSON.stringify({ ...r, mistakes: score.mistakes.slice(0, 5) })).toEqual({ code, precision: true, recall: true });
      }
    }, 60_000);
  }
  it("needs at least 200 bullets in the labelled set", () => {
    const set = loadWritingSet();
    expect(set.resumes.flatMap((r) => r.roles.flatMap((role) => role.bullets)).length).toBeGreaterThanOrEqual(200);
  });
});
