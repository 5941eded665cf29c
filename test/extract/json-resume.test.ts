/**
 * JSON Resume dates and entries are read from the JSON's fields, not re-read
 * from the text the reader renders: the official sample (fixtures/jsonresume,
 * MIT, from jsonresume/resume-schema) and the schema's date forms.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";
import { entryDates, isoMonth, jsonResumeToLines, parseJsonResume } from "../../src/extract/json-resume.js";
import { finishDocument } from "../../src/extract/lines.js";

const SAMPLE = join(import.meta.dirname, "../../fixtures/jsonresume/sample.resume.json");

describe("JSON Resume dates (ISO 8601 as the schema writes them)", () => {
  it("reads YYYY-MM-DD, YYYY-MM and YYYY, and nothing else", () => {
    expect(isoMonth("2013-12-01")).toEqual({ ym: "2013-12", yearOnly: false });
    expect(isoMonth("2013-12")).toEqual({ ym: "2013-12", yearOnly: false });
    expect(isoMonth("2013")).toEqual({ ym: "2013-01", yearOnly: true });
    expect(isoMonth(" 2014-06-30T00:00:00Z ")).toEqual({ ym: "2014-06", yearOnly: false });
    for (const bad of ["2013-13-01", "2013-00", "Dec 2013", "12/2013", "13", "2013-1", "", "1850"]) expect(isoMonth(bad), bad).toBeNull();
  });

  it("takes a missing end date as present, and keeps one date as a single month", () => {
    expect(entryDates({ startDate: "2013-12-01", endDate: "2014-12-01" })).toEqual({ start: "2013-12", end: "2014-12", dateText: "2013-12-01 – 2014-12-01", yearOnly: false });
    expect(entryDates({ startDate: "2021-06-15" })).toEqual({ start: "2021-06", end: "present", dateText: "2021-06-15 – Present", yearOnly: false });
    expect(entryDates({ startDate: "2017", endDate: "2020" })).toEqual({ start: "2017-01", end: "2020-01", dateText: "2017 – 2020", yearOnly: true });
    expect(entryDates({ startDate: "2016-08-24", endDate: "2016-08-24" })).toEqual({ start: "2016-08", end: "2016-08", dateText: "2016-08-24", yearOnly: false });
    expect(entryDates({ endDate: "2019" })).toEqual({ start: "2019-01", end: "2019-01", dateText: "2019", yearOnly: true });
    expect(entryDates({ startDate: "2019-03", endDate: "Present" })).toMatchObject({ start: "2019-03", end: "present" });
    expect(entryDates({})).toEqual({ start: null, end: null, dateText: null, yearOnly: false });
  });

  it("leaves dates not in ISO 8601 form to be read as text (start/end null, shown as written)", () => {
    expect(entryDates({ startDate: "Jan 2019", endDate: "Mar 2021" })).toEqual({ start: null, end: null, dateText: "Jan 2019 – Mar 2021", yearOnly: false });
    expect(entryDates({ startDate: "2019-01", endDate: "soon" })).toEqual({ start: null, end: null, dateText: "2019-01 – soon", yearOnly: false });
  });
});

describe("the official sample.resume.json", () => {
  it("states work, projects, education and volunteer entries with the JSON's dates, tied to their header lines", async () => {
    const doc = await extractResume(SAMPLE);
    expect(doc.format).toBe("json-resume");
    const shown = (doc.entries ?? []).map((e) => ({ ...e, text: doc.lines[e.line]?.text }));
    expect(shown).toEqual([
      { line: 7, text: "CEO/President, Pied Piper | 2013-12-01 – 2014-12-01", section: "experience", title: "CEO/President", organization: "Pied Piper", start: "2013-12", end: "2014-12", dateText: "2013-12-01 – 2014-12-01", yearOnly: false },
      { line: 13, text: "Miss Direction | 2016-08-24", section: "projects", title: null, organization: "Miss Direction", start: "2016-08", end: "2016-08", dateText: "2016-08-24", yearOnly: false },
      {
        line: 25,
        text: "Bachelor in Information Technology | University of Oklahoma | 2011-06-01 – 2014-01-01",
        section: "education",
        title: "Bachelor in Information Technology",
        organization: "University of Oklahoma",
        start: "2011-06",
        end: "2014-01",
        dateText: "2011-06-01 – 2014-01-01",
        yearOnly: false,
      },
      { line: 34, text: "Teacher, CoderDojo | 2012-01-01 – 2013-01-01", section: "volunteer", title: "Teacher", organization: "CoderDojo", start: "2012-01", end: "2013-01", dateText: "2012-01-01 – 2013-01-01", yearOnly: false },
    ]);
  });

  it("gives each skill its own line (name and level) with its keywords listed under it; spoken languages stay in Languages", async () => {
    const doc = await extractResume(SAMPLE);
    const texts = doc.lines.map((l) => l.text);
    const skills = texts.indexOf("Skills");
    expect(texts.slice(skills, skills + 5)).toEqual(["Skills", "Web Development (Master)", "HTML, CSS, Javascript", "Compression (Master)", "Mpeg, MP4, GIF"]);
    const languages = texts.indexOf("Languages");
    expect(texts[languages + 1]).toBe("English – Native speaker");
    // References are not resume text an ATS reads for skills.
    expect(doc.text).not.toContain("Erlich Bachman");
  });

  it("puts a project's technologies before its highlights, so no bullet swallows them", async () => {
    const texts = (await extractResume(SAMPLE)).lines.map((l) => l.text);
    const at = texts.indexOf("Technologies: GoogleMaps, Chrome Extension, Javascript");
    expect(at).toBeGreaterThan(texts.indexOf("Miss Direction | 2016-08-24"));
    expect(texts[at + 1]).toBe("• Won award at AIHacks 2016");
  });
});

describe("stated entries follow their lines through finishing", () => {
  it("re-indexes entries past dropped empty lines, and drops those cut off by maxTextChars", () => {
    const doc = parseJsonResume(JSON.stringify({ basics: { name: "A" }, work: [{ name: "Acme", position: "Dev", startDate: "2020" }, { name: "Globex", position: "Dev", startDate: "2018", endDate: "2019" }] }))!;
    const { lines, entries } = jsonResumeToLines(doc);
    const drafts = [{ text: "", page: 1 }, ...lines];
    const shifted = entries.map((e) => ({ ...e, line: e.line + 1 }));
    const full = finishDocument("json-resume", drafts, 1, {}, [], 10_000, shifted);
    expect(full.entries?.map((e) => full.lines[e.line]?.text)).toEqual(["Dev, Acme | 2020 – Present", "Dev, Globex | 2018 – 2019"]);
    const cut = finishDocument("json-resume", drafts, 1, {}, [], "A\nExperience\nDev, Acme | 2020 – Present\n".length, shifted);
    expect(cut.entries?.map((e) => e.organization)).toEqual(["Acme"]);
  });
});
