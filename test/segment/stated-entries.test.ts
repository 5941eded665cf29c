/**
 * The hook between a reader that knows its entries (JSON Resume) and
 * segmentation: stated entries are taken as given, text entries are found in
 * the text, and a document without stated entries is read as before.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/index.js";
import type { StatedEntry } from "../../src/types.js";
import { docFromLines } from "./helpers.js";

const NOW = new Date("2026-06-15T00:00:00Z");
const LINES = [
  "Jane Doe",
  { text: "Experience", heading: true },
  "Engineer, Acme | 2013-12-01 – 2014-12-01",
  "• Built Kafka pipelines",
  "Lead, Globex | Fall 2015",
  "• Led a team of four",
  { text: "Education", heading: true },
  "B.S. in CS | State U | 2011-06-01 – 2014-01-01",
];
const ENTRIES: StatedEntry[] = [
  { line: 2, section: "experience", title: "Engineer", organization: "Acme", start: "2013-12", end: "2014-12", dateText: "2013-12-01 – 2014-12-01", yearOnly: false },
  // Dates not in ISO 8601 form: read from the dates as shown.
  { line: 4, section: "experience", title: "Lead", organization: "Globex", start: null, end: null, dateText: "Fall 2015", yearOnly: false },
  { line: 7, section: "education", title: "B.S. in CS", organization: "State U", start: "2011-06", end: "2014-01", dateText: "2011-06-01 – 2014-01-01", yearOnly: false },
];

describe("stated entries", () => {
  it("are the experience entries, with their names, dates and header lines as stated", () => {
    const r = segment({ ...docFromLines(LINES, "json-resume"), entries: ENTRIES }, { now: NOW });
    expect(r.experience.entries).toEqual([
      { title: "Engineer", organization: "Acme", start: "2013-12", end: "2014-12", dateText: "2013-12-01 – 2014-12-01", line: 3, section: "experience" },
      { title: "Lead", organization: "Globex", start: "2015-09", end: "2015-09", dateText: "Fall 2015", line: 5, section: "experience" },
    ]);
    // Dec 2013 – Dec 2014 counts both end months, as the same range written in a PDF does: 13 months; Fall 2015 one more.
    expect(r.experience.years).toBe(1.2);
    expect(r.lines.filter((l) => l.isEntryHeader).map((l) => l.line)).toEqual([3, 5, 8]);
    expect(r.bullets.map((b) => [b.text, b.entryIndex])).toEqual([["Built Kafka pipelines", 0], ["Led a team of four", 1]]);
    expect(r.organizations).toEqual(["Acme", "Globex", "State U"]);
  });

  it("are the only entries of a document that states them: a dated line it does not state is not an entry", () => {
    const r = segment({ ...docFromLines(LINES, "json-resume"), entries: ENTRIES.slice(0, 1) }, { now: NOW });
    expect(r.experience.entries.map((e) => e.organization)).toEqual(["Acme"]);
  });

  it("leave documents without them to the text", () => {
    const r = segment(docFromLines(LINES), { now: NOW });
    expect(r.experience.entries.find((e) => e.dateText === "Fall 2015")).toMatchObject({ start: "2015-09", end: "2015-09", line: 5 });
  });
});
