/** Where a role keyword shows in the resume: its first mention, for the must-have rules. */
import type { KeywordResult, Place } from "../report/types.js";
import type { FoundSkill, Occurrence } from "../types.js";
import { linePlace } from "./place.js";

/** The first mention (by line, then column) of any skill that satisfied the keyword, as a place; undefined when none. */
export function keywordPlace(result: KeywordResult, found: ReadonlyMap<string, FoundSkill>): Place | undefined {
  let best: Occurrence | undefined;
  for (const id of result.matchedSkills) {
    for (const o of found.get(id)?.occurrences ?? []) if (!best || o.line < best.line || (o.line === best.line && o.start < best.start)) best = o;
  }
  return best ? linePlace(best.line, best.start, best.end) : undefined;
}

/** How reports name an entry: its label, with its options for an "any of" entry. */
export function labelWithOptions(result: KeywordResult): string {
  return result.skills.length > 1 ? `${result.label} (any of: ${result.skills.join(", ")})` : result.label;
}
