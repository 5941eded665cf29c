/**
 * Matching free text (a job posting, a sentence) as if it were a resume's
 * prose.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { MatchResult, SectionKind, SegmentedLine, SegmentedResume } from "../types.js";
import { createMatcher, type MatchOptions } from "./matcher.js";

/**
 * A minimal SegmentedResume for free text: one line per "\n", all in one
 * section of kind `section`, no bullets, no entries.
 */
export function textAsResume(text: string, section: SectionKind = "other"): SegmentedResume {
  const raw = text.split(/\r\n|\r|\n/);
  const lines: SegmentedLine[] = raw.map((t, i) => ({
    line: i + 1,
    text: t,
    page: 1,
    section,
    sectionIndex: 0,
    isHeading: false,
  }));
  return {
    lines,
    sections: [{ kind: section, heading: "", startLine: 1, endLine: Math.max(1, lines.length), standardHeading: true }],
    bullets: [],
    contact: { name: null, email: null, phone: null, linkedin: null, github: null, website: null, location: null },
    experience: { years: 0, entries: [] },
    organizations: [],
  };
}

/**
 * Find the catalog's skills in one string (a job description, a sentence).
 * Each line is matched on its own; ambiguous names need a list or a related
 * term on the same line, exactly as in a resume's prose.
 */
export function matchText(text: string, catalog: Catalog, options?: MatchOptions & { section?: SectionKind }): MatchResult {
  return createMatcher(catalog).match(textAsResume(text, options?.section ?? "other"), options);
}
