/**
 * Every hint code this stage emits, with one line on what it means.
 * Codes are stable: part of the public report format, never renamed.
 */
export const HINT_CODES = {
  UNQUANTIFIED_BULLET: "An experience, project or volunteer bullet has no measured result (%, $, count with a unit, time, before→after).",
  WEAK_OPENING: "A bullet opens with a duty phrase (\"Responsible for\", \"Worked on\", \"Helped with\") instead of an action verb.",
  PASSIVE_VOICE: "A bullet uses the passive (\"was responsible\", \"were migrated by me\"), which hides who did the work.",
  BULLET_TOO_LONG: "A bullet has more than 40 words or wraps over more than 2 lines; recruiters skim.",
  BULLET_TOO_SHORT: "A bullet has fewer than 4 words: too little to show what was done.",
  FIRST_PERSON: "A bullet uses \"I\", \"me\", \"my\" or opens with \"we\"/\"our\"; resumes drop the pronoun.",
  ACRONYM_WITHOUT_FULL_TERM: "A skill appears only as its acronym (\"AWS\"); ATS searches for the full term may miss it.",
  FULL_TERM_WITHOUT_ACRONYM: "A skill appears only spelled out (\"Amazon Web Services\"); ATS searches for the acronym may miss it.",
  KEYWORD_STUFFING: "A skill is repeated far beyond need, or the skills list is long with little evidence in bullets.",
  TINY_TEXT: "PDF text set in a very small font (< 6 pt or far below the body size): reads as hidden keywords.",
  MISSING_CONTACT: "No email or phone (error) or no LinkedIn profile (info) was found.",
  NONSTANDARD_HEADING: "A section heading is not a word ATS parsers know; a standard one is suggested.",
  MISSING_SECTION: "No Experience, Skills or Education section was found.",
  LENGTH: "The resume is too short (< 250 words) or has more pages than its level warrants.",
  NO_BULLETS: "Experience is written as paragraphs without bullet points.",
} as const;

/** A hint code of this stage. */
export type HintCode = keyof typeof HINT_CODES;
