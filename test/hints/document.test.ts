import { describe, expect, it } from "vitest";
import type { Level } from "../../src/levels.js";
import { documentHints } from "./helpers.js";
import type { Catalog } from "../../src/keywords/catalog.js";
import type { Skill } from "../../src/keywords/schema.js";
import type { ExtractedDocument, ExtractedLine, FoundSkill, Occurrence, SectionKind, SegmentedResume, Section, Bullet } from "../../src/types.js";

const SKILLS: Skill[] = [
  { id: "aws", name: "AWS", category: "cloud", aliases: ["Amazon Web Services"], acronym: "AWS", fullName: "Amazon Web Services" },
  { id: "ci-cd", name: "CI/CD", category: "devops", aliases: [], acronym: "CI/CD", fullName: "Continuous Integration and Continuous Delivery" },
  { id: "kubernetes", name: "Kubernetes", category: "devops", aliases: ["k8s"] },
  { id: "gcp", name: "GCP", category: "cloud", aliases: [], acronym: "GCP", fullName: "Google Cloud Platform" },
];
const catalog: Catalog = {
  version: "0.0.0",
  skills: SKILLS,
  skillById: new Map(SKILLS.map((s) => [s.id, s])),
  roles: [],
  roleById: new Map(),
  avoid: [],
  avoidById: new Map(),
};

function doc(texts: string[], opts: { format?: ExtractedDocument["format"]; sizes?: number[]; pages?: number } = {}): ExtractedDocument {
  const lines: ExtractedLine[] = texts.map((text, index) => ({ text, index, page: 1, ...(opts.sizes ? { fontSize: opts.sizes[index] } : {}) }));
  return { format: opts.format ?? "pdf", text: texts.join("\n"), lines, pageCount: opts.pages ?? 1, metadata: {}, warnings: [] };
}

function section(kind: SectionKind, heading: string, startLine: number, endLine: number, standardHeading = true): Section {
  return { kind, heading, startLine, endLine, standardHeading };
}

function resume(p: Partial<SegmentedResume> = {}): SegmentedResume {
  return {
    lines: [],
    sections: [section("header", "", 1, 2), section("experience", "Experience", 3, 8), section("skills", "Skills", 9, 10), section("education", "Education", 11, 12)],
    bullets: [{ text: "Built X", line: 4, endLine: 4, section: "experience" } satisfies Bullet],
    contact: { name: "A B", email: "a@b.io", phone: "+1 555 0100 000", linkedin: "linkedin.com/in/ab", github: null, website: null, location: null },
    experience: { years: 3, entries: [] },
    organizations: [],
    ...p,
  };
}

function occ(skillId: string, line: number, o: Partial<Occurrence> = {}): Occurrence {
  return { skillId, alias: skillId, matched: skillId, section: "experience", line, start: 0, end: 1, inBullet: true, inSkillsList: false, hedged: false, text: "", ...o };
}

function found(id: string, occurrences: Occurrence[], implied = false): FoundSkill {
  return { id, name: id.toUpperCase(), category: "cloud", evidence: "used", hedged: false, lastUsed: null, implied, impliedBy: [], occurrences };
}

const longText = Array.from({ length: 300 }, (_, i) => `w${i}`).join(" ");

const tinyTextHints = (d: ExtractedDocument) => documentHints({ doc: d, resume: resume(), match: { skills: [], ignored: [] }, catalog }).filter((h) => h.code === "TINY_TEXT");
const lengthHints = (d: ExtractedDocument, level?: Level) =>
  documentHints({ doc: d, resume: resume(), match: { skills: [], ignored: [] }, catalog, ...(level ? { level } : {}) }).filter((h) => h.code === "LENGTH");

