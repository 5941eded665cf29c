/**
 * Posting sections: find headings ("Requirements", "What you'll need",
 * "Nice to have", "Benefits"...) and name the kind of each section.
 */
import type { JobSection, JobSectionKind } from "./types.js";
import { wordCount } from "../util/words.js";

/** One posting line as the job stage sees it. */
export interface JobLine {
  /** 1-based. */
  line: number;
  text: string;
  /** The source marks it as a heading (Markdown `#`, DOCX heading style). */
  heading?: boolean;
  bold?: boolean;
  /** The source marks it as a list item. */
  bullet?: boolean;
}

/** Heading vocabulary, tried in order: the first pattern that matches names the kind. */
const VOCABULARY: ReadonlyArray<readonly [JobSectionKind, RegExp]> = [
  ["benefits", /\b(benefits?|perks|what we offer|we offer|compensation|salary|pay range|our offer|equal opportunit|eeo)\b/],
  ["preferred", /\b(nice[- ]to[- ]haves?|preferred|bonus|plus(es)?|desirable|desired|good[- ]to[- ]haves?|extra credit|ideally|optional|would be great|even better)\b/],
  ["responsibilities", /\b(about (the|this) (role|job|position)|the role|your role|role overview|responsibilit\w*|duties|what you('| wi)?ll (do|work on|be doing|own)|what you will do|day[- ]to[- ]day|accountabilit\w*|job purpose|position summary|job summary|job description|the job|in this role|your mission|your impact|the opportunity|the work)\b/],
  ["requirements", /\b(requirements?|qualifications?|must[- ]haves?|what you('| wi)?ll need|what you need|what we('re| are) looking for|we('re| are) looking for|you have|you bring|what you bring|about you|who you are|your profile|profile|essential|minimum|skills|experience|you should have|you'?ll thrive if|ideal candidate)\b/],
  ["about", /\b(about|who we are|company|our team|the team|our mission|our story|why (join|work)|overview)\b/],
  ["benefits", /^why\b/],
];

function norm(text: string): string {
  return text
    .replace(/^[\s#>*_•·\-]+/, "")
    .replace(/[*_]+$/, "")
    .trim()
    .toLowerCase()
    .replace(/[’`]/g, "'");
}

/** The section kind a heading names, or null when it names none of them. */
export function classifyHeading(heading: string): JobSectionKind | null {
  let h = norm(heading);
  while (h.endsWith(":")) h = h.slice(0, -1).trimEnd();
  if (h === "") return null;
  for (const [kind, re] of VOCABULARY) if (re.test(h)) return kind;
  return null;
}

/** A heading found on a line: its text, kind, and whether content follows on the same line ("Requirements: Go, Kafka"). */
export interface HeadingHit {
  heading: string;
  kind: JobSectionKind;
  inline: boolean;
}

/**
 * Whether a line is a section heading. A line is one when the source marks it
 * (and it is short), or when it is short, not a list item, does not end a
 * sentence, and either ends with ":" or reads as one of the posting headings.
 * "Label: content" lines start a section only when the label is a posting
 * heading and the content is not part of the label's own sentence.
 */
export function headingOf(line: JobLine): HeadingHit | null {
  const raw = line.text.trim();
  if (raw === "" || line.bullet || raw.startsWith("•")) return null;
  const text = norm(raw);
  const words = wordCount(text);
  if (words === 0 || words > 9) {
    return inlineHeading(raw);
  }
  const endsSentence = /[.!?]$/.test(text);
  const colonEnd = text.endsWith(":");
  const kind = classifyHeading(text);
  if (line.heading || (line.bold && !endsSentence && words <= 8)) return { heading: stripMarks(raw), kind: kind ?? "other", inline: false };
  if (endsSentence) return inlineHeading(raw);
  if (colonEnd && words <= 6) return { heading: stripMarks(raw), kind: kind ?? "other", inline: false };
  if (kind !== null && words <= 6 && !text.includes(":") && madeOfHeadingWords(raw)) return { heading: stripMarks(raw), kind, inline: false };
  return inlineHeading(raw);
}

/** Words posting headings are made of; an unmarked line is a heading only when built from these. */
const HEADING_WORDS: ReadonlySet<string> = new Set(
  (
    "about us you your our the a an and & of to for we we're you'll you'd you've what who why how is are be will would " +
    "requirements requirement required qualifications qualification skills skill experience experiences expertise knowledge " +
    "responsibilities responsibility duties duty role position job description summary purpose overview opportunity mission " +
    "work working on do doing need needed bring have has looking profile ideal candidate must nice good bonus points plus extra credit " +
    "preferred desired desirable essential key basic minimum core main additional optional technical tech stack requirements: " +
    "benefits benefit perks offer offering compensation salary package pay team company culture join day life impact " +
    "accountabilities accountability thrive if even better great"
  ).split(" "),
);

function madeOfHeadingWords(raw: string): boolean {
  const words = norm(raw).replace(/[:!]+$/, "").split(/\s+/).filter((w) => w.length > 0);
  const rawWords = stripMarks(raw).split(/\s+/).filter((w) => w.length > 0);
  let unknown = 0;
  for (let i = 0; i < words.length; i++) {
    if (HEADING_WORDS.has(words[i])) continue;
    const original = rawWords[i] ?? "";
    if (!/^\p{Lu}/u.test(original)) return false;
    unknown++;
  }
  return unknown === 0 || (unknown === 1 && words.length <= 3);
}

function stripMarks(raw: string): string {
  return raw.replace(/^[#\s*_]+/, "").replace(/[*_\s]+$/, "").replace(/:$/, "").trim();
}

function inlineHeading(raw: string): HeadingHit | null {
  const m = /^([^:]{2,40}):\s+\S/.exec(raw);
  if (!m) return null;
  const label = m[1];
  if (wordCount(label) > 4) return null;
  const kind = classifyHeading(label);
  if (kind === null || kind === "about") return null;
  return { heading: stripMarks(label), kind, inline: true };
}

/** Sections and, for each line, the index of its section. */
export interface PostingSections {
  sections: JobSection[];
  /** Section index per line (same order as the input lines). */
  sectionOf: number[];
  /** True for lines that are only a heading. */
  isHeading: boolean[];
}

/**
 * Split a posting into sections. Text before the first heading is one
 * section of kind "other" (heading ""); the posting's first line (its title)
 * never counts as a heading.
 */
export function splitSections(lines: readonly JobLine[]): PostingSections {
  const sections: JobSection[] = [];
  const sectionOf: number[] = [];
  const isHeading: boolean[] = [];
  let firstContent = lines.findIndex((l) => l.text.trim() !== "");
  if (firstContent < 0) firstContent = 0;
  lines.forEach((l, i) => {
    const hit = i <= firstContent ? null : headingOf(l);
    if (hit !== null || sections.length === 0) {
      const last = sections[sections.length - 1];
      if (last) last.endLine = Math.max(last.startLine, l.line - 1);
      sections.push({ kind: hit?.kind ?? "other", heading: hit?.heading ?? "", startLine: l.line, endLine: l.line });
    }
    sectionOf.push(sections.length - 1);
    isHeading.push(hit !== null && !hit.inline);
    sections[sections.length - 1].endLine = l.line;
  });
  return { sections, sectionOf, isHeading };
}
