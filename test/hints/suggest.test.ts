import { describe, expect, it } from "vitest";
import { suggestMetric, suggestionVerb } from "../../src/hints/suggest.js";
import { lemmatizeVerb, openingVerb } from "../../src/hints/verbs.js";

describe("lemmatizeVerb", () => {
  const cases: Array<[string, string]> = [
    ["optimized", "optimize"], ["Optimizing", "optimize"], ["optimised", "optimize"], ["optimises", "optimize"],
    ["built", "build"], ["led", "lead"], ["scaled", "scale"], ["scaling", "scale"], ["migrated", "migrate"],
    ["automates", "automate"], ["reduced", "reduce"], ["mentored", "mentor"], ["architected", "architect"],
    ["tested", "test"], ["secured", "secure"], ["shipped", "ship"], ["planned", "plan"], ["ran", "run"],
    ["modernised", "modernize"], ["analysed", "analyze"], ["wrote", "write"],
  ];
  for (const [w, l] of cases) it(`${w} → ${l}`, () => expect(lemmatizeVerb(w)).toBe(l));
  it("reads the first word of a bullet", () => {
    expect(openingVerb("• Optimised SQL queries")).toBe("optimize");
    expect(openingVerb("123")).toBe("");
  });
});

describe("suggestMetric", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["Optimized slow PostgreSQL queries", "optimize", /latency from X ms to Y ms/],
    ["Tuned JVM garbage collection", "tune", /latency/],
    ["Improved reliability of the payment service", "improve", /availability to 99\.9 %|MTTR/],
    ["Scaled the ingestion pipeline", "scale", /requests\/s|users/],
    ["Built the billing API", "build", /users|requests/],
    ["Launched a partner portal", "launch", /users|adopted/],
    ["Migrated services to Kubernetes", "migrate", /zero downtime.*cost/],
    ["Automated release tagging", "automate", /hours per week|deploy time/],
    ["Reduced build flakiness", "reduce", /from X to Y/],
    ["Led the platform team", "lead", /team of N/],
    ["Mentored junior developers", "mentor", /N engineers/],
    ["Managed the on-call rotation", "manage", /team/],
    ["Designed the event schema", "design", /requests\/s/],
    ["Architected a multi-tenant platform", "architect", /requests\/s/],
    ["Wrote unit tests for the SDK", "write", /users|requests|adopted/],
    ["Tested the checkout flow", "test", /coverage from X % to Y %/],
    ["Secured internal APIs", "secure", /vulnerabilities|audit/],
    ["Successfully migrated the database", "migrate", /zero downtime/],
  ];
  for (const [text, verb, re] of cases) {
    it(text, () => {
      expect(suggestionVerb(text)).toBe(verb);
      expect(suggestMetric(text)).toMatch(re);
    });
  }
  it("falls back to the topic and then a default", () => {
    expect(suggestMetric("Worked on availability of the API")).toMatch(/99\.9 %/);
    expect(suggestMetric("Collaborated with designers")).toMatch(/improved X by N %/);
  });
  it("never invents a number: only placeholders and fixed targets", () => {
    const all = [
      "Optimized queries", "Improved reliability", "Scaled", "Built", "Migrated", "Automated", "Reduced", "Led", "Designed",
      "Tested", "Secured", "Maintained", "Collaborated",
    ].map(suggestMetric);
    for (const s of all) {
      const numbers = (s.match(/\d+(?:\.\d+)?/g) ?? []).filter((n) => !["99.9", "2", "27001", "95"].includes(n));
      expect(numbers, s).toEqual([]);
    }
  });
});