describe("document rules", () => {
  it("asks for the full term next to an acronym, and the reverse, only when one form is missing", () => {
    const d = doc(["Jane", "Deployed on AWS and GCP", "Built CI/CD pipelines", "Google Cloud Platform (GCP) certified", longText]);
    const hs = documentHints({ doc: d, resume: resume(), match: { skills: [found("aws", [occ("aws", 2)]), found("ci-cd", [occ("ci-cd", 3)]), found("gcp", [occ("gcp", 2)])], ignored: [] }, catalog });
    const acr = hs.filter((h) => h.code === "ACRONYM_WITHOUT_FULL_TERM");
    expect(acr.map((h) => h.skillId)).toEqual(["aws", "ci-cd"]);
    expect(acr[0]).toMatchObject({ line: 2, quote: "AWS" });
    expect(acr[0]!.suggestion).toContain("AWS (Amazon Web Services)");
    const d2 = doc(["Jane", "Ran workloads on Amazon Web Services", longText]);
    const hs2 = documentHints({ doc: d2, resume: resume(), match: { skills: [found("aws", [occ("aws", 2)])], ignored: [] }, catalog });
    expect(hs2.filter((h) => h.code === "FULL_TERM_WITHOUT_ACRONYM").map((h) => h.line)).toEqual([2]);
    expect(hs2.some((h) => h.code === "ACRONYM_WITHOUT_FULL_TERM")).toBe(false);
  });

  it("skips implied skills and skills without both forms", () => {
    const d = doc(["AWS and k8s", longText]);
    const hs = documentHints({ doc: d, resume: resume(), match: { skills: [found("aws", [], true), found("kubernetes", [occ("kubernetes", 1)])], ignored: [] }, catalog });
    expect(hs.filter((h) => h.code.includes("ACRONYM") || h.code.includes("FULL_TERM"))).toEqual([]);
  });

  it("flags a skill repeated far beyond need", () => {
    const occs = Array.from({ length: 9 }, (_, i) => occ("kubernetes", 3 + i));
    const hs = documentHints({ doc: doc([longText]), resume: resume(), match: { skills: [found("kubernetes", occs)], ignored: [] }, catalog });
    const st = hs.filter((h) => h.code === "KEYWORD_STUFFING");
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ skillId: "kubernetes", line: 3, severity: "warning" });
    const ok = documentHints({ doc: doc([longText]), resume: resume(), match: { skills: [found("kubernetes", occs.slice(0, 4))], ignored: [] }, catalog });
    expect(ok.some((h) => h.code === "KEYWORD_STUFFING")).toBe(false);
  });

  it("counts the share of words only from six mentions up", () => {
    const short = doc([Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ")]);
    const mentions = (n: number) => Array.from({ length: n }, (_, i) => occ("kubernetes", 3 + i));
    const flagged = (n: number) =>
      documentHints({ doc: short, resume: resume(), match: { skills: [found("kubernetes", mentions(n))], ignored: [] }, catalog }).some((h) => h.code === "KEYWORD_STUFFING");
    expect(flagged(5)).toBe(false); // 5 % of 100 words, but a title, two bullets, the list and a certificate is normal
    expect(flagged(6)).toBe(true);
  });

  it("flags a long skills list with little evidence in bullets", () => {
    const skills = Array.from({ length: 30 }, (_, i) =>
      found(`s${String(i).padStart(2, "0")}`, [occ(`s${i}`, 20, { inSkillsList: true, inBullet: false, section: "skills" }), ...(i < 5 ? [occ(`s${i}`, 5)] : [])]),
    );
    const hs = documentHints({ doc: doc([longText]), resume: resume(), match: { skills, ignored: [] }, catalog });
    const st = hs.filter((h) => h.code === "KEYWORD_STUFFING");
    expect(st).toHaveLength(1);
    expect(st[0]!.message).toContain("30 skills but only 5");
    const skills2 = skills.map((s, i) => (i < 12 ? { ...s, occurrences: [...s.occurrences, occ(s.id, 6)] } : s));
    expect(documentHints({ doc: doc([longText]), resume: resume(), match: { skills: skills2, ignored: [] }, catalog }).some((h) => h.code === "KEYWORD_STUFFING")).toBe(false);
  });

  it("names tiny lines in a PDF", () => {
    const d = doc(["Jane Doe", "Backend engineer", "Built APIs", "kubernetes kafka aws", "Education"], { sizes: [18, 10, 10, 3, 10] });
    const hs = tinyTextHints(d);
    expect(hs).toHaveLength(1);
    expect(hs[0]).toMatchObject({ code: "TINY_TEXT", line: 4, severity: "error" });
    expect(hs[0]!.quote).toContain("kubernetes kafka aws");
    expect(tinyTextHints(doc(["a", "b"], { sizes: [10, 9] }))).toEqual([]);
    expect(tinyTextHints(doc(["a", "b"], { format: "docx" }))).toEqual([]);
    // far below the body size, though above 6 pt
    expect(tinyTextHints(doc(["body", "body", "body", "tiny"], { sizes: [14, 14, 14, 7] }))).toHaveLength(1);
  });

  it("reports missing contact details by severity", () => {
    const r = resume({ contact: { name: null, email: null, phone: null, linkedin: null, github: null, website: null, location: null } });
    const hs = documentHints({ doc: doc([longText]), resume: r, match: { skills: [], ignored: [] }, catalog }).filter((h) => h.code === "MISSING_CONTACT");
    expect(hs.map((h) => h.severity)).toEqual(["error", "error", "info"]);
    expect(documentHints({ doc: doc([longText]), resume: resume(), match: { skills: [], ignored: [] }, catalog }).some((h) => h.code === "MISSING_CONTACT")).toBe(false);
  });

  it("suggests a standard heading and reports missing sections", () => {
    const r = resume({ sections: [section("header", "", 1, 2), section("experience", "Where I've Been", 3, 8, false), section("other", "Misc", 9, 10, false)] });
    const hs = documentHints({ doc: doc([longText]), resume: r, match: { skills: [], ignored: [] }, catalog });
    const nh = hs.filter((h) => h.code === "NONSTANDARD_HEADING");
    expect(nh).toHaveLength(1);
    expect(nh[0]).toMatchObject({ line: 3, quote: "Where I've Been", suggestion: 'Rename it "Experience".' });
    expect(hs.filter((h) => h.code === "MISSING_SECTION").map((h) => h.section)).toEqual(["skills", "education"]);
    const noExp = resume({ sections: [section("header", "", 1, 2), section("skills", "Skills", 3, 4)] });
    const me = documentHints({ doc: doc([longText]), resume: noExp, match: { skills: [], ignored: [] }, catalog }).filter((h) => h.code === "MISSING_SECTION");
    expect(me[0]).toMatchObject({ section: "experience", severity: "error" });
  });

  it("checks length against level", () => {
    expect(lengthHints(doc(["short resume"]))).toHaveLength(1);
    expect(lengthHints(doc([longText]))).toEqual([]);
    expect(lengthHints(doc([longText], { pages: 2 }), "junior").map((h) => h.code)).toEqual(["LENGTH"]);
    expect(lengthHints(doc([longText], { pages: 2 }), "mid")).toEqual([]);
    expect(lengthHints(doc([longText], { pages: 4 }), "senior")).toHaveLength(1);
    const words = Array.from({ length: 1200 }, () => "word").join(" ");
    expect(lengthHints(doc([words], { format: "docx" }), "junior")[0]!.message).toContain("about 3 pages");
  });

  it("finds experience written as paragraphs", () => {
    const para = "I was the lead developer for the billing platform where I designed services, wrote code, reviewed changes and ran the release process for the whole company every week, keeping the platform stable through two migrations.";
    const r = resume({
      bullets: [],
      lines: [
        { line: 3, text: "Experience", page: 1, section: "experience", sectionIndex: 1, isHeading: true },
        { line: 4, text: "Developer, Acme — 2019 – 2023", page: 1, section: "experience", sectionIndex: 1, isHeading: false, isEntryHeader: true },
        { line: 5, text: para, page: 1, section: "experience", sectionIndex: 1, isHeading: false },
      ],
    });
    const hs = documentHints({ doc: doc([longText]), resume: r, match: { skills: [], ignored: [] }, catalog }).filter((h) => h.code === "NO_BULLETS");
    expect(hs).toHaveLength(1);
    expect(hs[0]).toMatchObject({ line: 5, section: "experience" });
    expect(documentHints({ doc: doc([longText]), resume: resume(), match: { skills: [], ignored: [] }, catalog }).some((h) => h.code === "NO_BULLETS")).toBe(false);
  });
});
