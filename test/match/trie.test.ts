import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PhraseTrie, createMatcher, phraseKey, toUnits } from "../../src/match/index.js";
import type { SegmentedResume } from "../../src/types.js";
import { makeCatalog, makeResume } from "./helpers.js";

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

describe("matcher performance", () => {
  it("costs about the same with 300 and 3000 aliases, and stays linear in text length", () => {
    const small = createMatcher(syntheticCatalog(100));
    const big = createMatcher(syntheticCatalog(1000));
    expect(big.compiled.aliasCount).toBeGreaterThanOrEqual(3000);
    const resume = twoPageResume();
    const once = (m: typeof small, runs: number) => {
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) m.match(resume);
      return ((performance.now() - t0) / runs) * 1000;
    };
    once(small, 30);
    once(big, 30);
    // Interleaved rounds, best of each: robust to other load on the machine.
    let tSmall = Number.POSITIVE_INFINITY;
    let tBig = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 6; round++) {
      tSmall = Math.min(tSmall, once(small, 15));
      tBig = Math.min(tBig, once(big, 15));
    }
    console.log(`match: ${tSmall.toFixed(0)} µs/resume with ${small.compiled.aliasCount} aliases, ${tBig.toFixed(0)} µs with ${big.compiled.aliasCount}`);
    expect(tBig).toBeLessThan(tSmall * 2.5 + 200);
    expect(big.match(resume).skills.map((s) => s.id)).toEqual(["kafka", "redis", "skill-2", "skill-3", "skill-46"]);

    const longLine = makeResume([{ text: "Redis kafka ".repeat(20_000), section: "other" }]);
    const longer = makeResume([{ text: "Redis kafka ".repeat(100_000), section: "other" }]);
    const t1 = performance.now();
    small.match(longLine);
    const t2 = performance.now();
    small.match(longer);
    const t3 = performance.now();
    expect(t3 - t2).toBeLessThan(Math.max(100, t2 - t1) * 12);
  });

  it("is linear on a 5 MB line without spaces", () => {
    const m = createMatcher(syntheticCatalog(100));
    const t0 = performance.now();
    const r = m.match(makeResume([{ text: "redis.".repeat(900_000), section: "other" }]));
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.skills).toEqual([]);
  });
});
