/**
 * Hints about the whole resume: contact, sections, headings, length, layout
 * and how skills are written. Each hint has a message a person understands
 * and a concrete suggestion.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { ExtractedDocument, MatchResult, SegmentedResume } from "../types.js";
import { contactHints, headingHints, missingSectionHints } from "./document-sections.js";
import { lengthHints, noBulletHints, tinyTextHints } from "./document-layout.js";
import { acronymHints, stuffingHints } from "./document-terms.js";
import type { Hint, Level } from "./types.js";

/** Input of `documentHints`. */
export interface DocumentHintsInput {
  doc: ExtractedDocument;
  resume: SegmentedResume;
  match: MatchResult;
  catalog: Catalog;
  level?: Level;
}

/**
 * All document-level hints, in a stable order: MISSING_CONTACT,
 * MISSING_SECTION, NONSTANDARD_HEADING, NO_BULLETS, LENGTH, TINY_TEXT,
 * KEYWORD_STUFFING, ACRONYM_WITHOUT_FULL_TERM / FULL_TERM_WITHOUT_ACRONYM
 * (by skill id, as the matcher sorts skills).
 */
export function documentHints(input: DocumentHintsInput): Hint[] {
  const { doc, resume, match, catalog, level } = input;
  return [
    ...contactHints(resume),
    ...missingSectionHints(resume, level),
    ...headingHints(resume),
    ...noBulletHints(resume),
    ...lengthHints(doc, level),
    ...tinyTextHints(doc),
    ...stuffingHints(doc, match),
    ...acronymHints(doc, match, catalog),
  ];
}
