/**
 * Stuffing earns nothing (src/score/stuffing.ts, README "The score"): hidden
 * text and keyword dumps add no point, checked on the two attacks and
 * as properties over random resumes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeExtracted, analyzeText } from "../../src/analyze/index.js";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { creditableSkills, DUMP_MIN_LISTED_ONLY, visibleDocument } from "../../src/score/stuffing.js";
import type { ExtractedDocument, ExtractedLine, FoundSkill, Occurrence } from "../../src/types.js";

const NOW = new Date("2025-06-01T00:00:00Z");
const ROLE = "backend-developer";
const catalog = getBuiltinCatalog();
const NAMES = catalog.skills.map((s) => s.name);
const role = catalog.roleById.get(ROLE)!;
/** Names of the role's must-have and strong skills: what a stuffer would hide. */
const ROLE_NAMES = [...role.mustHave, ...(role.strong ?? [])]
  .flatMap((e): string[] => (typeof e === "string" ? [e] : "anyOf" in e ? e.anyOf : [e.skill]))
  .map((id) => catalog.skillById.get(id)?.name)
  .filter((n): n is string => typeof n === "string");

function pdfDoc(lines: Array<{ text: string; fontSize: number }>): ExtractedDocument {
  const out: ExtractedLine[] = lines.map((l, index) => ({ text: l.text, page: 1, index, x: 72, y: 72 + 14 * index, fontSize: l.fontSize }));
  return { format: "pdf", text: out.map((l) => l.text).join("\n"), lines: out, pageCount: 1, metadata: {}, warnings: [] };
}

/** A small honest resume: a skills list and sentence bullets. */
const RESUME = [
  "Jane Doe",
  "jane@example.com · +1 555 0100 · github.com/jane",
  "Experience",
  "Backend Engineer, Acme Corp · 2019 – Present",
  "• Built the billing service in Go, cutting p95 latency by 40% for 2M users",
  "• Moved the order pipeline to Kafka and cut failed payments by 30%",
  "Skills",
  "Go, Kafka, Linux",
];

describe("hidden text", () => {
  it("20,000 words of skill names in 1-point type add nothing (issue 18 #12)", async () => {
    const base = pdfDoc(RESUME.map((text) => ({ text, fontSize: 10 })));
    const words = Array.from({ length: 20_000 }, (_, i) => NAMES[i % NAMES.length]);
    const hidden: string[] = [];
    for (let i = 0; i < words.length; i += 25) hidden.push(words.slice(i, i + 25).join(" "));
    const stuffed = pdfDoc([...RESUME.map((text) => ({ text, fontSize: 10 })), ...hidden.map((text) => ({ text, fontSize: 1 }))]);
    const before = await analyzeExtracted(base, { role: ROLE, now: NOW });
    const after = await analyzeExtracted(stuffed, { role: ROLE, now: NOW });
    expect(after.score).toEqual(before.score);
    expect(after.keywords).toEqual(before.keywords);
    expect(after.hints.find((h) => h.code === "TINY_TEXT")?.message).toContain("the score does not read it");
    // The whole document in 1-point type: nothing is read, nothing is earned.
    const allTiny = await analyzeExtracted(pdfDoc(hidden.map((text) => ({ text, fontSize: 1 }))), { role: ROLE, now: NOW });
    expect(allTiny.score.total).toBe(0);
  });

  it("visibleDocument drops the lines and maps back to the full document's indexes", () => {
    const doc = pdfDoc([{ text: "a", fontSize: 10 }, { text: "b", fontSize: 1 }, { text: "c", fontSize: 10 }]);
    const v = visibleDocument(doc, [doc.lines[1]]);
    expect(v.doc.lines.map((l) => [l.text, l.index])).toEqual([["a", 0], ["c", 1]]);
    expect(v.doc.text).toBe("a\nc");
    expect(v.original).toEqual([0, 2]);
  });

  it("property: hidden lines of any skill names, anywhere, leave the score exactly as it was", async () => {
    const filler = ["built", "the", "service", "with", "and", "cut", "latency", "by", "40%", "for", "users", "team", "API"];
    const word = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...NAMES) }, { weight: 3, arbitrary: fc.constantFrom(...filler) });
    const visibleLine = fc.oneof(
      fc.constantFrom("Experience", "Skills", "Projects", "Summary", "Backend Engineer, Acme · 2020 – Present"),
      fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(" ")),
      fc.array(word, { minLength: 4, maxLength: 14 }).map((ws) => `• ${ws.join(" ")}`),
    );
    const hiddenLine = fc.array(fc.constantFrom(...ROLE_NAMES, ...NAMES.slice(0, 200)), { minLength: 1, maxLength: 30 }).map((ws) => ws.join(" "));
    const case_ = fc.record({
      visible: fc.array(fc.record({ text: visibleLine, fontSize: fc.double({ min: 9, max: 12, noNaN: true }) }), { minLength: 3, maxLength: 25 }),
      hidden: fc.array(fc.record({ text: hiddenLine, fontSize: fc.double({ min: 0.5, max: 5.5, noNaN: true }), at: fc.nat() }), { minLength: 1, maxLength: 30 }),
    });
    await fc.assert(
      fc.asyncProperty(case_, async ({ visible, hidden }) => {
        const lines = [...visible];
        for (const h of hidden) lines.splice(h.at % (lines.length + 1), 0, { text: h.text, fontSize: h.fontSize });
        const before = await analyzeExtracted(pdfDoc(visible), { role: ROLE, now: NOW });
        const after = await analyzeExtracted(pdfDoc(lines), { role: ROLE, now: NOW });
        expect(after.score.total).toBe(before.score.total);
        expect(after.score.components.map((c) => c.points)).toEqual(before.score.components.map((c) => c.points));
      }),
      { numRuns: 60, seed: 1812 },
    );
  });
});

