import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/analyze/index.js";
import { InvalidOptionsError } from "../../src/errors.js";
import { parseRulesConfig, resolveRules } from "../../src/hints/rules-config.js";
import { RULE_LIST } from "../../src/hints/rules/index.js";

const TEXT = [
  "Jane Doe",
  "Backend Engineer",
  "",
  "Experience",
  "Backend Engineer, Acme Corp | Jan 2021 – Present",
  "• Responsible for the billing API and its on-call rotation, working with product and finance teams on reconciliation, reporting and the audit trail that regulators ask for every quarter, and for the yearly external review of the payment ledger by the bank",
  "• The payment services were migrated to Kubernetes by the team",
  "",
  "Skills",
  "Python, PostgreSQL",
].join("\n");
const NOW = new Date("2026-06-01");

describe("rules configuration", () => {
  it("accepts off, on, a severity, or [level, options], and refuses anything else with the closest name", () => {
    expect(parseRulesConfig({ PASSIVE_VOICE: "off", BULLET_TOO_LONG: ["warning", { maxWords: 35 }], LENGTH: ["info"], MISSING_STRONG: "on" })).toBeTruthy();
    expect(() => parseRulesConfig({ PASIVE_VOICE: "off" })).toThrow(/unknown rule "PASIVE_VOICE"\. Did you mean PASSIVE_VOICE\?/);
    expect(() => parseRulesConfig({ PASIVE_VOICE: "off" })).toThrow(InvalidOptionsError);
    expect(() => parseRulesConfig({ PASSIVE_VOICE: "loud" })).toThrow(/rules\.PASSIVE_VOICE/);
    expect(() => parseRulesConfig({ BULLET_TOO_LONG: ["warning", { maxWord: 35 }] })).toThrow(/rules\.BULLET_TOO_LONG/);
    expect(() => parseRulesConfig({ BULLET_TOO_LONG: ["warning", { maxWords: 0 }] })).toThrow(/maxWords/);
    // a rule without options takes none
    expect(() => parseRulesConfig({ FIRST_PERSON: ["info", {}] })).toThrow(InvalidOptionsError);
    expect(() => parseRulesConfig("off")).toThrow(InvalidOptionsError);
  });

  it("resolves to the enabled rules with their severity and options, defaults filled in", () => {
    const all = resolveRules();
    expect(all.map((s) => s.rule.meta.code)).toEqual(RULE_LIST.filter((r) => r.meta.enabledByDefault !== false).map((r) => r.meta.code));
    const some = resolveRules({ PASSIVE_VOICE: "off", BULLET_TOO_LONG: ["warning", { maxWords: 35 }], LENGTH: "on" });
    expect(some.some((s) => s.rule.meta.code === "PASSIVE_VOICE")).toBe(false);
    expect(some.find((s) => s.rule.meta.code === "BULLET_TOO_LONG")).toMatchObject({ severity: "warning", options: { maxWords: 35, maxLines: 2, minWordsForLineRule: 25 } });
    expect(some.find((s) => s.rule.meta.code === "LENGTH")!.severity).toBeNull();
  });

  it("turns hints off, sets their severity and tunes them, and never moves the score", async () => {
    const base = await analyzeText(TEXT, { now: NOW });
    const codes = (r: typeof base) => r.hints.map((h) => h.code);
    expect(codes(base)).toContain("PASSIVE_VOICE");
    expect(codes(base)).toContain("BULLET_TOO_LONG");
    expect(base.hints.find((h) => h.code === "BULLET_TOO_LONG")!.severity).toBe("info");
    expect(base.hints.filter((h) => h.code === "MISSING_CONTACT").map((h) => h.severity)).toEqual(["error", "error", "info"]);

    const tuned = await analyzeText(TEXT, {
      now: NOW,
      rules: { PASSIVE_VOICE: "off", BULLET_TOO_LONG: ["warning", { maxWords: 50 }], MISSING_CONTACT: "warning", UNQUANTIFIED_BULLET: "off" },
    });
    expect(codes(tuned)).not.toContain("PASSIVE_VOICE");
    // 43 words over one line: under the raised bar of 50
    expect(codes(tuned)).not.toContain("BULLET_TOO_LONG");
    // a configured severity applies to every message of the rule
    expect(tuned.hints.filter((h) => h.code === "MISSING_CONTACT").map((h) => h.severity)).toEqual(["warning", "warning", "warning"]);
    expect(tuned.bullets.flatMap((b) => b.hints)).not.toContain("UNQUANTIFIED_BULLET");
    expect(tuned.score).toEqual(base.score);
    expect(tuned.keywords).toEqual(base.keywords);

    await expect(analyzeText(TEXT, { rules: { UNQUANTIFIED: "off" } as never })).rejects.toThrow(/Did you mean UNQUANTIFIED_BULLET\?/);
  });

  it("shows an AVOID_PHRASE twin of a weak opening only when WEAK_OPENING is off (a message filter)", async () => {
    const on = await analyzeText(TEXT, { now: NOW });
    expect(on.hints.some((h) => h.code === "WEAK_OPENING" && h.line === 5)).toBe(true);
    expect(on.hints.some((h) => h.code === "AVOID_PHRASE" && h.quote === "Responsible for")).toBe(false);
    // the phrase still costs its points either way
    expect(on.keywords.avoid.found.map((a) => a.matched)).toContain("Responsible for");
    const off = await analyzeText(TEXT, { now: NOW, rules: { WEAK_OPENING: "off" } });
    const twin = off.hints.find((h) => h.code === "AVOID_PHRASE" && h.quote === "Responsible for");
    expect(twin).toBeDefined();
    expect(twin!.place).toEqual({ start: { line: 5, column: 3 }, end: { line: 5, column: 18 } });
    expect(off.score).toEqual(on.score);
  });
});
