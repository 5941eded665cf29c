/**
 * Match blocks: a resume's lines grouped into the units the matcher reads
 * (a bullet with its wrapped lines, a line, or a run of continued lines), with
 * URLs and e-mail addresses masked.
 */
import type { SectionKind, SegmentedLine, SegmentedResume } from "../types.js";
import { maskLinks } from "./mask.js";
import { danglingEnd } from "../util/dangling.js";

/**
 * A unit of matching: one bullet (its wrapped lines joined), or one line, or
 * a run of lines where each continues the previous one (the previous ends
 * with "," or the next starts in lower case, or, in prose sections, the
 * previous is a long line that does not end a sentence). Matching whole blocks finds
 * names broken across a wrap ("Backup\nand Recovery").
 */
export interface Block {
  /** Lines joined with one space, URLs and e-mail addresses masked with spaces. */
  text: string;
  /** Lines joined with one space, as written. */
  rawText: string;
  lines: SegmentedLine[];
  /** Offset in `text` where each line starts. */
  lineStarts: number[];
  section: SectionKind;
  /** True when the block is a bullet. */
  inBullet: boolean;
  /** Index into `resume.experience.entries`, when the block sits under a dated entry. */
  entryIndex?: number;
}

function normHeading(s: string): string {
  let t = s.replace(/^[\s•·\-*#]+/, "").trim().toLowerCase();
  while (t.endsWith(":")) t = t.slice(0, -1).trimEnd();
  return t;
}

/** True for a heading line that only names its section ("SKILLS", "Experience:"). */
function isBareSectionHeading(line: SegmentedLine, resume: SegmentedResume): boolean {
  if (!line.isHeading) return false;
  const section = resume.sections[line.sectionIndex];
  if (!section || section.heading === "") return false;
  return normHeading(line.text) === normHeading(section.heading);
}

/** Sections written as prose, where a long line without a sentence end wraps into the next. */
const PROSE_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(["summary", "experience", "projects", "volunteer", "awards", "publications", "other"]);
/** A line at least this long that does not end a sentence is taken to wrap (a paragraph set in a column). */
const WRAPPED_LINE_MIN = 50;

/** A line ending on a word that cannot end a sentence or an item ("with the", "of", "and", "processed under"). */
const DANGLING = danglingEnd(["under"]);

function continues(prev: SegmentedLine, next: SegmentedLine): boolean {
  if (next.sectionIndex !== prev.sectionIndex) return false;
  if (next.bulletIndex !== undefined || next.isHeading || next.isEntryHeader || prev.isEntryHeader) return false;
  const p = prev.text.trimEnd();
  if (p.endsWith(",") || p.endsWith("&")) return true;
  // "…in accordance with the" / "GDPR (Regulation (EU) 2016/679).": a line that ends on a function word goes on in the next.
  if (DANGLING.test(p)) return true;
  const first = next.text.trimStart().charAt(0);
  if (first !== "" && first !== first.toUpperCase() && first === first.toLowerCase()) return true;
  // "…but have no production" / "Rust yet; …": a wrapped paragraph line, unless the next line opens with a label ("Tech: …").
  return PROSE_SECTIONS.has(prev.section) && p.length >= WRAPPED_LINE_MIN && !/[.!?;:]$/u.test(p) && !/^[^\s:]{1,24}(?:\s[^\s:]{1,24})?:\s/u.test(next.text.trimStart());
}

function makeBlock(lines: SegmentedLine[], inBullet: boolean): Block {
  const lineStarts: number[] = [];
  let raw = "";
  for (const l of lines) {
    if (raw.length > 0) raw += " ";
    lineStarts.push(raw.length);
    raw += l.text;
  }
  const first = lines[0];
  const entryIndex = lines.find((l) => l.entryIndex !== undefined)?.entryIndex;
  return {
    text: maskLinks(raw),
    rawText: raw,
    lines,
    lineStarts,
    section: first.section,
    inBullet,
    ...(entryIndex !== undefined ? { entryIndex } : {}),
  };
}

/** Group a resume's lines into blocks, in reading order. */
export function buildBlocks(resume: SegmentedResume): Block[] {
  const blocks: Block[] = [];
  const lines = resume.lines;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBareSectionHeading(line, resume)) {
      i++;
      continue;
    }
    if (line.bulletIndex !== undefined) {
      const group = [line];
      let j = i + 1;
      while (j < lines.length && lines[j].bulletIndex === line.bulletIndex) group.push(lines[j++]);
      blocks.push(makeBlock(group, true));
      i = j;
      continue;
    }
    const group = [line];
    let j = i + 1;
    while (j < lines.length && continues(lines[j - 1], lines[j])) group.push(lines[j++]);
    blocks.push(makeBlock(group, false));
    i = j;
  }
  return blocks;
}

/** The line (index into `block.lines`) holding block offset `offset`. */
export function lineAt(block: Block, offset: number): number {
  let lo = 0;
  let hi = block.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
