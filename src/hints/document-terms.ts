/**
 * Skill wording hints: acronym without its full term (and the reverse), and
 * keyword stuffing (one skill repeated far beyond need; a long skills list
 * with little evidence in bullets).
 */
import type { Catalog } from "../keywords/catalog.js";
import type { ExtractedDocument, FoundSkill, MatchResult } from "../types.js";
import { creditableSkills, DUMP_MIN_LISTED_ONLY } from "../score/stuffing.js";
import { termRegExp, wordCount } from "./text-utils.js";
import type { Hint } from "./types.js";

/** A skill mentioned more often than this is stuffed. */
export const STUFFING_MAX_MENTIONS = 8;
/** Or when its mentions are more than this share of all words... */
export const STUFFING_MAX_SHARE = 0.03;
/** ...and at least this many: in a short resume, a name in the title, two bullets, the skills list and a certification is not stuffing. */
export const STUFFING_SHARE_MIN_MENTIONS = 6;
/** A skills list longer than this... */
export const STUFFING_LIST_SIZE = 25;
/** ...with fewer than this share of its skills used in bullets is stuffed. */
export const STUFFING_LIST_EVIDENCE = 0.3;

interface Hit {
  count: number;
  /** 1-based line of the first hit. */
  line: number;
  text: string;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function findTerm(text: string, starts: number[], term: string, caseSensitive: boolean): Hit | null {
  const re = termRegExp(term, caseSensitive);
  let count = 0;
  let first = -1;
  let firstText = "";
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (count === 0) {
      first = m.index;
      firstText = m[0];
    }
    count++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return count === 0 ? null : { count, line: lineOf(starts, first), text: firstText };
}

/** ACRONYM_WITHOUT_FULL_TERM / FULL_TERM_WITHOUT_ACRONYM for found skills that have both forms in the catalog. */
export function acronymHints(doc: ExtractedDocument, match: MatchResult, catalog: Catalog): Hint[] {
  const out: Hint[] = [];
  const starts = lineStarts(doc.text);
  for (const found of match.skills) {
    if (found.implied) continue;
    const skill = catalog.skillById.get(found.id);
    if (!skill?.acronym || !skill.fullName) continue;
    if (skill.acronym.toLowerCase() === skill.fullName.toLowerCase()) continue;
    // an acronym is written in capitals: match it case-sensitively so "aws" in a URL or "go" in prose do not count
    const acr = findTerm(doc.text, starts, skill.acronym, true);
    const full = findTerm(doc.text, starts, skill.fullName, false);
    const both = `${skill.acronym} (${skill.fullName})`;
    if (acr && !full) {
      out.push({
        code: "ACRONYM_WITHOUT_FULL_TERM",
        severity: "info",
        message: `"${skill.acronym}" appears ${acr.count === 1 ? "once" : `${acr.count} times`} but "${skill.fullName}" never does; an ATS search for the full term may miss it.`,
        line: acr.line,
        quote: acr.text,
        suggestion: `Write both forms once, e.g. "${both}", then use the short form.`,
        skillId: found.id,
      });
    } else if (full && !acr) {
      out.push({
        code: "FULL_TERM_WITHOUT_ACRONYM",
        severity: "info",
        message: `"${skill.fullName}" appears but its acronym "${skill.acronym}" never does; an ATS search for "${skill.acronym}" may miss it.`,
        line: full.line,
        quote: full.text,
        suggestion: `Write both forms once, e.g. "${both}".`,
        skillId: found.id,
      });
    }
  }
  return out;
}

function directMentions(s: FoundSkill): number {
  return s.implied ? 0 : s.occurrences.length;
}

/** KEYWORD_STUFFING: one skill repeated far beyond need, a keyword dump (which the score ignores), or a long skills list with little evidence. */
export function stuffingHints(doc: ExtractedDocument, match: MatchResult): Hint[] {
  const out: Hint[] = [];
  // A dump gets one hint, not one per repeated name.
  const dump = creditableSkills(match.skills, new Set()).dump;
  if (dump) {
    out.push({
      code: "KEYWORD_STUFFING",
      severity: "error",
      message: `${dump.listedOnly} skills are named only in lists, with no sentence that shows them in use: more than ${DUMP_MIN_LISTED_ONLY}, so the lists read as a keyword dump, and ${dump.discounted.length} skills found only there earn no score.`,
      suggestion: "Keep a skills list of what you would discuss in an interview, and show the key skills in bullets about your work (\"Built X with Kafka, N messages/s\").",
    });
    return out;
  }
  const words = Math.max(1, wordCount(doc.text));
  for (const s of match.skills) {
    const n = directMentions(s);
    if (n > STUFFING_MAX_MENTIONS || (n >= STUFFING_SHARE_MIN_MENTIONS && n / words > STUFFING_MAX_SHARE)) {
      const lines = [...new Set(s.occurrences.map((o) => o.line))].sort((a, b) => a - b);
      const share = ((100 * n) / words).toFixed(1);
      out.push({
        code: "KEYWORD_STUFFING",
        severity: "warning",
        message: `"${s.name}" is mentioned ${n} times (${share} % of ${words} words, on lines ${lines.slice(0, 8).join(", ")}${lines.length > 8 ? ", ..." : ""}). Repetition reads as keyword stuffing to recruiters and some ATS.`,
        line: lines[0],
        quote: s.occurrences[0]?.matched,
        suggestion: `List "${s.name}" once under Skills and mention it in the 2–3 bullets where it mattered most, each with a result.`,
        skillId: s.id,
      });
    }
  }
  const listed = match.skills.filter((s) => !s.implied && s.occurrences.some((o) => o.inSkillsList));
  if (listed.length > STUFFING_LIST_SIZE) {
    const used = listed.filter((s) => s.occurrences.some((o) => o.inBullet || (!o.inSkillsList && (o.section === "experience" || o.section === "projects"))));
    const share = used.length / listed.length;
    if (share < STUFFING_LIST_EVIDENCE) {
      const firstLine = Math.min(...listed.flatMap((s) => s.occurrences.filter((o) => o.inSkillsList).map((o) => o.line)));
      out.push({
        code: "KEYWORD_STUFFING",
        severity: "warning",
        message: `The skills list names ${listed.length} skills but only ${used.length} (${Math.round(share * 100)} %) appear in experience or project bullets; a long list without evidence looks padded.`,
        line: firstLine,
        section: "skills",
        suggestion: "Trim the list to the skills you would discuss in an interview, and show the key ones in bullets (\"Built X with Kafka, N messages/s\").",
      });
    }
  }
  return out;
}
