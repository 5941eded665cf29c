import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { createMatcher } from "../../src/match/index.js";
import type { MatchResult } from "../../src/types.js";
import { bulletResume, makeCatalog, makeResume } from "./helpers.js";

const catalog = makeCatalog([
  { id: "go", name: "Go", category: "language", caseSensitive: true, requiresContext: true, notWhenFollowedBy: ["to"] },
  { id: "java", name: "Java", category: "language" },
  { id: "python", name: "Python", category: "language" },
  { id: "rust", name: "Rust", category: "language", caseSensitive: true },
  { id: "kafka", name: "Kafka", category: "messaging" },
  { id: "rabbitmq", name: "RabbitMQ", category: "messaging" },
  { id: "redis", name: "Redis", category: "database" },
  { id: "memcached", name: "Memcached", category: "database", implies: ["caching"] },
  { id: "postgresql", name: "PostgreSQL", category: "database", aliases: ["Postgres"] },
  { id: "transactions", name: "Transactions", category: "database", requiresContext: true },
  { id: "django", name: "Django", category: "framework" },
  { id: "django-rest-framework", name: "Django REST Framework", category: "framework", aliases: ["Django REST"] },
  { id: "flask", name: "Flask", category: "framework" },
  { id: "jira", name: "Jira", category: "tool" },
  { id: "figma", name: "Figma", category: "tool" },
  { id: "docker", name: "Docker", category: "devops" },
  { id: "kubernetes", name: "Kubernetes", category: "devops" },
  { id: "team-collaboration", name: "Team collaboration", category: "soft-skill", aliases: [{ text: "collaboration", requiresContext: true }] },
  { id: "caching", name: "Caching", category: "architecture", contextTerms: ["redis"] },
  { id: "data-analytics", name: "Data analytics", category: "data" },
  { id: "backup-and-recovery", name: "Backup and recovery", category: "database", aliases: ["backup & recovery"] },
  { id: "r-and-d", name: "R&D", category: "practice" },
]);
const matcher = createMatcher(catalog);

function ids(r: MatchResult): string[] {
  return r.skills.filter((s) => !s.implied).map((s) => s.id);
}
const inBullet = (text: string): string[] => ids(matcher.match(bulletResume(text)));
const inSkills = (...rows: string[]): MatchResult => matcher.match(makeResume(rows.map((text) => ({ text, section: "skills" as const }))));

describe("a list of technologies as context", () => {
  it("accepts a name in a list of 3+ short items with other catalog names", () => {
    expect(inBullet("Built services in Go, Python and Kafka")).toEqual(["go", "kafka", "python"]);
    expect(inBullet("Stack: Go / Java / Redis")).toEqual(["go", "java", "redis"]);
    expect(inBullet("Wrote Go, Rust, and Java tools, cutting build time by half for every team")).toEqual(["go", "java", "rust"]);
    expect(inBullet("Tuned Postgres, Redis and transactions")).toEqual(["postgresql", "redis", "transactions"]);
  });

  it("rejects a clause after one comma, even when the other clause names a skill", () => {
    const r = matcher.match(bulletResume("Led migration of checkout to Postgres, cutting p99 latency 42% across 30M monthly transactions"));
    expect(ids(r)).toEqual(["postgresql"]);
    expect(r.ignored.map((i) => i.skillId)).toEqual(["transactions"]);
    expect(r.ignored[0].reason).toMatch(/no context/);
  });

  it("rejects a name deep inside a clause, even in a sentence with a list", () => {
    expect(inBullet("Ported the Java service, tuned Postgres indexes, and reviewed designs so the team could ship faster with fewer failed transactions")).toEqual([
      "java",
      "postgresql",
    ]);
  });

  it("needs two items that are catalog names, one of them not needing context itself", () => {
    expect(inBullet("Planned the roadmap, hired two people, and made transactions visible")).toEqual([]);
    expect(inBullet("Go, transactions, budgets and planning")).toEqual([]);
  });

  it("still finds a flattened table row of names without separators", () => {
    expect(ids(matcher.match(makeResume([{ text: "Java Python Go Kafka Redis", section: "other" }])))).toEqual(["go", "java", "kafka", "python", "redis"]);
  });
});

