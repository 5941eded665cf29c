import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countWork } from "../work-counter.js";
import { findMetrics, isQuantified } from "../../src/hints/metrics.js";

/** [text, quantified?, kind of the first metric when quantified] */
const CASES: Array<[string, boolean, string?]> = [
  // real metrics
  ["Cut costs by 40%", true, "percent"],
  ["Raised conversion 12 percent", true, "percent"],
  ["Raised conversion 12 per cent", true, "percent"],
  ["Reached 99.99% uptime", true, "percent"],
  ["Reached 99.9 % availability", true, "percent"],
  ["Saved $1.2M in licences", true, "money"],
  ["Cut spend by €30k a year", true, "money"],
  ["Managed a USD 200,000 budget", true, "money"],
  ["Secured $3 million in funding", true, "money"],
  ["Cut the bill by 30k EUR", true, "money"],
  ["Saved £2m", true, "money"],
  ["Served 2M users", true, "count"],
  ["Handled 10k requests/s at peak", true, "rate"],
  ["Sustained 5,000 RPS", true, "rate"],
  ["Processed 300 TPS", true, "rate"],
  ["Kept p99 under 120 ms", true, "duration"],
  ["Kept p99 under 120ms", true, "duration"],
  ["Stored 2 TB of logs", true, "size"],
  ["Ran 50 servers", true, "count"],
  ["Led a team of 8 engineers", true, "count"],
  ["Led a team of 8", true, "count"],
  ["Split the monolith into 12 microservices", true, "count"],
  ["Mentored 3 engineers", true, "count"],
  ["Exposed 200+ endpoints", true, "count"],
  ["Tuned 300+ slow queries", true, "count"],
  ["Made the build 3x faster", true, "multiplier"],
  ["Gave a 10× throughput gain", true, "multiplier"],
  ["Made queries 2.5x faster", true, "multiplier"],
  ["Made it 3 times faster", true, "multiplier"],
  ["Doubled throughput", true, "multiplier"],
  ["Halved escaped defects", true, "multiplier"],
  ["Gave a tenfold speed-up", true, "multiplier"],
  ["Gave a 10-fold speed-up", true, "multiplier"],
  // held-out set 3: a number word + "fold", a fraction after "by", coordinated and hyphenated count nouns
  ["Cut timeouts thirtyfold", true, "multiplier"],
  ["Water use fell by about a quarter", true, "percent"],
  ["Cut the backlog by two thirds", true, "percent"],
  ["Used by 140 utility and port operators", true, "count"],
  ["Led the migration of 40 on-premises applications", true, "count"],
  ["Built a manifold of scaffold scripts", false],
  ["Moved a quarter of our traffic to the new cluster", false],
  ["Upgraded to Java 17 and Spring Boot 3", false],
  ["Cut latency from 800 ms to 120 ms", true, "before-after"],
  ["Cut restores from 4 hours to 15 minutes", true, "before-after"],
  ["Raised coverage from 41% to 86%", true, "before-after"],
  ["Grew the team from 2 to 6", true, "before-after"],
  ["Cut build time 40 min → 8 min", true, "before-after"],
  ["Saved 10 hours/week of manual work", true, "rate"],
  ["Shipped 30 deploys per day", true, "rate"],
  ["Processed 3M messages a day", true, "rate"],
  ["Served 12,000 requests per second", true, "rate"],
  ["Used by 20,000 students", true, "count"],
  ["Ranked in the top 10% of engineers", true, "rank"],
  ["Won 1st place among 40 teams", true, "rank"],
  ["Built the #1 rated app", true, "rank"],
  ["Mentored two junior engineers", true, "count"],
  ["Migrated with zero downtime", true, "count"],
  ["Led a 5-person team", true, "count"],
  ["Kept responses sub-100ms", true, "duration"],
  ["Delivered in 3 months", true, "duration"],
  ["Managed 12 TB across 3 data centers", true, "size"],
  ["Built 14 REST endpoints", true, "count"],
  ["Migrated 40 Java services to Kubernetes", true, "count"],
  ["Saved twelve analyst-hours per week", true, "rate"],
  ["Cut batch runtime by half", true, "multiplier"],
  ["Raised the app rating from 1.9 to 3.8", true, "before-after"],
  ["Co-authored 5 peer-reviewed papers", true, "count"],
  ["Scaled the fleet from 3 to 9 nodes", true, "before-after"],
  // not metrics
  ["Worked on the project in 2019", false],
  ["Jan 2020 – Present", false],
  ["Q3 2021 launch", false],
  ["2019–2021 at Acme", false],
  ["Call +1 415 555 0199", false],
  ["Phone (646) 555-0107", false],
  ["Tel +49 30 5550 1234", false],
  ["Upgraded to Java 17", false],
  ["Ported scripts to Python 3.11", false],
  ["Used ES2020 features", false],
  ["Secured APIs with OAuth 2.0", false],
  ["Enabled HTTP/2 on the edge", false],
  ["Moved to Spring Boot 3", false],
  ["Rewrote the UI in Angular 15", false],
  ["Upgraded to PHP 8", false],
  ["Enabled IPv6", false],
  ["Web 2.0 era portal", false],
  ["Stored files in S3 and ran EC2", false],
  ["Patched Log4j across k8s", false],
  ["Was the first engineer on the second team", false],
  ["1. Designed the schema", false],
  ["Took CS 101 and CS 240", false],
  ["Provided 24/7 on-call support", false],
  ["Achieved ISO 27001 certification", false],
  ["Upgraded Python from 2.7 to 3.8", false],
  ["Upgraded Java from 8 to 17", false],
  ["Built a 3-tier architecture with 64-bit builds", false],
  ["Handled COVID-19 traffic changes", false],
  ["Supported Windows 10 and Office 365", false],
  ["Served Fortune 500 clients", false],
  ["Has 7 years of experience", false],
  ["Fixed issue #1234", false],
  ["Added 2FA and 3D previews", false],
  ["Node.js 18 and .NET 8 services", false],
  ["Version 2 of the API", false],
  ["Released v1.2.3", false],
  ["Deployed to 10.0.0.1", false],
  ["Shipped on 03/2021", false],
  ["Met on March 15, 2021", false],
  ["Mentored engineers for two years", false],
  ["Moved the service from 2.7 to 3.8", false],
  // vague plural magnitudes are not a specific number
  ["Reached millions of users", false],
  ["Managed dozens of AWS accounts", false],
  ["Used by thousands of full-time staff", false],
  ["Answered hundreds of tickets", false],
  // a duration that is the length of an engagement or artefact, not a result
  ["Worked a 6 month contract at Acme", false],
  ["Completed a 3-month paid internship", false],
  ["Gave a 17 minute presentation", false],
  ["Led a six month project", false],
  ["Ran a 6-month-long migration project", false],
  ["Cut restores to 15 minutes", true, "duration"],
  // a duration after "for" is how long an activity went on, not a result
  ["Served for 6 months as on-call lead", false],
  ["Ran the pilot for about 3 weeks", false],
  ["Delivered the migration in 3 months", true, "duration"],
  ["Held 99.9% uptime for 12 months", true, "percent"],
  // digits of a URL, an e-mail address or an ID
  ["See bit.ly/3xYz12 links", false],
  ["Demo at https://example.com/p/12345 pages", false],
  ["Wrote to team-42@example.com about outages", false],
  ["Student ID 2019CS10234 records", false],
  ["Published at https://github.com/jdoe/app2024 with 300 stars", true, "count"],
];

