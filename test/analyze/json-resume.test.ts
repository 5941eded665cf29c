/**
 * The official JSON Resume samples (fixtures/jsonresume, MIT, from
 * jsonresume/resume-schema) analyzed as a user would: dates and years from
 * the JSON, skills from skills[] (names and keywords), spoken languages never
 * skills, and a job posting asking 3+ years measured against the right years.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeResume, analyzeText } from "../../src/analyze/index.js";

const DIR = join(import.meta.dirname, "../../fixtures/jsonresume");
const RESUME = join(DIR, "sample.resume.json");
const JOB = join(DIR, "sample.job.json");
const NOW = new Date("2026-06-15T00:00:00Z");

describe("sample.resume.json", () => {
  it("dates each entry from startDate/endDate and counts the work years", async () => {
    const r = await analyzeResume(RESUME, { role: "backend-developer", now: NOW });
    expect(r.experience.entries.map((e) => [e.section, e.organization, e.start, e.end, e.dateText])).toEqual([
      ["experience", "Pied Piper", "2013-12", "2014-12", "2013-12-01 – 2014-12-01"],
      ["projects", "Miss Direction", "2016-08", "2016-08", "2016-08-24"],
      ["volunteer", "CoderDojo", "2012-01", "2013-01", "2012-01-01 – 2013-01-01"],
    ]);
    // Work only (volunteer and projects do not count), Dec 2013 – Dec 2014 with both end months: 13 months.
    expect(r.experience.years).toBe(1.1);
  });

  it("reads analyzed in a worker thread (the default) the same as in this thread", async () => {
    const inThread = await analyzeResume(RESUME, { now: NOW, isolate: false });
    const isolated = await analyzeResume(RESUME, { now: NOW });
    expect(isolated.experience).toEqual(inThread.experience);
  });

  it("lists skills[].name and skills[].keywords as skills, and dates the ones used in an entry", async () => {
    const r = await analyzeResume(RESUME, { role: "backend-developer", now: NOW });
    const byId = new Map(r.skills.map((s) => [s.id, s]));
    for (const id of ["web-development", "html", "css", "javascript"]) expect(byId.get(id)?.occurrences.some((o) => o.section === "skills"), id).toBe(true);
    // Javascript is also a keyword of the 2016 project.
    expect(byId.get("javascript")).toMatchObject({ evidence: "used", lastUsed: 2016 });
    // Keywords no skill knows are reported, not dropped.
    expect(r.unrecognized.map((u) => u.term)).toEqual(expect.arrayContaining(["Mpeg", "MP4", "GIF"]));
  });

  it("takes no skill and no unrecognized term from spoken languages", async () => {
    const json = JSON.stringify({
      basics: { name: "Ana Pérez", label: "Backend Engineer" },
      work: [{ name: "Acme", position: "Backend Engineer", startDate: "2019-03", highlights: ["Built Kafka pipelines in Java"] }],
      skills: [{ name: "Backend", keywords: ["Java", "PostgreSQL"] }],
      certificates: [{ name: "AWS Certified Solutions Architect – Associate", date: "2021-11-07", issuer: "Amazon Web Services" }],
      languages: ["English", "Spanish", "German", "French", "Mandarin", "Japanese", "Hindi", "Arabic", "Portuguese", "Javanese", "Swahili", "Tagalog", "Korean", "American Sign Language"].map((language, i) => ({
        language,
        fluency: ["Native speaker", "Full professional proficiency", "Fluent", "Conversational", "Elementary", "C1", "B2"][i % 7],
      })),
    });
    const r = await analyzeText(json, { now: NOW });
    expect(r.sections.some((s) => s.kind === "languages")).toBe(true);
    expect(r.skills.filter((s) => s.occurrences.some((o) => o.section === "languages")).map((s) => s.id)).toEqual([]);
    expect(r.unrecognized.filter((u) => u.section === "languages")).toEqual([]);
    // Certificates are read: the AWS certification names a skill, in its section.
    expect(r.skills.find((s) => s.id === "aws")?.occurrences[0]?.section).toBe("certifications");
    // 2019-03 to present (June 2026): 7 years 4 months.
    expect(r.experience.years).toBe(7.3);
  });
});

describe("sample.resume.json against sample.job.json (asks 3+ years)", () => {
  it("measures the posting's years against the resume's dated work, not 0", async () => {
    const r = await analyzeResume(RESUME, { jobDescription: JOB, now: NOW });
    const jm = r.jobMatch!;
    expect(jm.yearsRequired).toBe(3);
    expect(jm.yearsOnResume).toBe(1.1);
    const years = jm.hints.find((h) => h.code === "JD_YEARS_BELOW");
    expect(years?.message).toContain("1.1");
    // The posting's skill names and keywords are met by the resume's skills[] (name and keywords).
    expect(jm.required.found).toEqual(expect.arrayContaining(["web-development", "html", "css", "javascript"]));
    expect(jm.required.missing).toEqual(expect.arrayContaining(["react", "nodejs", "mongodb"]));
    // Neither file's keys, address or meta became terms.
    const terms = [...jm.otherTerms.found, ...jm.otherTerms.missing].join(" ").toLowerCase();
    for (const w of ["keywords", "berlin", "startdate", "canonical", "highlights"]) expect(terms).not.toContain(w);
  });
});