describe("skills-row labels", () => {
  it("drops a soft-skill or concept label, with a reason, and keeps the row's items", () => {
    const r = inSkills("Languages: Java, Python", "Product & Collaboration: Jira, Figma");
    expect(ids(r)).toEqual(["figma", "java", "jira", "python"]);
    expect(r.ignored).toEqual([
      expect.objectContaining({ skillId: "team-collaboration", line: 2, reason: "'Collaboration' at line 2: a skills-list label" }),
    ]);
  });

  it("drops a concept label written with a tab, two spaces, or no delimiter before a comma list", () => {
    expect(ids(inSkills("Caching\tKafka, RabbitMQ"))).toEqual(["kafka", "rabbitmq"]);
    expect(ids(inSkills("Caching  Kafka, RabbitMQ"))).toEqual(["kafka", "rabbitmq"]);
    expect(ids(inSkills("Caching Kafka, RabbitMQ"))).toEqual(["kafka", "rabbitmq"]);
  });

  it("keeps a concept label that one of the row's items names as a context term", () => {
    expect(ids(inSkills("Caching: Redis, Kafka"))).toEqual(["caching", "kafka", "redis"]);
  });

  it("a concept label that an item implies names the group: the skill is implied, not read", () => {
    const r = inSkills("Caching  Memcached, Kafka");
    expect(ids(r)).toEqual(["kafka", "memcached"]);
    expect(r.skills.find((s) => s.id === "caching")).toMatchObject({ implied: true, impliedBy: ["memcached"] });
    expect(r.ignored.map((i) => i.reason)).toEqual(["'Caching' at line 1: a skills-list label, implied by the row's items"]);
  });

  it("keeps a label that is a concrete technology", () => {
    expect(ids(inSkills("Python: Django, Flask"))).toEqual(["django", "flask", "python"]);
    expect(ids(inSkills("Python Django, Flask"))).toEqual(["django", "flask", "python"]);
    expect(ids(inSkills("Docker: Kubernetes, Redis"))).toEqual(["docker", "kubernetes", "redis"]);
  });

  it("does not take the first list item for a label", () => {
    expect(ids(inSkills("Caching, Kafka, RabbitMQ"))).toEqual(["caching", "kafka", "rabbitmq"]);
    expect(ids(inSkills("Django REST Framework, Kafka"))).toEqual(["django-rest-framework", "kafka"]);
  });

  it("applies only in a skills section", () => {
    const r = matcher.match(makeResume([{ text: "Caching: Kafka, RabbitMQ", section: "summary" }]));
    expect(ids(r)).toEqual(["caching", "kafka", "rabbitmq"]);
  });

  it("works on the builtin catalog (CI/CD and Python labels kept, Collaboration and Containers not)", () => {
    const real = createMatcher(getBuiltinCatalog());
    const rows = [
      "CI/CD GitHub Actions, Argo CD",
      "Python: Django, Flask",
      "Product & Collaboration: Jira, Figma",
      "• Product & Collaboration: A/B testing, event-driven architecture, CI/CD, Agile",
      "Containers Docker, Kubernetes",
    ];
    const r = real.match(makeResume(rows.map((text) => ({ text, section: "skills" as const }))));
    const found = ids(r);
    for (const id of ["ci-cd", "github-actions", "argo-cd", "python", "django", "flask", "jira", "figma", "docker", "kubernetes"]) expect(found).toContain(id);
    expect(found).not.toContain("team-collaboration");
    expect(found).not.toContain("containerization");
  });
});

