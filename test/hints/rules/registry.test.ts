import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HINT_CODES, HINT_CODE_LIST, RULE_LIST, listRules, ruleByCode, ruleRank, ruleUrl } from "../../../src/hints/rules/index.js";
import { RULE_SCOPES } from "../../../src/hints/rule.js";

const kebab = (code: string) => code.toLowerCase().replace(/_/g, "-");

describe("the rule registry", () => {
  it("lists every rule file of src/hints/rules once, named for its code, sorted by code", () => {
    const files = readdirSync(new URL("../../../src/hints/rules/", import.meta.url))
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .sort();
    expect(RULE_LIST.map((r) => `${kebab(r.meta.code)}.ts`).sort()).toEqual(files);
    const codes = RULE_LIST.map((r) => r.meta.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(codes);
    for (const c of codes) expect(c).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it("gives every rule its meta: scope, severity, description and docs with two examples", () => {
    for (const r of RULE_LIST) {
      const m = r.meta;
      expect(RULE_SCOPES).toContain(m.scope);
      expect(["error", "warning", "info"]).toContain(m.severity);
      expect(m.description.length, m.code).toBeGreaterThan(20);
      expect(m.docs.why.length, m.code).toBeGreaterThan(40);
      for (const ex of [m.docs.fires, m.docs.passes]) {
        const kinds = [ex.bullets, ex.text, ex.lines].filter((x) => x !== undefined);
        expect(kinds.length, m.code).toBe(1);
      }
      for (const [name, spec] of Object.entries(m.options ?? {})) {
        expect(spec.description.length, `${m.code}.${name}`).toBeGreaterThan(10);
        if (spec.type === "integer" || spec.type === "number") {
          if (spec.minimum !== undefined) expect(spec.default).toBeGreaterThanOrEqual(spec.minimum);
          if (spec.maximum !== undefined) expect(spec.default).toBeLessThanOrEqual(spec.maximum);
          if (spec.type === "integer") expect(Number.isInteger(spec.default)).toBe(true);
        }
      }
    }
  });

  it("derives the code list, descriptions, lookups, order and URLs from the list", () => {
    expect(HINT_CODE_LIST).toEqual(RULE_LIST.map((r) => r.meta.code));
    expect(Object.keys(HINT_CODES)).toEqual(HINT_CODE_LIST);
    expect(HINT_CODES.REPEATED_BULLET).toBe(ruleByCode("REPEATED_BULLET")!.meta.description);
    expect(ruleByCode("HEDGED_SKILL")).toBeUndefined();
    expect(ruleRank("ACRONYM_WITHOUT_FULL_TERM")).toBe(0);
    expect(ruleRank("NOT_A_RULE")).toBe(RULE_LIST.length);
    const listed = listRules();
    expect(listed.map((r) => r.code)).toEqual(HINT_CODE_LIST);
    expect(listed.find((r) => r.code === "WEAK_OPENING")!.url).toBe(ruleUrl("WEAK_OPENING"));
    expect(ruleUrl("WEAK_OPENING")).toMatch(/docs\/rules\.md#weak_opening$/);
  });
});
