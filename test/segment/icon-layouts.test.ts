/**
 * Layouts of icon-themed résumés (Font Awesome headings, CSS lists without
 * glyphs): headings behind an icon, titles and employers that start lower
 * case or hold lower-case words, and bullets full of product names.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../../src/segment/index.js";
import { unbulletIconHeadings } from "../../src/segment/icon-headings.js";
import { lineStyle } from "../../src/segment/style.js";
import { docFromLines, type LineSpec } from "./helpers.js";

const NOW = new Date("2026-11-22T00:00:00Z");

/** A two-role page as Chromium prints a CSS grid theme: icon headings, title + dates, employer, indented lines. */
function iconTheme(headingSize: number): LineSpec[] {
  return [
    { text: "Camille Rousseau", x: 34, fontSize: 24, bold: true },
    { text: "• ABOUT", x: 34, fontSize: headingSize, bold: true },
    { text: "iOS engineer for nine years, from Objective-C view controllers to SwiftUI.", x: 34, fontSize: 9.3 },
    { text: "• EXPERIENCE", x: 34, fontSize: headingSize, bold: true },
    { text: "Senior iOS Engineer   04/2021 – Present", x: 34, fontSize: 9.3, bold: true },
    { text: "Trabool Mobility SAS, Lyon", x: 34, fontSize: 9.3 },
    { text: "Rewrote the booking flow of the ride-sharing app in SwiftUI with Combine and", x: 44, fontSize: 9.3 },
    { text: "the Observation framework; checkout conversion rose by 9%.", x: 44, fontSize: 9.3 },
    { text: "Shipped Live Activities, WidgetKit widgets and App Intents for Siri Shortcuts;", x: 44, fontSize: 9.3 },
    { text: "mentored four developers.", x: 44, fontSize: 9.3 },
    { text: "iOS Developer   2017 – 03/2021", x: 34, fontSize: 9.3, bold: true },
    { text: "Mistral Banque en ligne, Paris", x: 34, fontSize: 9.3 },
    { text: "Maintained the banking app in Objective-C and Swift (UIKit, Auto Layout) for", x: 44, fontSize: 9.3 },
    { text: "1.4 million customers.", x: 44, fontSize: 9.3 },
    { text: "Implemented Face ID login with the Keychain and LocalAuthentication, and", x: 44, fontSize: 9.3 },
    { text: "certificate pinning with URLSession.", x: 44, fontSize: 9.3 },
    { text: "• EDUCATION", x: 34, fontSize: headingSize, bold: true },
    { text: "Master Informatique, Université Lumière-Rhône, 2013 – 2017", x: 34, fontSize: 9.3 },
  ];
}

describe("headings behind an icon", () => {
  it("an icon-marked heading set larger than the body opens its section", () => {
    const r = segment(docFromLines(iconTheme(11), "pdf"), { now: NOW });
    expect(r.sections.map((s) => [s.kind, s.heading])).toEqual([["header", ""], ["summary", "ABOUT"], ["experience", "EXPERIENCE"], ["education", "EDUCATION"]]);
  });
  it("a bullet item that only names a heading word, in body style, stays an item", () => {
    const lines = docFromLines([{ text: "• Education", fontSize: 9.3 }, { text: "Body text line one", fontSize: 9.3 }, { text: "Body text line two", fontSize: 9.3 }], "pdf").lines;
    const styles = lines.map((l) => lineStyle(l, 9.3));
    expect(unbulletIconHeadings(lines, styles)).toBe(lines);
    // the same words set as a heading (bold capitals) lose the marker
    const marked = docFromLines([{ text: "• SKILLS", fontSize: 9.3, bold: true }], "pdf").lines;
    expect(unbulletIconHeadings(marked, marked.map((l) => lineStyle(l, 9.3)))[0]).toMatchObject({ text: "SKILLS" });
    expect(unbulletIconHeadings(marked, marked.map((l) => lineStyle(l, 9.3)))[0]?.bullet).toBeUndefined();
  });
});

describe("roles of an icon theme", () => {
  const r = segment(docFromLines(iconTheme(11), "pdf"), { now: NOW });
  it("a title that starts lower case ('iOS Developer') keeps its dates", () => {
    expect(r.experience.entries.map((e) => [e.title, e.start, e.end])).toEqual([
      ["Senior iOS Engineer", "2021-04", "present"],
      ["iOS Developer", "2017-01", "2021-03"],
    ]);
  });
  it("an employer with lower-case words before its city, at the title's indent, is the employer", () => {
    expect(r.experience.entries.map((e) => e.organization)).toEqual(["Trabool Mobility SAS", "Mistral Banque en ligne"]);
    // indented like the body, the same line is no employer line
    const shifted = iconTheme(11).map((l) => (typeof l !== "string" && l.text.startsWith("Mistral") ? { ...l, x: 44 } : l));
    const s = segment(docFromLines(shifted, "pdf"), { now: NOW });
    expect(s.experience.entries[1]?.organization).not.toBe("Mistral Banque en ligne");
  });
  it("a glyph-less bullet full of product names opens on its past-tense verb", () => {
    expect(r.bullets.filter((b) => b.section === "experience").map((b) => b.text.split(" ").slice(0, 2).join(" "))).toEqual([
      "Rewrote the", "Shipped Live", "Maintained the", "Implemented Face",
    ]);
  });
});
