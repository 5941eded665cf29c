import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_LIST } from "../../../src/hints/rules/index.js";
import { exampleHints } from "../../../src/hints/examples.js";
import { rulesMarkdown } from "../../../scripts/rules-docs.js";

describe("the docs examples of every rule", () => {
  for (const rule of RULE_LIST) {
    it(`${rule.meta.code}: fires on its example, not on its counter-example`, async () => {
      const fired = await exampleHints(rule, rule.meta.docs.fires);
      expect(fired.length).toBeGreaterThan(0);
      for (const h of fired) {
        // the place carries the location; the message never does
        expect(h.message).not.toMatch(/\bline \d/i);
        expect(h.url).toMatch(new RegExp(`#${rule.meta.code.toLowerCase()}$`));
      }
      expect(await exampleHints(rule, rule.meta.docs.passes)).toEqual([]);
    });
  }
});

describe("docs/rules.md", () => {
  it("is the file scripts/rules-docs.ts writes from the registry (npm run docs:rules)", async () => {
    const text = await rulesMarkdown();
    expect(readFileSync(new URL("../../../docs/rules.md", import.meta.url), "utf8")).toBe(text);
    for (const r of RULE_LIST) expect(text).toContain(`\n## ${r.meta.code}\n`);
  }, 60_000);
});
