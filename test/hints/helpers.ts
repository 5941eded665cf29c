/**
 * Running rules in unit tests: a resume made of bullets (with the lines the
 * bullets came from, so places get columns), and the rule runner over it.
 */
import { findMetrics } from "../../src/hints/metrics.js";
import { bulletTargets, runRulesSync, type RunOptions } from "../../src/hints/run.js";
import { resolveRules, type RulesConfig } from "../../src/hints/rules-config.js";
import type { DocumentTarget } from "../../src/hints/rule.js";
import type { ReportHint } from "../../src/report/types.js";
import type { Level } from "../../src/levels.js";
import type { Bullet, SectionKind, SegmentedLine, SegmentedResume } from "../../src/types.js";

/** A bullet of one line (or `endLine - line + 1` lines). */
export function bullet(text: string, section: SectionKind = "experience", line = 10, endLine = line): Bullet {
  return { text, line, endLine, section };
}

/** A segmented resume holding `bullets`; each one-line bullet also gets its line ("• text"), so places can map columns. */
export function resumeOf(bullets: Bullet[]): SegmentedResume {
  const lines: SegmentedLine[] = [];
  bullets.forEach((b, i) => {
    if (b.line !== b.endLine) return;
    lines[b.line - 1] = { line: b.line, text: `• ${b.text}`, page: 1, section: b.section, sectionIndex: 0, isHeading: false, bulletIndex: i };
  });
  for (let i = 0; i < lines.length; i++) lines[i] ??= { line: i + 1, text: "", page: 1, section: "experience", sectionIndex: 0, isHeading: false };
  return {
    lines,
    sections: [],
    bullets,
    contact: { name: null, email: null, phone: null, linkedin: null, github: null, website: null, location: null },
    experience: { years: 0, entries: [] },
    organizations: [],
  };
}

const NOW = new Date("2026-06-01T00:00:00Z");

function options(rules: RulesConfig | undefined, level: Level | null, scopes: RunOptions["scopes"]): RunOptions {
  return { now: NOW, level, settings: resolveRules(rules), ...(scopes ? { scopes } : {}) };
}

/** The hints of the bullet rules on these bullets, in report order. */
export function bulletHints(bullets: Bullet | Bullet[], rules?: RulesConfig): ReportHint[] {
  const list = Array.isArray(bullets) ? bullets : [bullets];
  const resume = resumeOf(list);
  const messages = runRulesSync({ bullets: bulletTargets(resume, list.map((b) => findMetrics(b.text))) }, options(rules, null, ["bullet"]));
  return messages.map((m) => m.hint);
}

/** The hints of the document rules. */
export function documentHints(target: DocumentTarget & { level?: Level }, rules?: RulesConfig): ReportHint[] {
  const { level, ...document } = target;
  return runRulesSync({ document }, options(rules, level ?? null, ["document"])).map((m) => m.hint);
}
