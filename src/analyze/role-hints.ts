import type { FoundSkill } from "../types.js";
import type { AvoidFound, KeywordResult, Level, ReportHint } from "../report/types.js";
import type { Role } from "../keywords/schema.js";

/** Years after which a must-have last used under a dated role counts as stale. */
export const STALE_AFTER_YEARS = 5;

/** What the role hints need. */
export interface RoleHintInput {
  role: Role;
  level: Level | null;
  mustHave: KeywordResult[];
  strong: KeywordResult[];
  avoid: AvoidFound[];
  found: ReadonlyMap<string, FoundSkill>;
  years: number;
  now: Date;
}

function firstOccurrenceLine(result: KeywordResult, found: ReadonlyMap<string, FoundSkill>): number | undefined {
  let best: number | undefined;
  for (const id of result.matchedSkills) {
    for (const o of found.get(id)?.occurrences ?? []) if (best === undefined || o.line < best) best = o.line;
  }
  return best;
}

function labelWithOptions(result: KeywordResult): string {
  return result.skills.length > 1 ? `${result.label} (any of: ${result.skills.join(", ")})` : result.label;
}

/**
 * Hints that depend on the role: missing must-haves, must-haves only listed
 * or hedged or last used long ago, avoid phrases, missing strong keywords,
 * and years of experience against the level.
 */
export function roleHints(input: RoleHintInput): ReportHint[] {
  const hints: ReportHint[] = [];
  const nowYear = input.now.getUTCFullYear();
  for (const r of input.mustHave) {
    if (r.status === "missing") {
      hints.push({
        code: "MISSING_MUST_HAVE",
        severity: "error",
        message: `Must-have keyword for ${input.role.title} is missing: ${labelWithOptions(r)}.`,
        suggestion: `If you have used it, name it in an experience bullet that says what you did with it, and list it under Skills.`,
        skillId: r.id,
      });
      continue;
    }
    const line = firstOccurrenceLine(r, input.found);
    if (r.status === "hedged") {
      hints.push({
        code: "MUST_HAVE_HEDGED",
        severity: "warning",
        message: `${r.label} is a must-have, but the resume only says you are familiar with it or learning it.`,
        ...(line !== undefined ? { line } : {}),
        suggestion: `If you have used ${r.label} in real work, say where and what you built with it; drop "familiar with".`,
        skillId: r.id,
      });
    } else if (r.evidence === "listed") {
      hints.push({
        code: "MUST_HAVE_ONLY_LISTED",
        severity: "warning",
        message: `${r.label} is a must-have but appears only in a skills list: show where you used it.`,
        ...(line !== undefined ? { line } : {}),
        suggestion: `Add a bullet under Experience or Projects naming ${r.label} and what it achieved.`,
        skillId: r.id,
      });
    }
    // Stale only when every matching skill is dated: one named in the summary or skills list (lastUsed null) may be current.
    const years = r.matchedSkills.map((id) => input.found.get(id)?.lastUsed ?? null);
    const last = years.includes(null) ? -1 : Math.max(-1, ...(years as number[]));
    if (last > 0 && nowYear - last > STALE_AFTER_YEARS) {
      hints.push({
        code: "MUST_HAVE_STALE",
        severity: "info",
        message: `${r.label} was last used in ${last}, more than ${STALE_AFTER_YEARS} years ago, going by your dated roles.`,
        ...(line !== undefined ? { line } : {}),
        suggestion: `If you still use ${r.label}, show it in a recent role or project.`,
        skillId: r.id,
      });
    }
  }
  const missingStrong = input.strong.filter((r) => r.status === "missing");
  if (missingStrong.length > 0 && input.strong.length > 0) {
    hints.push({
      code: "MISSING_STRONG",
      severity: "info",
      message: `${missingStrong.length} of ${input.strong.length} strong keywords for ${input.role.title} are not in the resume: ${missingStrong
        .slice(0, 8)
        .map((r) => r.label)
        .join(", ")}${missingStrong.length > 8 ? ", ..." : ""}.`,
      suggestion: "Add the ones you have real experience with, in the bullet where you used them.",
    });
  }
  for (const a of input.avoid) {
    if (a.excused) continue;
    hints.push({
      code: "AVOID_PHRASE",
      severity: "warning",
      message: `"${a.matched}" is an overused or vague phrase.`,
      line: a.line,
      section: a.section,
      quote: a.matched,
      suggestion: a.suggestion,
    });
  }
  const range = input.level ? input.role.yearsByLevel?.[input.level] : undefined;
  if (range && input.years > 0) {
    const [lo, hi] = range;
    if (input.years < lo) {
      hints.push({
        code: "EXPERIENCE_BELOW_LEVEL",
        severity: "info",
        message: `The dated roles add up to ${input.years} years; ${input.level} ${input.role.title} postings usually ask for ${lo}–${hi}.`,
        suggestion: "Check that every role has its dates (month and year), including internships and freelance work.",
      });
    } else if (input.years > hi + 5) {
      hints.push({
        code: "EXPERIENCE_ABOVE_LEVEL",
        severity: "info",
        message: `The dated roles add up to ${input.years} years, well above the usual ${lo}–${hi} for a ${input.level} role.`,
        suggestion: "Consider applying at a more senior level, or trim the oldest roles to a line each.",
      });
    }
  }
  return hints;
}
