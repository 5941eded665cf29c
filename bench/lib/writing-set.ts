/**
 * The labelled bullets of the writing rules (fixtures/hints/writing-bullets.json)
 * and their scoring: each resume of the set becomes a segmented resume (its
 * roles as dated entries, its bullets one per line), the writing rules run on
 * it with a given configuration, and each rule gets precision and recall over
 * bullets. Also the two rules as they were before compromise (regex
 * PASSIVE_VOICE and WEAK_OPENING) for comparison.
 */
import { readFileSync } from "node:fs";
import { findMetrics } from "../../src/hints/metrics.js";
import { bulletTargets, runRules } from "../../src/hints/run.js";
import { resolveRules, type RulesConfig } from "../../src/hints/rules-config.js";
import { RULE_LIST } from "../../src/hints/rules/index.js";
import { WRITING_RULES } from "../../src/hints/writing-rules.js";
import type { Bullet, ExperienceEntry, SectionKind, SegmentedLine, SegmentedResume } from "../../src/types.js";

/** The codes the set labels. */
export const WRITING_CODES = ["VERB_TENSE", "PASSIVE_VOICE", "REPEATED_VERB", "WEAK_OPENING"] as const;
export type WritingCode = (typeof WRITING_CODES)[number];

export interface LabelledBullet {
  text: string;
  expect: WritingCode[];
}
export interface LabelledRole {
  title: string | null;
  section: SectionKind;
  start: string | null;
  end: string | null;
  bullets: LabelledBullet[];
}
export interface LabelledResume {
  id: string;
  source: string;
  roles: LabelledRole[];
}
export interface WritingSet {
  now: string;
  resumes: LabelledResume[];
}

/** The set in fixtures/hints/writing-bullets.json. */
export function loadWritingSet(path = new URL("../../fixtures/hints/writing-bullets.json", import.meta.url)): WritingSet {
  return JSON.parse(readFileSync(path, "utf8")) as WritingSet;
}

/** A labelled resume as the rules see it: a header line per role, a line per bullet. */
export function segmentedOf(r: LabelledResume): SegmentedResume {
  const lines: SegmentedLine[] = [];
  const bullets: Bullet[] = [];
  const entries: ExperienceEntry[] = [];
  const line = (text: string, section: SectionKind, bulletIndex?: number): number => {
    const n = lines.length + 1;
    lines.push({ line: n, text, page: 1, section, sectionIndex: 0, isHeading: false, ...(bulletIndex !== undefined ? { bulletIndex } : {}) });
    return n;
  };
  for (const role of r.roles) {
    let entryIndex: number | undefined;
    const header = line(`${role.title ?? "Project"} | ${role.start ?? ""} – ${role.end ?? ""}`, role.section);
    if (role.start !== null || role.end !== null) {
      entryIndex = entries.length;
      entries.push({ title: role.title, organization: null, start: role.start, end: role.end, dateText: `${role.start} – ${role.end}`, line: header, section: role.section });
    }
    for (const b of role.bullets) {
      const n = line(`• ${b.text}`, role.section, bullets.length);
      bullets.push({ text: b.text, line: n, endLine: n, section: role.section, ...(entryIndex !== undefined ? { entryIndex } : {}) });
    }
  }
  return {
    lines,
    sections: [],
    bullets,
    contact: { name: null, email: null, phone: null, linkedin: null, github: null, website: null, location: null },
    experience: { years: 0, entries },
    organizations: [],
  };
}

/** Precision and recall of one rule. */
export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** A bullet where a rule and the label disagree. */
export interface Mistake {
  resume: string;
  text: string;
  expected: WritingCode[];
  got: WritingCode[];
}

export interface WritingScore {
  bullets: number;
  rules: Record<WritingCode, RuleScore>;
  mistakes: Mistake[];
}

/** Per bullet, which of the writing codes a configuration gives. */
export type Judge = (r: LabelledResume, resume: SegmentedResume, now: Date) => Promise<WritingCode[][]>;

