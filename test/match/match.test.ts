import { describe, expect, it } from "vitest";
import { createMatcher, findPhrases, matchText } from "../../src/match/index.js";
import type { MatchResult } from "../../src/types.js";
import { bulletResume, makeCatalog, makeResume, testCatalog } from "./helpers.js";

const matcher = createMatcher(testCatalog);

function ids(r: MatchResult, opts: { implied?: boolean } = {}): string[] {
  return r.skills.filter((s) => opts.implied || !s.implied).map((s) => s.id);
}
function idsOf(text: string): string[] {
  return ids(matcher.match(bulletResume(text)));
}

describe("tricky names", () => {
  it("finds names with punctuation", () => {
    expect(idsOf("Built C++, C#, .NET Core and ASP.NET services")).toEqual(["aspnet", "cpp", "csharp", "dotnet"]);
    expect(idsOf("Moved Node.js and Vue.js apps to CI/CD.")).toEqual(["ci-cd", "nodejs", "vue"]);
    expect(idsOf("Debugged TCP/IP issues, shipped UI/UX work, trained scikit-learn models")).toEqual(["scikit-learn", "tcp-ip", "ui-ux"]);
    expect(idsOf("Added OAuth 2.0 and HTTP/2 to gRPC services on EC2 and S3; ran k8s")).toEqual(["aws-ec2", "aws-s3", "grpc", "http2", "kubernetes", "oauth"]);
    expect(idsOf("Wrote Express.js handlers")).toEqual(["express"]);
  });
  it("does not find C in C#, Java in JavaScript, or a name inside a longer token", () => {
    expect(idsOf("Wrote C# services")).toEqual(["csharp"]);
    expect(idsOf("Wrote JavaScript")).toEqual(["javascript"]);
    expect(idsOf("Used NodeJSX and Javas")).toEqual([]);
  });
  it("splits slash lists and treats hyphen as space", () => {
    expect(idsOf("Stack: Python/Java/Redis")).toEqual(["java", "python", "redis"]);
    expect(idsOf("Designed event driven billing")).toEqual(["event-driven"]);
    expect(idsOf("Designed event-driven billing")).toEqual(["event-driven"]);
    expect(idsOf("Built Kafka-based pipelines")).toEqual(["kafka"]);
  });
  it("uses the longest match at a position", () => {
    const r = matcher.match(bulletResume("Migrated to Spring Boot and Apache Kafka"));
    expect(ids(r)).toEqual(["kafka", "spring-boot"]);
    const kafka = r.skills.find((s) => s.id === "kafka");
    expect(kafka?.occurrences).toHaveLength(1);
    expect(kafka?.occurrences[0].matched).toBe("Apache Kafka");
  });
  it("keeps a match that starts inside another and ends beyond it", () => {
    const cat = makeCatalog([
      { id: "rest", name: "REST API", category: "api" },
      { id: "api-design", name: "API design", category: "api" },
      { id: "kafka", name: "Apache Kafka", category: "messaging", aliases: ["Kafka"] },
    ]);
    const r = createMatcher(cat).match(bulletResume("REST API design with Apache Kafka"));
    expect(r.skills.map((s) => [s.id, s.occurrences.map((o) => o.matched)])).toEqual([
      ["api-design", ["API design"]],
      ["kafka", ["Apache Kafka"]],
      ["rest", ["REST API"]],
    ]);
  });
  it("matches stemmed aliases", () => {
    expect(idsOf("Mentored 5 engineers")).toEqual(["mentoring"]);
  });
});

