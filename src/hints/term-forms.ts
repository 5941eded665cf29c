/**
 * Where a skill's acronym and its full term occur in the resume's text, for
 * ACRONYM_WITHOUT_FULL_TERM and FULL_TERM_WITHOUT_ACRONYM (computed once per
 * resume and shared by both rules).
 */
import type { Catalog } from "../keywords/catalog.js";
import type { Place } from "../report/types.js";
import type { ExtractedDocument, MatchResult } from "../types.js";
import { escapeRegExp } from "../util/regexp.js";
import { lineStarts, textPlace } from "./place.js";

/**
 * A RegExp that finds `term` as a whole term: not glued to letters or digits
 * on either side. Spaces and hyphens in the term match one or more spaces or
 * a hyphen.
 */
export function termRegExp(term: string, caseSensitive: boolean): RegExp {
  const body = term
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join("(?:\\s+|-)");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? "gu" : "giu");
}

/** The mentions of one form of a term. */
export interface TermHit {
  count: number;
  /** The first mention. */
  place: Place;
  /** The first mention as written. */
  text: string;
}

function findTerm(text: string, starts: readonly number[], term: string, caseSensitive: boolean): TermHit | null {
  const re = termRegExp(term, caseSensitive);
  let count = 0;
  let first: RegExpExecArray | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (count === 0) first = m;
    count++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return first === null ? null : { count, place: textPlace(starts, first.index, first.index + first[0].length), text: first[0] };
}

/** A found skill that has both an acronym and a full term in the catalog, and where each occurs. */
export interface TermForms {
  skillId: string;
  acronym: string;
  fullName: string;
  acronymHit: TermHit | null;
  fullHit: TermHit | null;
}

/** Both forms of every found (not implied) skill that has an acronym and a distinct full term, by skill id. */
export function termForms(doc: ExtractedDocument, match: MatchResult, catalog: Catalog): TermForms[] {
  const out: TermForms[] = [];
  const starts = lineStarts(doc.text);
  for (const found of match.skills) {
    if (found.implied) continue;
    const skill = catalog.skillById.get(found.id);
    if (!skill?.acronym || !skill.fullName) continue;
    if (skill.acronym.toLowerCase() === skill.fullName.toLowerCase()) continue;
    out.push({
      skillId: found.id,
      acronym: skill.acronym,
      fullName: skill.fullName,
      // An acronym is written in capitals: matched case-sensitively so "aws" in a URL or "go" in prose do not count.
      acronymHit: findTerm(doc.text, starts, skill.acronym, true),
      fullHit: findTerm(doc.text, starts, skill.fullName, false),
    });
  }
  return out;
}