/** The judge of the rules under `config` (only the writing rules run, with the message filters). */
export function rulesJudge(config: RulesConfig): Judge {
  const rules = RULE_LIST.filter((rule) => (WRITING_CODES as readonly string[]).includes(rule.meta.code));
  const settings = resolveRules(config, rules);
  return async (_r, resume, now) => {
    const messages = await runRules({ bullets: bulletTargets(resume, resume.bullets.map((b) => findMetrics(b.text))) }, { now, level: null, settings, scopes: ["bullet"] });
    const codes = resume.bullets.map(() => new Set<WritingCode>());
    for (const m of messages) if (m.bulletIndex !== undefined) codes[m.bulletIndex]!.add(m.hint.code as WritingCode);
    return codes.map((s) => [...s].sort());
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Scores a judge on the set, for the codes in `codes`. */
export async function scoreWritingSet(set: WritingSet, judge: Judge, codes: readonly WritingCode[] = WRITING_CODES): Promise<WritingScore> {
  const now = new Date(`${set.now}T00:00:00Z`);
  const counts = Object.fromEntries(WRITING_CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<WritingCode, { tp: number; fp: number; fn: number }>;
  const mistakes: Mistake[] = [];
  let n = 0;
  for (const r of set.resumes) {
    const resume = segmentedOf(r);
    const got = await judge(r, resume, now);
    const labelled = r.roles.flatMap((role) => role.bullets);
    labelled.forEach((b, i) => {
      n++;
      const g = (got[i] ?? []).filter((c) => codes.includes(c));
      const e = b.expect.filter((c) => codes.includes(c));
      for (const c of codes) {
        const inE = e.includes(c);
        const inG = g.includes(c);
        if (inE && inG) counts[c].tp++;
        else if (inG) counts[c].fp++;
        else if (inE) counts[c].fn++;
      }
      if (e.join() !== [...g].sort().join()) mistakes.push({ resume: r.id, text: b.text, expected: e, got: g });
    });
  }
  const rules = Object.fromEntries(WRITING_CODES.map((c) => [c, { ...counts[c], precision: ratio(counts[c].tp, counts[c].tp + counts[c].fp), recall: ratio(counts[c].tp, counts[c].tp + counts[c].fn) }])) as Record<WritingCode, RuleScore>;
  return { bullets: n, rules, mistakes };
}

/** The writing rules as the CLI's human formats run them: all four, with compromise. */
export const GRAMMAR_RULES: RulesConfig = WRITING_RULES;

/** PASSIVE_VOICE and WEAK_OPENING before issue 17 (regexes, copied from that commit), as a baseline. */
export function beforeJudge(): Judge {
  const passive = /\b(was|were|been|being)\s+(?:[a-z]+ly\s+)?((?:[a-z]+ed)|built|led|made|written|run|done|given|taken|driven|shown|known|chosen|grown|held|kept|set|sent|spent|brought|taught|found|won|rewritten|overseen|undertaken|responsible)\b/i;
  const ok = new Set(["promoted", "awarded", "selected", "recognized", "recognised", "nominated", "invited", "named", "chosen", "elected", "hired", "asked", "based", "located", "tasked", "involved", "interested", "focused", "engaged"]);
  const weak = [/^responsible\s+for\b/i, /^worked\s+(on|with|in)\b/i, /^helped\b/i, /^assist(ed|ing)?\b/i, /^(was\s+)?involved\s+in\b/i, /^participated\s+in\b/i, /^duties\s+includ(ed|e)\b/i, /^tasked\s+with\b/i, /^(was\s+)?in\s+charge\s+of\b/i, /^contributed\s+to\b/i, /^exposure\s+to\b/i];
  return async (_r, resume) =>
    resume.bullets.map((b) => {
      const out: WritingCode[] = [];
      const m = passive.exec(b.text);
      if (m && !ok.has(m[2]!.toLowerCase())) out.push("PASSIVE_VOICE");
      const opening = b.text.trim().replace(/^[^A-Za-z]+/, "").replace(/^(I|We)\s+/i, "");
      if (weak.some((re) => re.test(opening))) out.push("WEAK_OPENING");
      return out.sort();
    });
}