describe("findMetrics: tricky cases", () => {
  it("has at least 60 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });
  for (const [text, quantified, kind] of CASES) {
    it(`${quantified ? "finds" : "ignores"}: ${text}`, () => {
      const ms = findMetrics(text);
      expect(ms.length > 0, JSON.stringify(ms)).toBe(quantified);
      expect(isQuantified(text)).toBe(quantified);
      if (kind) expect(ms[0]!.kind).toBe(kind);
    });
  }
});

describe("findMetrics: values, offsets and spans", () => {
  it("reports text slices matching offsets", () => {
    const text = "Cut p95 latency from 420 ms to 95 ms and saved $180K per year for 1.2M users.";
    const ms = findMetrics(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms.map((m) => m.text)).toEqual(["from 420 ms to 95 ms", "$180K per year", "1.2M users"]);
    expect(ms.map((m) => m.value)).toEqual([95, 180000, 1200000]);
    expect(ms[1]!.kind).toBe("money");
  });
  it("applies magnitudes", () => {
    expect(findMetrics("Raised $3 million")[0]!.value).toBe(3e6);
    expect(findMetrics("Served 2.5k users")[0]!.value).toBe(2500);
    expect(findMetrics("Handled 12,000 rps")[0]!.value).toBe(12000);
  });
  it("keeps metrics in order and non-overlapping", () => {
    const ms = findMetrics("Led 5 engineers, cut costs 30%, 2x throughput, from 9 to 3 days, 4 TB");
    expect(ms.map((m) => m.kind)).toEqual(["count", "percent", "multiplier", "before-after", "size"]);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
  it("returns nothing for empty or number-free text", () => {
    expect(findMetrics("")).toEqual([]);
    expect(findMetrics("Designed the billing service")).toEqual([]);
  });
  it("is linear: work on a long line grows with its length (counted, not timed)", () => {
    const unit = "Cut latency 40% from 800 ms to 120 ms for 2M users in 2021; v1.2.3 +1 415 555 0199 ";
    const line = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    let found = 0;
    const small = countWork(() => findMetrics(line(50_000)));
    const big = countWork(() => (found = findMetrics(line(200_000)).length));
    expect(found).toBeGreaterThan(5_000);
    expect(big / small).toBeLessThan(6); // linear ≈ 4, quadratic ≈ 16
    const digits = (n: number): string => "9".repeat(n) + "." + "1".repeat(n) + " " + ",".repeat(n) + "a".repeat(n);
    expect(countWork(() => findMetrics(digits(100_000))) / countWork(() => findMetrics(digits(25_000)))).toBeLessThan(6);
  });
});

interface Labeled {
  file: string;
  text: string;
  quantified: boolean;
}

describe("quantified-bullet detection against hand labels", () => {
  const labels = JSON.parse(readFileSync(new URL("../../fixtures/hints/quantified-bullets.json", import.meta.url), "utf8")) as Labeled[];
  it("reaches per-bullet F1 ≥ 0.95", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const l of labels) {
      const got = isQuantified(l.text);
      if (got && l.quantified) tp++;
      else if (got) fp++;
      else if (l.quantified) fn++;
      if (got !== l.quantified) wrong.push(`${l.file}: ${l.text}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(labels.length).toBe(70);
    expect(f1, wrong.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
