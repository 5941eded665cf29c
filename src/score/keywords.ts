import type { Evidence, FoundSkill } from "../types.js";
import type { KeywordResult, KeywordStatus } from "../report/types.js";
import { CREDIT } from "./weights.js";

/** A role keyword ready to score: one skill, or any one of several. */
export interface RoleKeyword {
  /** Skill id, or `anyOf:<ids joined by |>`. */
  id: string;
  label: string;
  /** Skill ids that satisfy it. */
  skills: string[];
  weight: number;
  source: KeywordResult["source"];
}

const EVIDENCE_RANK: Record<Evidence, number> = { listed: 0, used: 1, measured: 2 };

/** Evidence of the better of two (null = none). */
function betterEvidence(a: Evidence | null, b: Evidence): Evidence {
  return a === null || EVIDENCE_RANK[b] > EVIDENCE_RANK[a] ? b : a;
}

/** How one found skill satisfies a keyword. */
function statusOf(skill: FoundSkill): KeywordStatus {
  if (skill.implied) return "implied";
  if (skill.hedged) return "hedged";
  return "found";
}

/**
 * Decide how the resume meets one role keyword: the best status among the
 * skills that satisfy it (found > implied > hedged > missing), the skills that
 * did, and their best evidence. `points` is left 0 for the caller to fill.
 */
export function evaluateKeyword(entry: RoleKeyword, found: ReadonlyMap<string, FoundSkill>): KeywordResult {
  let status: KeywordStatus = "missing";
  let evidence: Evidence | null = null;
  const matchedSkills: string[] = [];
  for (const id of entry.skills) {
    const skill = found.get(id);
    if (!skill) continue;
    matchedSkills.push(id);
    const s = statusOf(skill);
    if (CREDIT[s] > CREDIT[status]) status = s;
    evidence = betterEvidence(evidence, skill.evidence);
  }
  return {
    id: entry.id,
    label: entry.label,
    skills: [...entry.skills],
    weight: entry.weight,
    status,
    credit: CREDIT[status],
    matchedSkills: matchedSkills.sort(),
    evidence,
    source: entry.source,
    points: 0,
  };
}

/** The part of a keyword's result the score's arithmetic reads (`scoreTotal` builds only this). */
export type ScoredKeyword = Pick<KeywordResult, "id" | "weight" | "status" | "credit" | "evidence">;

/**
 * `evaluateKeyword` without the lists a report shows (skills, matched skills,
 * label): the same status, credit and evidence, for ranking roles.
 */
export function judgeKeyword(entry: RoleKeyword, found: ReadonlyMap<string, FoundSkill>): ScoredKeyword {
  let status: KeywordStatus = "missing";
  let evidence: Evidence | null = null;
  for (const id of entry.skills) {
    const skill = found.get(id);
    if (!skill) continue;
    const s = statusOf(skill);
    if (CREDIT[s] > CREDIT[status]) status = s;
    evidence = betterEvidence(evidence, skill.evidence);
  }
  return { id: entry.id, weight: entry.weight, status, credit: CREDIT[status], evidence };
}

/** True when a keyword's evidence shows the skill in use (a bullet, not only a list). */
export function shownInUse(result: Pick<KeywordResult, "evidence">): boolean {
  return result.evidence === "used" || result.evidence === "measured";
}