describe("keyword dumps", () => {
  it("5,000 lines of skill names earn nothing (issue 18 #12: it scored 85)", async () => {
    const dump = Array.from({ length: 5_000 }, (_, i) => NAMES[i % NAMES.length]).join("\n");
    const r = await analyzeText(dump, { role: ROLE, now: NOW });
    expect(r.score.total).toBe(0);
    const hint = r.hints.filter((h) => h.code === "KEYWORD_STUFFING");
    expect(hint).toHaveLength(1); // one hint for the dump, not one per repeated name
    expect(hint[0].message).toMatch(/named only in lists.*keyword dump/);
  });

  it("a resume with a dump appended keeps exactly what its sentence bullets show", async () => {
    const honest = await analyzeText(RESUME.join("\n"), { role: ROLE, now: NOW });
    const stuffed = await analyzeText(`${RESUME.join("\n")}\n\nSkills\n${NAMES.join(", ")}`, { role: ROLE, now: NOW });
    expect(stuffed.score.total).toBeLessThanOrEqual(honest.score.total);
    // Go and Kafka are shown in bullets: still found. Linux was only listed: no credit in a dump.
    const found = (r: typeof honest) => [...r.keywords.mustHave.found, ...r.keywords.strong.found].map((k) => k.id);
    for (const id of found(stuffed)) expect(found(honest)).toContain(id);
    expect(stuffed.skills.length).toBeGreaterThan(honest.skills.length); // the report still lists what was read
  });

  it("the threshold: more than DUMP_MIN_LISTED_ONLY listed-only skills", () => {
    const occ = (skillId: string, inBullet: boolean, text: string): Occurrence => ({
      skillId, alias: skillId, matched: skillId, section: inBullet ? "experience" : "skills", line: 1, start: 0, end: 1, inBullet, inSkillsList: !inBullet, hedged: false, text,
    });
    const sk = (id: string, occurrences: Occurrence[]): FoundSkill => ({ id, name: id, category: "tool", evidence: "listed", hedged: false, lastUsed: null, implied: false, impliedBy: [], occurrences });
    const listed = (n: number) => Array.from({ length: n }, (_, i) => sk(`s${i}`, [occ(`s${i}`, false, "list")]));
    const used = sk("go", [occ("go", true, "Built the billing service in go for two million users")]);
    const implied = { ...sk("sql", []), implied: true, impliedBy: ["s0"] };
    expect(creditableSkills([...listed(DUMP_MIN_LISTED_ONLY), used, implied], new Set()).dump).toBeNull();
    const r = creditableSkills([...listed(DUMP_MIN_LISTED_ONLY + 1), used, implied], new Set());
    expect(r.dump?.listedOnly).toBe(DUMP_MIN_LISTED_ONLY + 1);
    expect(r.skills.map((s) => s.id)).toEqual(["go"]); // sql was implied by a dumped skill only
    expect(r.skills[0].evidence).toBe("listed"); // never more than the full reading gave
    // A bullet that is only skill names is a list, not a sentence.
    const short = sk("rust", [occ("rust", true, "rust go")]);
    expect(creditableSkills([...listed(DUMP_MIN_LISTED_ONLY + 1), short], new Set()).skills).toEqual([]);
  });

  it("property: appending a dump of skill names never raises the score", async () => {
    const filler = ["built", "the", "service", "with", "and", "cut", "latency", "by", "40%", "for", "users"];
    const resume = fc.array(
      fc.oneof(
        fc.constantFrom("Experience", "Skills", "Summary", "Backend Engineer, Acme · 2020 – Present"),
        fc.array(fc.oneof(fc.constantFrom(...ROLE_NAMES), fc.constantFrom(...filler)), { minLength: 4, maxLength: 14 }).map((ws) => `• ${ws.join(" ")}`),
        fc.array(fc.constantFrom(...ROLE_NAMES), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(", ")),
      ),
      { minLength: 3, maxLength: 20 },
    );
    const dump = fc.shuffledSubarray(NAMES, { minLength: DUMP_MIN_LISTED_ONLY + 20, maxLength: NAMES.length });
    await fc.assert(
      fc.asyncProperty(resume, dump, fc.constantFrom("\n", ", "), async (lines, names, sep) => {
        const text = lines.join("\n");
        const before = await analyzeText(text, { role: ROLE, now: NOW });
        const after = await analyzeText(`${text}\n\nSkills\n${names.join(sep)}`, { role: ROLE, now: NOW });
        expect(after.score.total).toBeLessThanOrEqual(before.score.total);
      }),
      { numRuns: 40, seed: 4711 },
    );
  });
});
