import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countGaps } from "../../scripts/keywords-gaps.js";

const dir = mkdtempSync(join(tmpdir(), "kw-gaps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const resume = (skills: string) => `Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme, 2020 - Present\n• Built services in Java\n\nSKILLS\n${skills}\n`;

describe("keywords:gaps", () => {
  it("counts unrecognized list terms over a folder, most files first, with their usual written form", async () => {
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "a.md"), resume("Java, Frobnicator, Quuxlang"));
    writeFileSync(join(dir, "b.txt"), resume("Python, frobnicator, Zorkmid DB"));
    writeFileSync(join(dir, "sub", "c.md"), resume("Go, Frobnicator, Zorkmid-DB, Aerospike"));
    writeFileSync(join(dir, "README.md"), "not a resume: Frobnicator, Frobnicator");
    const { rows, files, unreadable } = await countGaps(dir);
    expect(files).toBe(3);
    expect(unreadable).toEqual([]);
    expect(rows.map((r) => [r.term, r.files])).toEqual([
      ["Frobnicator", 3],
      ["Zorkmid DB", 2],
      ["Quuxlang", 1],
    ]);
    expect(rows[0].examples).toEqual(["a.md", "b.txt", "sub/c.md"]);
  });
});
