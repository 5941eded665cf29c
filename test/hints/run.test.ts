import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/hints/rule.js";
import { helperLoaded } from "../../src/hints/helpers.js";
import { bulletTargets, hintsOf, runRules, runRulesSync } from "../../src/hints/run.js";
import { resolveRules } from "../../src/hints/rules-config.js";
import { bullet, resumeOf } from "./helpers.js";

const NOW = new Date("2026-06-01T00:00:00Z");
const example = { why: "A test rule.", fires: { bullets: ["x"] }, passes: { bullets: ["y"] } };

/** A rule that needs the NLP helper and reads each bullet's first tag with it. */
const nlpRule = defineRule({
  meta: { code: "TEST_NLP", scope: "bullet", severity: "info", description: "A test rule that tags bullets with compromise.", docs: example, needs: ["nlp"], enabledByDefault: false },
  check(t, ctx) {
    const nlp = ctx.helpers.nlp!;
    if (nlp(t.text).has("#PastTense")) ctx.report({ message: "past tense" });
  },
});

/** An async document rule that shares a memo with a second rule. */
let computed = 0;
const memoA = defineRule({
  meta: { code: "TEST_A", scope: "document", severity: "warning", description: "A test rule that awaits and memoizes.", docs: example },
  async check(_t, ctx) {
    await new Promise((r) => setTimeout(r, 5));
    const n = ctx.memo("count", () => ++computed);
    ctx.report({ message: `a${n}`, severity: "error" });
  },
});
const memoB = defineRule({
  meta: { code: "TEST_B", scope: "document", severity: "warning", description: "A test rule that reads the same memo.", docs: example },
  check(_t, ctx) {
    ctx.report({ message: `b${ctx.memo("count", () => ++computed)}` });
  },
});

describe("the rule runner", () => {
  const resume = resumeOf([bullet("Built the billing API for 3 apps", "experience", 3), bullet("We build the billing API", "experience", 4)]);
  const targets = { bullets: bulletTargets(resume, [[], []]) };

  it("loads a helper only when a rule that needs it is on", async () => {
    const off = resolveRules({}, [nlpRule]);
    expect(off).toEqual([]);
    await runRules(targets, { now: NOW, level: null, settings: off });
    expect(helperLoaded("nlp")).toBe(false);
    const on = resolveRules({ TEST_NLP: "on" } as never, [nlpRule]);
    const messages = await runRules(targets, { now: NOW, level: null, settings: on });
    expect(helperLoaded("nlp")).toBe(true);
    expect(messages.map((m) => [m.bulletIndex, m.hint.message])).toEqual([[0, "past tense"]]);
    // a rule that needs a helper cannot run synchronously
    expect(() => runRulesSync(targets, { now: NOW, level: null, settings: on })).toThrow(/nlp/);
  });

  it("awaits async rules, shares memos within a run, and lets a message grade itself unless configured", async () => {
    const document = { doc: { format: "text" as const, text: "", lines: [], pageCount: 1, metadata: {}, warnings: [] }, resume, match: { skills: [], ignored: [] }, catalog: {} as never };
    computed = 0;
    const hints = hintsOf(await runRules({ document }, { now: NOW, level: null, settings: resolveRules({}, [memoA, memoB]) }));
    expect(hints.map((h) => [h.code, h.severity, h.message]).sort()).toEqual([["TEST_A", "error", "a1"], ["TEST_B", "warning", "b1"]].sort());
    computed = 0;
    const configured = hintsOf(await runRules({ document }, { now: NOW, level: null, settings: resolveRules({ TEST_A: "info" } as never, [memoA]) }));
    expect(configured.map((h) => h.severity)).toEqual(["info"]);
    expect(() => runRulesSync({ document }, { now: NOW, level: null, settings: resolveRules({}, [memoA]) })).toThrow(/promise/);
  });

  it("skips scopes without a target, and only runs the scopes asked for", async () => {
    const all = await runRules(targets, { now: NOW, level: null });
    expect(new Set(all.map((m) => m.scope))).toEqual(new Set(["bullet"]));
    expect(await runRules(targets, { now: NOW, level: null, scopes: ["document"] })).toEqual([]);
  });
});
