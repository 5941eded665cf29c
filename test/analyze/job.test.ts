import { describe, expect, it } from "vitest";
import { analyzeResume } from "../../src/analyze/index.js";

const NOW = new Date("2026-11-23T00:00:00Z");
const resume = {
  text: `Dana Smith
dana@example.com | +1 415 555 0100

EXPERIENCE
Backend Engineer, Acme — Jan 2020 – Present
- Built Node.js and TypeScript REST APIs on PostgreSQL serving 2M requests a day.
- Cut p95 latency from 300 ms to 80 ms with Redis caching.

SKILLS
Node.js, TypeScript, PostgreSQL, Redis, Docker, Git, Jest
`,
};
const posting = {
  text: `Senior Backend Engineer (Node.js)

Requirements
- 5+ years building APIs with Node.js and TypeScript
- Strong PostgreSQL and Kafka experience

Nice to have
- Kubernetes is a plus
`,
};

describe("analyzeResume with a job description", () => {
  it("reports the posting's required and preferred skills, found and missing", async () => {
    const r = await analyzeResume(resume, { role: "nodejs-developer", jobDescription: posting, now: NOW });
    expect(r.jobMatch).toBeDefined();
    const jm = r.jobMatch!;
    expect(jm.posting.required).toEqual(expect.arrayContaining(["nodejs", "typescript", "postgresql", "kafka"]));
    expect(jm.required.missing).toContain("kafka");
    expect(jm.required.found).toEqual(expect.arrayContaining(["nodejs", "postgresql"]));
    expect(jm.preferred.missing).toContain("kubernetes");
    expect(jm.yearsRequired).toBe(5);
    expect(r.hints.some((h) => h.code === "JD_MISSING_REQUIRED" && h.skillId === "kafka")).toBe(true);
  });

  it("extends the role's lists with the posting's, naming the list each keyword came from", async () => {
    const withJd = await analyzeResume(resume, { role: "nodejs-developer", jobDescription: posting, now: NOW });
    const without = await analyzeResume(resume, { role: "nodejs-developer", now: NOW });
    const kafka = withJd.keywords.mustHave.missing.find((k) => k.id === "kafka");
    expect(kafka?.source).toBe("job-description");
    expect(without.keywords.mustHave.missing.find((k) => k.id === "kafka")).toBeUndefined();
    expect(without.jobMatch).toBeUndefined();
    // A required skill the resume lacks costs points compared with the role alone.
    expect(withJd.score.total).toBeLessThan(without.score.total);
  });
});
