import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/analyze/index.js";
import { WRITING_RULES, withWritingRules } from "../../../src/hints/writing-rules.js";
import type { RulesConfig } from "../../../src/hints/rules-config.js";

const NOW = new Date("2026-06-01T00:00:00Z");
const WRITING = ["VERB_TENSE", "REPEATED_VERB", "WEAK_OPENING", "PASSIVE_VOICE"];

/** A resume with a current role and an ended one. */
function resume(current: string[], ended: string[] = []): string {
  return [
    "Jane Doe",
    "jane.doe@example.com | +1 555 010 0000",
    "",
    "Experience",
    "Backend Engineer, Acme Corp | Jan 2021 – Present",
    ...current.map((b) => `• ${b}`),
    ...(ended.length > 0 ? ["Developer, Initech | Mar 2016 – Dec 2020", ...ended.map((b) => `• ${b}`)] : []),
    "",
    "Skills",
    "Go, Python, Kubernetes",
    "",
  ].join("\n");
}

async function writingHints(text: string, rules: RulesConfig = WRITING_RULES) {
  const r = await analyzeText(text, { now: NOW, rules });
  return { report: r, hints: r.hints.filter((h) => WRITING.includes(h.code)) };
}

describe("VERB_TENSE", () => {
  it("flags a present-tense bullet of an ended role, with the past form, and not the same bullet in a current role", async () => {
    const { hints } = await writingHints(resume(["Migrated 40 services to Kubernetes"], ["Build and maintain the billing API for 3 apps", "Built the search API for 2 apps"]));
    const tense = hints.filter((h) => h.code === "VERB_TENSE");
    expect(tense).toHaveLength(1);
    expect(tense[0]).toMatchObject({ severity: "warning", quote: "Build and maintain the billing API for 3 apps" });
    expect(tense[0]!.message).toContain("Dec 2020");
    expect(tense[0]!.suggestion).toContain('"Built"');
    expect(tense[0]!.place!.start.column).toBe(3);
    const current = await writingHints(resume(["Build and maintain the billing API for 3 apps", "Own the deploy pipeline of 12 services"]));
    expect(current.hints.filter((h) => h.code === "VERB_TENSE")).toEqual([]);
  });
  it("notes (info) the minority tense inside one current role, and never a verb spelled alike in both tenses", async () => {
    const { hints } = await writingHints(resume(["Migrated 40 services to Kubernetes", "Reduced p99 latency by 35% with Redis", "Maintain the CI templates used by 12 teams"]));
    expect(hints.filter((h) => h.code === "VERB_TENSE").map((h) => [h.severity, h.quote])).toEqual([["info", "Maintain the CI templates used by 12 teams"]]);
    const same = await writingHints(resume(["Migrated 40 services to Kubernetes"], ["Set up alerting for 30 endpoints", "Cut cloud spend by 22% with reserved instances"]));
    expect(same.hints.filter((h) => h.code === "VERB_TENSE")).toEqual([]);
  });
});

describe("REPEATED_VERB", () => {
  it("flags the third and later bullets opening with one verb (any form), with alternatives from keywords/verbs.json", async () => {
    const { hints } = await writingHints(resume(["Developed the billing API in Python", "Developed a rate limiter in Go for 90M requests a day", "Developed a CLI in Rust for 40 engineers", "Develop the partner SDKs in TypeScript"]));
    const rep = hints.filter((h) => h.code === "REPEATED_VERB");
    expect(rep.map((h) => h.quote)).toEqual(["Developed a CLI in Rust for 40 engineers", "Develop the partner SDKs in TypeScript"]);
    expect(rep[0]!.message).toContain("opens 4 bullets");
    // alternatives in the lead verb's form, none the resume already uses
    const alternatives = /another verb: ((?:[A-Z][a-z]+, )*[A-Z][a-z]+)\.\.\./.exec(rep[0]!.suggestion ?? "")![1]!.split(", ");
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives).not.toContain("Developed");
    // the 4th is in the present: so are its alternatives
    const present = /another verb: ((?:[A-Z][a-z]+, )*[A-Z][a-z]+)\.\.\./.exec(rep[1]!.suggestion ?? "")![1]!.split(", ");
    expect(present).toHaveLength(alternatives.length);
    expect(present).not.toEqual(alternatives);
  });
  it("does not count two uses, nor duty phrases", async () => {
    const { hints } = await writingHints(resume(["Developed the billing API in Python", "Developed a rate limiter in Go", "Worked on the CLI", "Worked on the SDKs", "Worked on the docs"]));
    expect(hints.filter((h) => h.code === "REPEATED_VERB")).toEqual([]);
  });
});

describe("WEAK_OPENING and PASSIVE_VOICE with grammar: true", () => {
  it("finds noun-phrase and gerund openings that the word list misses", async () => {
    const bullets = ["Involvement in the design of the payments ledger", "Distributed tracing rollout across 40 services", "Designing and building the search API", "Built the billing API for 3 mobile apps"];
    const grammar = (await writingHints(resume(bullets))).hints.filter((h) => h.code === "WEAK_OPENING").map((h) => h.quote);
    expect(grammar).toEqual(bullets.slice(0, 3));
    const words = (await writingHints(resume(bullets), {})).hints.filter((h) => h.code === "WEAK_OPENING").map((h) => h.quote);
    expect(words).not.toContain("Distributed tracing rollout across 40 services");
  });
  it("reads the passive, not reduced relative clauses or adjectives", async () => {
    const bullets = ["The API was rewritten in Go by the platform team", "Maintained APIs used by 3,000 merchants", "Mentored a team focused on reliability", "Was responsible for the payments database", "Rewritten in Rust, the parser runs 4x faster"];
    const passive = (await writingHints(resume(bullets))).hints.filter((h) => h.code === "PASSIVE_VOICE");
    expect(passive.map((h) => h.quote)).toEqual([bullets[0], bullets[4]]);
    expect(passive[0]!.message).toContain('"was rewritten"');
  });
});

describe("bullets[].verb", () => {
  it("gives each work bullet's lead verb and tense when the writing rules ran, and nothing otherwise", async () => {
    const text = resume(["Led the Kafka migration for 14 services", "Responsible for on-call of 6 services"], ["Build the billing API for 3 apps", "Cut costs by 20% and reduced latency"]);
    const on = (await writingHints(text)).report;
    const byText = new Map(on.bullets.map((b) => [b.text, b.verb]));
    expect(byText.get("Led the Kafka migration for 14 services")).toEqual({ text: "Led", lemma: "lead", tense: "past", form: "past", column: 3 });
    expect(byText.get("Responsible for on-call of 6 services")).toBeNull();
    expect(byText.get("Build the billing API for 3 apps")).toMatchObject({ lemma: "build", tense: "present", form: "base" });
    expect(byText.get("Cut costs by 20% and reduced latency")).toMatchObject({ lemma: "cut", tense: "past", form: "same" });
    const off = await analyzeText(text, { now: NOW });
    expect(off.bullets.some((b) => "verb" in b)).toBe(false);
  });
});

describe("withWritingRules", () => {
  it("turns the four rules on with compromise, and lets the user's config win", () => {
    expect(withWritingRules()).toEqual(WRITING_RULES);
    const merged = withWritingRules({ VERB_TENSE: "off", WEAK_OPENING: "error", PASSIVE_VOICE: ["warning", { grammar: false }], LENGTH: "off" });
    expect(merged).toEqual({ VERB_TENSE: "off", REPEATED_VERB: "on", WEAK_OPENING: ["error", { grammar: true }], PASSIVE_VOICE: ["warning", { grammar: false }], LENGTH: "off" });
  });
});
