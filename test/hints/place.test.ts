import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";
import { segment } from "../../src/segment/index.js";
import { bulletPlace, linePlace, linesPlace, lineStarts, textPlace } from "../../src/hints/place.js";

describe("places", () => {
  it("maps offsets of a wrapped bullet back to its lines and columns", async () => {
    const doc = await extractResume({
      text: ["Experience", "Engineer, Acme | 2020 – Present", "- Migrated the billing service to Kubernetes and", "    cut its p95 latency by 40 %", "- Built the audit log"].join("\n"),
      format: "text",
    });
    const resume = segment(doc, { now: new Date("2026-06-01") });
    const b = resume.bullets[0]!;
    expect(b.text).toBe("Migrated the billing service to Kubernetes and cut its p95 latency by 40 %");
    expect([b.line, b.endLine]).toEqual([3, 4]);
    // the whole bullet: from after the marker to the end of its second line
    expect(bulletPlace(resume, b, 0)).toEqual({ start: { line: 3, column: 3 }, end: { line: 4, column: 28 } });
    // "cut" starts the second line's text
    const at = b.text.indexOf("cut");
    expect(bulletPlace(resume, b, 0, at, at + 3)).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 4 } });
    const lines = doc.lines.map((l) => l.text);
    expect(lines[3]!.slice(0, 3)).toBe("cut");
    // "Kubernetes" on the first line
    const k = b.text.indexOf("Kubernetes");
    const p = bulletPlace(resume, b, 0, k, k + "Kubernetes".length);
    expect(lines[p.start.line - 1]!.slice(p.start.column! - 1, p.end.column! - 1)).toBe("Kubernetes");
    // a span across the wrap ends on the second line
    expect(bulletPlace(resume, b, 0, k, at + 3)).toEqual({ start: { line: 3, column: p.start.column }, end: { line: 4, column: 4 } });
  });

  it("gives lines only when the bullet's text does not add up to its lines", () => {
    const resume = { lines: [], sections: [], bullets: [], contact: {} as never, experience: { years: 0, entries: [] }, organizations: [] };
    expect(bulletPlace(resume, { text: "Built X", line: 2, endLine: 3, section: "experience" }, 0, 0, 5)).toEqual(linesPlace(2, 3));
  });

  it("turns offsets of a line or of the whole text into 1-based columns, the end one past the last character", () => {
    expect(linePlace(4, 0, 3)).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 4 } });
    const text = "ab\ncde\nf";
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 3, 7]);
    expect(textPlace(starts, 4, 6)).toEqual({ start: { line: 2, column: 2 }, end: { line: 2, column: 4 } });
    expect(textPlace(starts, 1, 8)).toEqual({ start: { line: 1, column: 2 }, end: { line: 3, column: 2 } });
  });
});