describe("ambiguity rules from the catalog", () => {
  it("rejects a case-sensitive name written as a prose word", () => {
    const r = matcher.match(bulletResume("Going forward I want to go deeper; worked with the rest of the team"));
    expect(ids(r)).toEqual([]);
  });
  it("needs context for Go: verb at bullet start is ignored with a reason", () => {
    const r = matcher.match(makeResume([{ text: "Go to market plan for 3 products", section: "experience", bullet: 0 }]));
    expect(ids(r)).toEqual([]);
    expect(r.ignored).toHaveLength(1);
    expect(r.ignored[0].skillId).toBe("go");
    expect(r.ignored[0].line).toBe(1);
    expect(r.ignored[0].reason).toMatch(/^'Go' at line 1: no context/);
  });
  it("accepts Go in a skills section, a technology list, or with a context term", () => {
    expect(ids(matcher.match(makeResume([{ text: "Go", section: "skills" }])))).toEqual(["go"]);
    expect(idsOf("Languages: Go, Python, Java")).toEqual(["go", "java", "python"]);
    expect(idsOf("Experienced in Go, Python and Kafka")).toEqual(["go", "kafka", "python"]);
    expect(idsOf("Wrote Go services with goroutines")).toEqual(["go"]);
    expect(idsOf("Wrote Golang services")).toEqual(["go"]);
  });
  it("applies notWhenFollowedBy / notWhenPrecededBy", () => {
    const r = matcher.match(bulletResume("Java internship during Spring semester", "Documented the REST of it"));
    expect(ids(r)).toEqual(["java"]);
    expect(r.ignored.map((i) => i.reason)).toEqual(["'Spring' at line 1: followed by 'semester'", "'REST' at line 2: preceded by 'the'"]);
    expect(ids(matcher.match(bulletResume("Oracle Corporation partner")))).toEqual([]);
    expect(ids(matcher.match(bulletResume("Tuned Oracle queries")))).toEqual(["oracle-database"]);
  });
  it("rejects Spring in prose without context, accepts it with Java on the line", () => {
    expect(idsOf("Worked on documentation in the Spring of 2021")).toEqual([]);
    expect(idsOf("Built Java services with Spring")).toEqual(["java", "spring"]);
  });
  it("takes a lone ambiguous name in a column of skill names, not next to other text", () => {
    const grid = makeResume(["Java", "Spring", "Python"].map((text) => ({ text, section: "other" as const })));
    expect(ids(matcher.match(grid))).toEqual(["java", "python", "spring"]);
    const prose = makeResume(["Fall 2013 - Winter 2014", "Spring", "Exchange semester abroad"].map((text) => ({ text, section: "other" as const })));
    expect(ids(matcher.match(prose))).toEqual([]);
  });
  it("treats a run of names without separators as a list (flattened table)", () => {
    expect(idsOf("Technical Java Python SQL Kafka Spring")).toEqual(["java", "kafka", "python", "spring", "sql"]);
    const grid = makeResume(["Technical Java Python SQL Kafka", "Spring", "Skills Docker Redis"].map((text) => ({ text, section: "other" as const })));
    expect(ids(matcher.match(grid))).toEqual(["docker", "java", "kafka", "python", "redis", "spring", "sql"]);
  });
  it("does not take C from prose but from a language list", () => {
    expect(idsOf("Plan C was chosen")).toEqual([]);
    expect(idsOf("Languages: C, C++, Java")).toEqual(["c", "cpp", "java"]);
  });
});

describe("negation and hedging", () => {
  it("drops negated mentions into ignored", () => {
    const r = matcher.match(bulletResume("No experience with Kafka or Redis", "Shipped without PHP", "Chose Postgres, not MySQL"));
    expect(ids(r, { implied: true })).toEqual(["postgresql", "sql"]);
    const reasons = r.ignored.map((i) => i.reason);
    expect(reasons).toContain("'Kafka' at line 1: negated ('no experience')");
    expect(reasons).toContain("'Redis' at line 1: negated ('no experience')");
    expect(reasons).toContain("'PHP' at line 2: negated ('without')");
    expect(reasons).toContain("'MySQL' at line 3: negated ('not')");
  });
  it("keeps 'not only' and stops the scope at 'but'", () => {
    expect(idsOf("Used not only Java but also Python")).toEqual(["java", "python"]);
    expect(idsOf("No experience with PHP, but strong Python")).toEqual(["python"]);
    expect(idsOf("Cut downtime to zero with no outages using Redis")).toEqual(["redis"]);
  });
  it("marks hedged mentions and keeps them", () => {
    const r = matcher.match(bulletResume("Familiar with Docker and Kubernetes", "Basic knowledge of Redis", "Learning Rust", "Built Python services"));
    const h = Object.fromEntries(r.skills.map((s) => [s.id, s.hedged]));
    expect(h).toEqual({ docker: true, kubernetes: true, redis: true, rust: true, python: false });
  });
  it("does not take a skill name as a hedge cue", () => {
    const r = matcher.match(bulletResume("Machine learning models served with Python"));
    expect(r.skills.find((s) => s.id === "python")?.hedged).toBe(false);
  });
  it("a skill is hedged only when every mention is", () => {
    const r = matcher.match(bulletResume("Some experience with Docker", "Ran Docker in production"));
    expect(r.skills.find((s) => s.id === "docker")?.hedged).toBe(false);
    expect(r.skills.find((s) => s.id === "docker")?.occurrences.map((o) => o.hedged)).toEqual([true, false]);
  });
});

