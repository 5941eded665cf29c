import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PhraseTrie, createMatcher, phraseKey, toUnits } from "../../src/match/index.js";
import type { SegmentedResume } from "../../src/types.js";
import { makeCatalog, makeResume } from "./helpers.js";
import { countWork } from "../work-counter.js";

const VOCAB = ["spring", "boot", "apache", "kafka", "event", "driven", "node.js", "c++", "c#", "sql", "server", "ms", "the", "and", "go"];
const PHRASES = ["spring", "spring boot", "apache kafka", "kafka", "event driven", "event driven architecture", "node.js", "c++", "c#", "sql", "sql server", "ms sql server", "go", "the go"];

/** Reference: one regex of all phrases, longest alternative first, over the space-joined keys. */
function regexMatches(keys: string[]): Array<[number, number]> {
  const escaped = [...PHRASES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\#]/g, "\\$&"));
  const re = new RegExp(`(?<= )(?:${escaped.join("|")})(?= )`, "g");
  const text = " " + keys.join(" ") + " ";
  // Map char offsets back to unit indexes.
  const startOf = new Map<number, number>();
  let off = 1;
  keys.forEach((k, i) => {
    startOf.set(off, i);
    off += k.length + 1;
  });
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(re)) {
    const start = startOf.get(m.index) as number;
    out.push([start, m[0].split(" ").length]);
  }
  return out;
}

describe("PhraseTrie", () => {
  const trie = new PhraseTrie<string>();
  for (const p of PHRASES) trie.add(p.split(" "), p);

  it("agrees with a naive regex on random text (leftmost-longest, non-overlapping)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }), (keys) => {
        const got = trie.findAll(keys).map((h) => [h.start, h.length]);
        expect(got).toEqual(regexMatches(keys));
      }),
      { numRuns: 500 },
    );
  });

  it("returns every phrase at a position, longest first", () => {
    expect(trie.matchesAt(["event", "driven", "architecture"], 0).map((h) => h.length)).toEqual([3, 2]);
    expect(trie.size).toBe(PHRASES.length);
    expect(trie.maxLength).toBe(3);
  });

  it("compiles aliases with the tokenizer: hyphen = space, punctuation kept in names", () => {
    expect(phraseKey("Event-Driven Architecture")).toEqual(["event", "driven", "architecture"]);
    expect(phraseKey("CI/CD")).toEqual(["ci", "cd"]);
    expect(phraseKey("ASP.NET Core")).toEqual(["asp.net", "core"]);
    expect(toUnits("C#/.NET").map((u) => u.folded)).toEqual(["c#", ".net"]);
  });
});

function syntheticCatalog(n: number) {
  const skills = [];
  for (let i = 0; i < n; i++) {
    const w = `tech${i.toString(36)}`;
    skills.push({ id: `skill-${i}`, name: `${w} platform`, category: "tool", aliases: [w + "db", `${w}-cloud engine`] });
  }
  skills.push({ id: "redis", name: "Redis", category: "database" }, { id: "kafka", name: "Kafka", category: "messaging" });
  return makeCatalog(skills);
}

function twoPageResume(): SegmentedResume {
  const bullet = "• Cut p95 API latency from 420 ms to 95 ms by moving hot paths to Redis caching and batching queries with tech1a platform and Kafka.";
  const specs = [];
  for (let i = 0; i < 60; i++) specs.push({ text: bullet, section: "experience" as const, bullet: i });
  for (let i = 0; i < 10; i++) specs.push({ text: "Redis, Kafka, tech2db, tech3-cloud engine, Docker, Terraform", section: "skills" as const });
  return makeResume(specs);
}

describe("matcher performance (work counted, not timed; speed is in npm run bench)", () => {
  it("does the same work with 300 and 3000 aliases, and stays linear in text length", () => {
    const small = createMatcher(syntheticCatalog(100));
    const big = createMatcher(syntheticCatalog(1000));
    expect(big.compiled.aliasCount).toBeGreaterThanOrEqual(3000);
    const resume = twoPageResume();
    const wSmall = countWork(() => small.match(resume));
    const wBig = countWork(() => big.match(resume));
    expect(wBig).toBeLessThan(wSmall * 2.5);
    expect(big.match(resume).skills.map((s) => s.id)).toEqual(["kafka", "redis", "skill-2", "skill-3", "skill-46"]);
    // The counter sees alias-proportional work: one regex per alias does 10× the work with 10× the aliases.
    const naive = (m: typeof small) => {
      const text = resume.lines.map((l) => l.text).join("\n");
      const aliases = m.compiled.catalog.skills.flatMap((k) => [k.name, ...(k.aliases ?? []).filter((a): a is string => typeof a === "string")]);
      const res = aliases.map((a) => new RegExp(`\\b${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i"));
      return () => res.filter((r) => r.test(text)).length;
    };
    expect(countWork(naive(big)) / countWork(naive(small))).toBeGreaterThan(5);

    const line = (n: number) => makeResume([{ text: "Redis kafka ".repeat(n), section: "other" }]);
    expect(countWork(() => small.match(line(100_000))) / countWork(() => small.match(line(20_000)))).toBeLessThan(7.5); // linear ≈ 5
  });

  it("is linear on a long line without spaces", () => {
    const m = createMatcher(syntheticCatalog(100));
    const line = (n: number) => makeResume([{ text: "redis.".repeat(n), section: "other" }]);
    let skills: unknown[] = [];
    const wBig = countWork(() => (skills = m.match(line(150_000)).skills));
    expect(wBig / countWork(() => m.match(line(30_000)))).toBeLessThan(7.5);
    expect(skills).toEqual([]);
  });
});