describe("phrase breakers", () => {
  it("does not match a name across '&' or a comma", () => {
    expect(ids(inSkills("Data & Analytics: Python"))).toEqual(["python"]);
    expect(inBullet("Built Data Analytics dashboards")).toEqual(["data-analytics"]);
    expect(ids(inSkills("Django, REST, Kafka"))).toEqual(["django", "kafka"]);
    expect(ids(inSkills("Django REST, Kafka"))).toEqual(["django-rest-framework", "kafka"]);
  });

  it("matches an alias that has '&' itself, and '&' inside a token", () => {
    expect(inBullet("Owned Backup & Recovery for 40 clusters")).toEqual(["backup-and-recovery"]);
    expect(inBullet("Led R&D for the search team")).toEqual(["r-and-d"]);
  });
});

describe("slash groups sharing a head word", () => {
  const real = createMatcher(getBuiltinCatalog());
  const found = (text: string): string[] => ids(real.match(bulletResume(text)));

  it("gives each member with the shared head", () => {
    expect(found("Wrote Unit/Perf/E2E Testing suites")).toEqual(expect.arrayContaining(["unit-testing", "performance-testing", "e2e-testing"]));
  });

  it("does not split names written with a slash, or pair members with a head that is no shared name", () => {
    expect(found("Built CI/CD Pipelines")).toEqual(["ci-cd"]);
    expect(found("Built Java/Spring Boot services")).toEqual(["java", "spring-boot"]);
    expect(found("Hired a Python/Django Developer")).toEqual(["django", "python"]);
  });

  it("gives a grouped name that needs context only when the group forms two names", () => {
    expect(found("Wrote Unit/Integration Tests")).toEqual(expect.arrayContaining(["unit-testing", "integration-testing"]));
    expect(found("Wrote Jest integration tests")).not.toContain("integration-testing");
  });
});

describe("negation across a sentence", () => {
  it("a skill negated in a sentence is not claimed by its other mentions there", async () => {
    const { createMatcher } = await import("../../src/match/index.js");
    const { getBuiltinCatalog } = await import("../../src/keywords/load.js");
    const { bulletResume } = await import("./helpers.js");
    const m = createMatcher(getBuiltinCatalog());
    const ids = (t: string) => m.match(bulletResume(t)).skills.filter((s) => !s.implied).map((s) => s.id);
    expect(ids("I have read a lot of Rust but have no production Rust yet.")).not.toContain("rust");
    expect(ids("Rewrote the parser in Rust. No Kafka was involved.")).toContain("rust");
  });
});

describe("wrapped prose lines", () => {
  it("a long summary line without a sentence end continues on the next line", async () => {
    const { createMatcher } = await import("../../src/match/index.js");
    const { getBuiltinCatalog } = await import("../../src/keywords/load.js");
    const { makeResume } = await import("./helpers.js");
    const m = createMatcher(getBuiltinCatalog());
    const resume = makeResume([
      { text: "Junior Go developer, two years out of university, writing small network services for", section: "summary" },
      { text: "a fiber-optic internet provider. I have read a lot of Rust but have no production", section: "summary" },
      { text: "Rust yet; I am familiar with Kubernetes from running our staging cluster.", section: "summary" },
    ]);
    const ids = m.match(resume).skills.filter((s) => !s.implied).map((s) => s.id);
    expect(ids).not.toContain("rust");
    expect(ids).toContain("kubernetes");
  });
});

