import { describe, expect, it } from "vitest";
import { analyzeResume, analyzeText } from "../../src/analyze/index.js";

const NOW = new Date("2026-11-23T00:00:00Z");
const text = `Sam Lee
sam@example.com | +1 415 555 0100

EXPERIENCE
Backend Developer, Acme — Jan 2020 – Present
- Responsible for Java services and helped with Kafka consumers.
- Cut p95 latency from 300 ms to 90 ms with Redis caching.

SKILLS
Java, Spring Boot, PostgreSQL, SQL, Git, JUnit, Maven, REST
`;

describe("hints in the report", () => {
  it("a weak opening gets one WEAK_OPENING hint, not also an AVOID_PHRASE twin, but still costs its points", async () => {
    const r = await analyzeText(text, { role: "java-developer", now: NOW });
    const line = r.bullets.find((b) => b.text.startsWith("Responsible for"))!.line;
    const onLine = r.hints.filter((h) => h.line === line).map((h) => h.code);
    expect(onLine).toContain("WEAK_OPENING");
    expect(r.hints.filter((h) => h.code === "AVOID_PHRASE" && h.line === line).map((h) => h.quote)).toEqual(["helped with"]);
    expect(r.keywords.avoid.found.map((a) => a.matched.toLowerCase())).toEqual(expect.arrayContaining(["responsible for", "helped with"]));
    const avoid = r.score.components.find((c) => c.id === "avoid")!;
    expect(avoid.items.map((i) => i.ref)).toEqual(expect.arrayContaining(["responsible-for", "helped-with"]));
  });
});

describe("stale must-haves", () => {
  const resume = (skillsLine: string) => `Ana Ruiz
ana@example.com | +1 415 555 0101

EXPERIENCE
Backend Developer, Acme — Jan 2021 – Present
- Built Go services handling 2M requests a day.
Developer, Initech — Jan 2012 – Dec 2015
- Ran MySQL replication for 40 databases.

SKILLS
${skillsLine}
`;
  const stale = async (skillsLine: string) =>
    (await analyzeText(resume(skillsLine), { role: "backend-developer", now: NOW })).hints
      .filter((h) => h.code === "MUST_HAVE_STALE")
      .map((h) => h.message);

  it("says a must-have is stale when every skill that meets it was last used under an old dated role", async () => {
    expect((await stale("Go, MySQL, Git")).some((m) => m.startsWith("a relational database was last used in 2015"))).toBe(true);
  });
  it("does not, when another skill that meets it is named outside dated roles (it may be current)", async () => {
    expect((await stale("Go, MySQL, PostgreSQL, Git")).filter((m) => m.startsWith("a relational database"))).toEqual([]);
  });
});

describe("options.limits", () => {
  it("applies limits given as one object, like the same keys at the top level", async () => {
    const big = new TextEncoder().encode("Jane Doe\n" + "Built APIs in Go. ".repeat(200));
    await expect(analyzeResume(big, { limits: { maxBytes: 1000 }, isolate: false })).rejects.toMatchObject({ code: "TOO_LARGE" });
    await expect(analyzeResume(big, { maxBytes: 1000, isolate: false })).rejects.toMatchObject({ code: "TOO_LARGE" });
    const ok = await analyzeResume(big, { limits: { maxBytes: 1000 }, maxBytes: 100_000, isolate: false });
    expect(ok.format).toBe("text");
  });
});
