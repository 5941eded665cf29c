/**
 * Runs the examples of a rule's docs (`meta.docs.fires` / `passes`) through
 * the whole analysis, so docs/rules.md shows examples that are checked: the
 * docs test asserts that each `fires` example gets the rule's hint and each
 * `passes` example does not.
 */
import { analyzeExtracted } from "../analyze/index.js";
import { extractResume } from "../extract/index.js";
import { getBuiltinCatalog, loadKeywords } from "../keywords/load.js";
import type { Catalog } from "../keywords/catalog.js";
import type { ExtractedDocument } from "../types.js";
import type { ReportHint } from "../report/types.js";
import type { AnyRule, RuleExample } from "./rule.js";
import type { RulesConfig } from "./rules-config.js";

/** "Today" of every example, so dated examples read the same every year. */
export const EXAMPLE_NOW = new Date("2026-06-01T00:00:00Z");

/** The small role examples are scored against, unless one names a built-in role. */
export const EXAMPLE_ROLE = {
  id: "example-backend",
  title: "Backend Engineer (example)",
  description: "The role the examples of docs/rules.md are scored against: three must-haves and two strong keywords.",
  mustHave: ["python", "postgresql", "docker"],
  strong: ["kafka", "kubernetes"],
  yearsByLevel: { junior: [0, 2], mid: [2, 5], senior: [5, 10], lead: [8, 15] },
} as const;

/** The resume a `bullets` example stands in: complete except for what the bullets show. */
export function exampleResumeText(ex: RuleExample): string {
  const lines = [
    "Jane Doe",
    "Backend Engineer",
    "jane.doe@example.com | +1 555 010 0000 | linkedin.com/in/janedoe",
    "",
    "Experience",
    "Backend Engineer, Acme Corp | Jan 2021 – Present",
    ...(ex.bullets ?? []).map((b) => `• ${b}`),
  ];
  if (ex.earlierRole) lines.push(`${ex.earlierRole.title} | ${ex.earlierRole.dates}`, ...ex.earlierRole.bullets.map((b) => `• ${b}`));
  lines.push("", "Skills", ex.skills ?? "Git, Linux", "", "Education", "B.Sc. Computer Science, State University, 2016", "");
  return lines.join("\n");
}

let exampleCatalog: Promise<Catalog> | undefined;

function catalogOf(ex: RuleExample): Promise<Catalog> {
  if (ex.role !== undefined) return Promise.resolve(getBuiltinCatalog());
  exampleCatalog ??= loadKeywords(EXAMPLE_ROLE as unknown as Record<string, unknown>, getBuiltinCatalog());
  return exampleCatalog;
}

function documentOf(ex: RuleExample): Promise<ExtractedDocument> {
  if (ex.lines) {
    const lines = ex.lines.map((l, index) => ({ text: l.text, page: 1, index, ...(l.fontSize !== undefined ? { fontSize: l.fontSize } : {}) }));
    return Promise.resolve({ format: "pdf", text: lines.map((l) => l.text).join("\n"), lines, pageCount: 1, metadata: {}, warnings: [] });
  }
  return extractResume({ text: ex.text ?? exampleResumeText(ex) });
}

/** The hints of an example, with `rule` on (and the example's options for it). */
export async function exampleHints(rule: AnyRule, ex: RuleExample): Promise<ReportHint[]> {
  const catalog = await catalogOf(ex);
  const setting = ex.options ? (["on", ex.options] as const) : "on";
  const report = await analyzeExtracted(await documentOf(ex), {
    keywords: catalog,
    role: ex.role ?? EXAMPLE_ROLE.id,
    now: EXAMPLE_NOW,
    ...(ex.level ? { level: ex.level } : {}),
    ...(ex.jobDescription !== undefined ? { jobDescription: { text: ex.jobDescription } } : {}),
    rules: { [rule.meta.code]: setting } as RulesConfig,
  });
  return report.hints.filter((h) => h.code === rule.meta.code);
}