describe("two technologies in a sentence are context for each other", () => {
  const tech = makeCatalog([
    { id: "cassandra", name: "Cassandra", category: "database", caseSensitive: true, requiresContext: true },
    { id: "memcached", name: "Memcached", category: "database" },
    { id: "chef", name: "Chef", category: "devops", caseSensitive: true, requiresContext: true },
    { id: "bash", name: "Bash", category: "language" },
    { id: "fiber", name: "Fiber", category: "framework", caseSensitive: true, requiresContext: true, contextTerms: ["go"] },
    { id: "android", name: "Android", category: "os" },
    { id: "pagination", name: "Pagination", category: "api", requiresContext: true },
    { id: "fastapi", name: "FastAPI", category: "framework" },
    { id: "consul", name: "Consul", category: "devops", caseSensitive: true, requiresContext: true, contextTerms: ["hashicorp"] },
    { id: "kafka", name: "Kafka", category: "messaging" },
  ]);
  const m = createMatcher(tech);
  const f = (text: string) => ids(m.match(bulletResume(text))).sort();
  const why = (text: string) => m.match(bulletResume(text)).ignored.map((i) => i.reason.replace(/^.*: /, ""));

  it("accepts an ambiguous name close to a technology of the same part of a system, or to a language", () => {
    expect(f("Moved sessions from Memcached to Cassandra")).toEqual(["cassandra", "memcached"]);
    expect(f("Replaced Bash deploy scripts with Chef")).toEqual(["bash", "chef"]);
  });

  it("not across parts of a system, too far apart, in another sentence, or for a concept", () => {
    expect(f("Shipped Android features for Fiber")).toEqual(["android"]);
    expect(f("Moved sessions to Cassandra over two long and careful quarters with Memcached")).toEqual(["memcached"]);
    expect(f("Tuned Memcached. Cassandra joined the team")).toEqual(["memcached"]);
    expect(f("Contributed pagination fixes to a FastAPI plugin")).toEqual(["fastapi"]);
  });

  it("a name glued to another proper name is part of that name, with the reason", () => {
    expect(f("Worked with Cassandra Smith on the Kafka migration")).toEqual(["kafka"]);
    expect(why("Worked with Cassandra Smith on the Kafka migration")).toEqual(["part of the name 'Cassandra Smith'"]);
    expect(f("Moved sessions from Memcached to Cassandra Jones")).toEqual(["memcached"]);
    expect(f("Moved sessions from Memcached to Cassandra Enterprise")).toEqual(["cassandra", "memcached"]);
    expect(f("Ran HashiCorp Consul next to Kafka")).toEqual(["consul", "kafka"]);
    expect(f("Built Cassandra clusters next to Memcached")).toEqual(["cassandra", "memcached"]);
    // a unit of data size before the name is a measure, not part of a name
    expect(f("Moved 4 TB Cassandra keyspaces next to Memcached")).toEqual(["cassandra", "memcached"]);
  });

  it("in a skills list the neighbors do not matter", () => {
    expect(ids(m.match(makeResume([{ text: "Cassandra Smith Kafka", section: "skills" }]))).sort()).toEqual(["cassandra", "kafka"]);
  });
});

describe("a skills grid with language labels", () => {
  const real = createMatcher(getBuiltinCatalog());
  const run = (rows: Array<{ text: string; section: "skills" | "languages" }>) => ids(real.match(makeResume(rows))).sort();

  it("keeps the programming languages of a 'Languages' row next to a 'Spoken Languages' row", () => {
    expect(run([
      { text: "Languages          Java, Python, Rust, C", section: "skills" },
      { text: "Spoken Languages   English, German", section: "skills" },
    ])).toEqual(["c", "java", "python", "rust"]);
  });

  it("a 'Languages' section (or grid cell read as one) that lists programming languages is a skills list", () => {
    expect(run([{ text: "C, Go", section: "languages" }])).toEqual(["c", "go"]);
    expect(run([{ text: "Python Javascript", section: "languages" }, { text: "Node.js C++", section: "languages" }])).toEqual(["cpp", "javascript", "nodejs", "python"]);
  });

  it("only a spoken-languages cell is spoken languages: it names no skill, and a sentence there gives no context", () => {
    expect(run([{ text: "English (native), German (C1), French", section: "languages" }])).toEqual([]);
    expect(run([{ text: "I can go deeper into Go and C with time", section: "languages" }])).toEqual([]);
  });
});
