/**
 * Layout hints: tiny text in PDFs, resume length against level, and
 * experience written as paragraphs.
 */
import type { ExtractedDocument, ExtractedLine, SegmentedResume } from "../types.js";
import { shorten, wordCount } from "./text-utils.js";
import type { Hint, Level } from "./types.js";

/** Text below this size (points) is tiny whatever the body size. */
export const TINY_FONT_PT = 6;
/** Text below this share of the body's median size is tiny. */
export const TINY_FONT_RATIO = 0.6;
/** Fewer words than this is too short for a resume. */
export const MIN_WORDS = 250;
/** Most pages per level. */
export const MAX_PAGES: Readonly<Record<Level, number>> = { junior: 1, mid: 2, senior: 3, lead: 3 };
/** Words of a typical resume page, to estimate pages of formats without pages. */
export const WORDS_PER_PAGE = 550;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * PDF lines set in tiny type: below 6 pt, or below 60 % of the body's median
 * size. The score does not read them (see score/stuffing.ts); TINY_TEXT
 * reports them.
 */
export function tinyLines(doc: ExtractedDocument): { lines: ExtractedLine[]; body: number } {
  const sized = doc.lines.filter((l) => l.fontSize !== undefined && l.fontSize > 0 && /\p{L}/u.test(l.text));
  if (sized.length === 0) return { lines: [], body: 0 };
  const body = median(sized.map((l) => l.fontSize!));
  const limit = Math.max(TINY_FONT_PT, body * TINY_FONT_RATIO);
  return { lines: sized.filter((l) => l.fontSize! < limit && (l.fontSize! < TINY_FONT_PT || l.fontSize! < body * TINY_FONT_RATIO)), body };
}

/** TINY_TEXT: PDF lines set < 6 pt or far below the body median (hidden keywords, which the score ignores). */
export function tinyTextHints(doc: ExtractedDocument): Hint[] {
  const { lines: tiny, body } = tinyLines(doc);
  if (tiny.length === 0) return [];
  const lineNos = tiny.map((l) => l.index + 1);
  const smallest = Math.min(...tiny.map((l) => l.fontSize!));
  const listed = lineNos.slice(0, 10).join(", ") + (lineNos.length > 10 ? ", ..." : "");
  const h: Hint = {
    code: "TINY_TEXT",
    severity: "error",
    message: `${tiny.length} line${tiny.length === 1 ? " is" : "s are"} set in tiny type (down to ${smallest.toFixed(1)} pt; body text is ${body.toFixed(1)} pt): line${tiny.length === 1 ? "" : "s"} ${listed}. Tiny or hidden text reads as keyword stuffing and some ATS flag it; the score does not read it.`,
    line: lineNos[0],
    quote: shorten(tiny.map((l) => l.text).join(" | ")),
    suggestion: `Set all text at ${Math.max(9, Math.round(body * 0.9))} pt or more, and remove any keywords that are not meant to be read.`,
  };
  if (lineNos.length > 1) h.endLine = lineNos[lineNos.length - 1];
  return [h];
}

/** LENGTH: too few words, or more pages than the level warrants. */
export function lengthHints(doc: ExtractedDocument, level?: Level): Hint[] {
  const out: Hint[] = [];
  const words = wordCount(doc.text);
  if (words < MIN_WORDS) {
    out.push({
      code: "LENGTH",
      severity: "warning",
      message: `The resume has ${words} words; fewer than ${MIN_WORDS} rarely shows enough experience and skills for an ATS or a recruiter.`,
      suggestion: "Add 3–5 bullets per recent role with the action, the technologies and a measured result, and a Skills section.",
    });
  }
  const hasPages = doc.format === "pdf";
  const pages = hasPages ? doc.pageCount : Math.max(1, Math.ceil(words / WORDS_PER_PAGE));
  const max = level ? MAX_PAGES[level] : MAX_PAGES.senior;
  if (pages > max) {
    const about = hasPages ? `${pages} pages` : `about ${pages} pages (${words} words)`;
    out.push({
      code: "LENGTH",
      severity: "warning",
      message: `The resume runs to ${about}; ${level ? `a ${level} resume` : "a resume"} should fit in ${max} page${max === 1 ? "" : "s"}.`,
      suggestion: `Cut older roles to 1–2 bullets, drop duties without results and trim the skills list to fit ${max} page${max === 1 ? "" : "s"}.`,
    });
  }
  return out;
}

/** NO_BULLETS: experience written as paragraphs (no bullet points in the section). */
export function noBulletHints(resume: SegmentedResume): Hint[] {
  const exp = resume.sections.filter((s) => s.kind === "experience");
  if (exp.length === 0) return [];
  if (resume.bullets.some((b) => b.section === "experience")) return [];
  const prose = resume.lines.filter((l) => l.section === "experience" && !l.isHeading && !l.isEntryHeader && l.bulletIndex === undefined);
  const words = prose.reduce((n, l) => n + wordCount(l.text), 0);
  if (words < 30) return [];
  const first = prose[0]!;
  return [
    {
      code: "NO_BULLETS",
      severity: "warning",
      message: `The experience section (from line ${exp[0]!.startLine}) is written as paragraphs (${words} words, no bullet points); ATS and recruiters read bullets more reliably.`,
      line: first.line,
      section: "experience",
      quote: shorten(first.text),
      suggestion: "Break each role into 3–5 bullets, one achievement each: action verb, what you did, measured result.",
    },
  ];
}