describe("employer names and links", () => {
  it("ignores a skill inside an employer name on an entry header", () => {
    const resume = makeResume(
      [
        { text: "Software Engineer, Oracle — 2019 – 2021", section: "experience", entryHeader: true, entryIndex: 0 },
        { text: "• Tuned Oracle queries", section: "experience", bullet: 0, entryIndex: 0 },
      ],
      [{ title: "Software Engineer", organization: "Oracle", start: "2019-01", end: "2021-01", dateText: "2019 – 2021", line: 1, section: "experience" }],
      ["Oracle"],
    );
    const r = matcher.match(resume);
    const oracle = r.skills.find((s) => s.id === "oracle-database");
    expect(oracle?.occurrences.map((o) => o.line)).toEqual([2]);
    expect(r.ignored.map((i) => i.reason)).toEqual(["'Oracle' at line 1: employer or school name ('Oracle')"]);
  });
  it("does not treat a sentence the segmenter took for an organization as a name", () => {
    const text = "Mentored engineers on Kafka";
    const resume = makeResume([{ text, section: "experience", entryHeader: true }], [], [text]);
    expect(ids(matcher.match(resume))).toEqual(["kafka", "mentoring"]);
  });
  it("ignores a skill name that is part of an organization's name", () => {
    const r = matcher.match(bulletResume("Certified by the Python Software Foundation", "Kubernetes course, Linux Academy"));
    expect(ids(r)).toEqual(["kubernetes"]);
    expect(r.ignored[0].reason).toBe("'Python' at line 1: part of an organization name ('Python Software Foundation')");
    expect(idsOf("Python Developer | Stanford University")).toEqual(["python"]);
  });
  it("masks URLs and e-mail addresses", () => {
    const r = matcher.match(makeResume([{ text: "github.com/user/kafka-tools | ops@redis.com | https://docker.io/x | www.python.org", section: "header" }]));
    expect(ids(r)).toEqual([]);
    expect(ids(matcher.match(makeResume([{ text: "Kafka, Redis | me.dev", section: "skills" }])))).toEqual(["kafka", "redis"]);
  });
});

describe("implies, evidence, lastUsed", () => {
  it("adds implied broader skills, never the reverse", () => {
    const r = matcher.match(bulletResume("Ran MySQL and Postgres"));
    const sql = r.skills.find((s) => s.id === "sql");
    expect(sql).toMatchObject({ implied: true, impliedBy: ["mysql", "postgresql"], occurrences: [] });
    expect(ids(matcher.match(bulletResume("Wrote SQL")), { implied: true })).toEqual(["sql"]);
    const direct = matcher.match(bulletResume("Wrote SQL on MySQL")).skills.find((s) => s.id === "sql");
    expect(direct?.implied).toBe(false);
  });
  it("grades evidence listed / used / measured", () => {
    const resume = makeResume([
      { text: "Kafka, Redis, Docker, Python", section: "skills" },
      { text: "• Ran Redis clusters", section: "experience", bullet: 0, entryIndex: 0 },
      { text: "• Cut Docker build time by 40%", section: "experience", bullet: 1, entryIndex: 0 },
      { text: "Backend engineer using Python", section: "summary" },
    ]);
    const r = matcher.match(resume);
    const ev = Object.fromEntries(r.skills.map((s) => [s.id, s.evidence]));
    expect(ev).toEqual({ kafka: "listed", redis: "used", docker: "measured", python: "listed" });
    expect(r.skills.find((s) => s.id === "kafka")?.occurrences[0].inSkillsList).toBe(true);
    const none = matcher.match(resume, { isMeasured: () => false });
    expect(none.skills.find((s) => s.id === "docker")?.evidence).toBe("used");
  });
  it("takes lastUsed from the entry end year, 'present' = now", () => {
    const entries = [
      { title: "Dev", organization: "A", start: "2021-03", end: "present", dateText: "", line: 1, section: "experience" as const },
      { title: "Dev", organization: "B", start: "2015-01", end: "2019-06", dateText: "", line: 3, section: "experience" as const },
    ];
    const resume = makeResume(
      [
        { text: "Dev, A — 2021 – Present", section: "experience", entryHeader: true, entryIndex: 0 },
        { text: "• Built Go services with gin", section: "experience", bullet: 0, entryIndex: 0 },
        { text: "Dev, B — 2015 – 2019", section: "experience", entryHeader: true, entryIndex: 1 },
        { text: "• Built Java and Go services with gin", section: "experience", bullet: 1, entryIndex: 1 },
      ],
      entries,
    );
    const r = matcher.match(resume, { now: 2030 });
    const last = Object.fromEntries(r.skills.map((s) => [s.id, s.lastUsed]));
    expect(last).toEqual({ go: 2030, java: 2019 });
  });
  it("reports occurrence positions in the line, also for a bullet wrapped over lines", () => {
    const resume = makeResume([
      { text: "• Migrated billing to Spring", section: "experience", bullet: 0 },
      { text: "Boot and Redis", section: "experience", bullet: 0 },
    ]);
    const r = matcher.match(resume);
    const sb = r.skills.find((s) => s.id === "spring-boot")?.occurrences[0];
    expect(sb).toMatchObject({ line: 1, start: 22, matched: "Spring Boot", inBullet: true, section: "experience" });
    const redis = r.skills.find((s) => s.id === "redis")?.occurrences[0];
    expect(redis).toMatchObject({ line: 2, start: 9, end: 14, matched: "Redis" });
    expect(redis?.text).toBe("• Migrated billing to Spring Boot and Redis");
  });
  it("joins a skills line continued in lower case", () => {
    const cat = makeCatalog([{ id: "backup", name: "Backup and Recovery", category: "practice" }]);
    const r = createMatcher(cat).match(makeResume([
      { text: "Replication, Backup", section: "skills" },
      { text: "and Recovery, Linux", section: "skills" },
    ]));
    expect(r.skills.map((s) => s.id)).toEqual(["backup"]);
  });
});

describe("matchText, findPhrases, caching", () => {
  it("matches a string", () => {
    expect(ids(matchText("We use Go, Kafka and Postgres.\nGo to our site", testCatalog), { implied: true })).toEqual(["go", "kafka", "postgresql", "sql"]);
  });
  it("caches the matcher per catalog", () => {
    expect(createMatcher(testCatalog)).toBe(matcher);
  });
  it("finds avoid phrases case-insensitively with hyphen = space", () => {
    const avoid = [
      { id: "team-player", phrase: "team player", aliases: [], suggestion: "x", kind: "buzzword" as const },
      { id: "results-driven", phrase: "results-driven", aliases: ["results oriented"], suggestion: "x", kind: "buzzword" as const },
      { id: "hard-working", phrase: "hard-working", aliases: [], suggestion: "x", kind: "buzzword" as const },
    ];
    const resume = makeResume([
      { text: "Hard-working, results driven Team Player.", section: "summary" },
      { text: "• Results-Oriented teamplayer", section: "experience", bullet: 0 },
    ]);
    const hits = findPhrases(resume, avoid);
    expect(hits.map((h) => [h.id, h.matched, h.line, h.start, h.inBullet])).toEqual([
      ["hard-working", "Hard-working", 1, 0, false],
      ["results-driven", "results driven", 1, 14, false],
      ["team-player", "Team Player", 1, 29, false],
      ["results-driven", "Results-Oriented", 2, 2, true],
    ]);
  });
});

describe("alias flags", () => {
  // Skill-level caseSensitive/requiresContext apply to the name and string aliases; an object alias carries its own (absent = false).
  const catalog = makeCatalog([
    { id: "rest", name: "REST", category: "api", caseSensitive: true, requiresContext: true, aliases: ["REST APIs", { text: "RESTful" }] },
  ]);
  const m = createMatcher(catalog);
  const found = (text: string) => m.match(bulletResume(text)).skills.map((s) => s.id);
  it("an object alias without flags is matched in any case and without context", () => {
    expect(found("Designed restful services for billing")).toEqual(["rest"]);
  });
  it("the name and string aliases keep the skill's flags", () => {
    expect(found("Designed rest apis for billing")).toEqual([]);
    expect(found("Took a rest after the launch")).toEqual([]);
  });
});
