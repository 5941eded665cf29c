/**
 * The posting's catalog skills, split into required and preferred.
 *
 * Each mention is read with the cue of its sentence (see `cueFor`) and the
 * section it sits in; a cue on the bullet beats the section. Decision per
 * mention:
 * - an "exclude" cue ("we do not expect you to know React") drops it;
 * - an explicit required cue, or a requirements section with no cue → firm required;
 * - an explicit or soft preferred cue, or a preferred section with no cue → preferred
 *   (a soft required cue such as "strong" or "3+ years" does not lift a preferred section);
 * - the title → firm required;
 * - responsibilities and untitled text with no cue → light required, but only
 *   for mentions written as names ("Kafka", "CI/CD", "gRPC"): a duty written in
 *   plain words ("help us hire", "write tests", "on-call") is an activity, not a skill asked for;
 * - "About us" and "Benefits" never count.
 * Per skill: firm required → required; else preferred → preferred; else light required → required.
 * So a skill only named in the duties counts as required, unless the posting
 * also calls it a nice-to-have.
 */
import type { Catalog } from "../keywords/catalog.js";
import { createMatcher } from "../match/matcher.js";
import type { Occurrence, Section, SectionKind, SegmentedLine, SegmentedResume } from "../types.js";
import { cueFor, type FoundCue } from "./cues.js";
import type { JobLine, PostingSections } from "./sections.js";
import type { JobSectionKind, JobSkill } from "./types.js";
import { compareStrings } from "../util/compare.js";
import { postingListTerms } from "./list-terms.js";

/** Options of `postingSkills`. */
export interface PostingSkillOptions {
  /** Count soft skills ("communication") too. Default false: a posting's soft skills are not keywords a resume should list. */
  includeSoftSkills?: boolean;
}

type Vote = "firm" | "preferred" | "light";

const VOTE_RANK: Record<Vote, number> = { firm: 3, preferred: 2, light: 1 };

/** Matcher section kind per posting section kind: lists of requirements give ambiguous names ("Go") their context. */
function matchKind(kind: JobSectionKind): SectionKind {
  return kind === "requirements" || kind === "preferred" ? "skills" : "other";
}

/** The posting as a `SegmentedResume`, so the resume matcher can read it. */
export function postingAsResume(lines: readonly JobLine[], split: PostingSections, titleLine: number | null): SegmentedResume {
  const sLines: SegmentedLine[] = [];
  const bullets: SegmentedResume["bullets"] = [];
  lines.forEach((l, i) => {
    const sIdx = split.sectionOf[i];
    const kind = split.sections[sIdx].kind;
    const section: SectionKind = l.line === titleLine ? "skills" : matchKind(kind);
    const sl: SegmentedLine = { line: l.line, text: l.text, page: 1, section, sectionIndex: sIdx, isHeading: split.isHeading[i] };
    if (l.bullet && !split.isHeading[i]) {
      sl.bulletIndex = bullets.length;
      bullets.push({ text: l.text.replace(/^•\s*/, ""), line: l.line, endLine: l.line, section });
    }
    sLines.push(sl);
  });
  const sections: Section[] = split.sections.map((s) => ({
    kind: matchKind(s.kind),
    heading: s.heading,
    startLine: s.startLine,
    endLine: s.endLine,
    standardHeading: true,
  }));
  return {
    lines: sLines,
    sections,
    bullets,
    contact: { name: null, email: null, phone: null, linkedin: null, github: null, website: null, location: null },
    experience: { years: 0, entries: [] },
    organizations: [],
  };
}

/** A vote from one mention: its list, and the cue that decided it. */
function voteOf(cue: FoundCue | null, section: JobSectionKind, isTitle: boolean): Vote | null {
  if (!isTitle && (section === "about" || section === "benefits")) return null;
  if (cue?.kind === "exclude") return null;
  if (cue && cue.strength === "explicit") return cue.kind === "required" ? "firm" : "preferred";
  if (cue && cue.kind === "preferred") return "preferred";
  if (isTitle) return "firm";
  if (section === "preferred") return "preferred";
  if (cue && cue.kind === "required") return "firm";
  if (section === "requirements") return "firm";
  return "light";
}

/**
 * True when a mention is written as a name: capitals, digits or symbols past
 * its first letter, a capital not at a sentence start, or exactly the
 * catalog's own lower-case one-word name ("pytest", "pandas").
 */
export function writtenAsName(matched: string, textBefore: string, catalogName = ""): boolean {
  if (matched === catalogName && /^[a-z][a-z0-9-]*$/.test(catalogName)) return true;
  if (/[A-Z0-9.#+/]/.test(matched.slice(1))) return true;
  if (!/^\p{Lu}/u.test(matched)) return false;
  const before = textBefore.replace(/^[\s•]+/u, "");
  return !(before.trim() === "" || /[.!?:;]\s*$/.test(before));
}

/** The last few characters before offset `at` ("…" first when there is more), enough to tell a sentence start. */
function textBefore(text: string, at: number): string {
  return at > 40 ? "…" + text.slice(at - 40, at) : text.slice(0, at);
}

/** Offset of the mention in the occurrence's block text (which joins wrapped lines); `memo` caches each line's start. */
function blockOffset(o: Occurrence, lineText: string, memo: Map<string, number>): number {
  const key = `${o.line}|${o.text.length}`;
  let lineAt = memo.get(key);
  if (lineAt === undefined) {
    lineAt = o.text.startsWith(lineText) ? 0 : o.text.indexOf(lineText);
    memo.set(key, lineAt);
  }
  return lineAt >= 0 ? lineAt + o.start : -1;
}

interface Decided {
  vote: Vote;
  occ: Occurrence;
  cue: FoundCue | null;
}

/** Required and preferred skills of a posting (each sorted by id; a skill is in one list only). */
export function postingSkills(
  lines: readonly JobLine[],
  split: PostingSections,
  titleLine: number | null,
  catalog: Catalog,
  options: PostingSkillOptions = {},
): { required: JobSkill[]; preferred: JobSkill[]; occurrences: Occurrence[]; listTerms: string[] } {
  const resume = postingAsResume(lines, split, titleLine);
  const result = createMatcher(catalog).match(resume, { document: "job-posting" });
  const indexOfLine = new Map(lines.map((l, i) => [l.line, i] as const));
  const required: JobSkill[] = [];
  const preferred: JobSkill[] = [];
  const occurrences: Occurrence[] = [];
  const offsetMemo = new Map<string, number>();
  for (const skill of result.skills) {
    if (skill.implied || skill.occurrences.length === 0) continue;
    if (!options.includeSoftSkills && skill.category === "soft-skill") continue;
    let best: Decided | null = null;
    const forms = new Set<string>();
    for (const o of skill.occurrences) {
      const i = indexOfLine.get(o.line);
      if (i === undefined) continue;
      const section = split.sections[split.sectionOf[i]].kind;
      const lineText = lines[i].text;
      let cue: FoundCue | null;
      const at = blockOffset(o, lineText, offsetMemo);
      if (at >= 0) cue = cueFor(o.text, at, at + (o.end - o.start));
      else cue = cueFor(lineText, o.start, o.end);
      const vote = voteOf(cue, section, o.line === titleLine);
      if (vote === null) continue;
      if (vote === "light" && !writtenAsName(o.matched, textBefore(at >= 0 ? o.text : lineText, at >= 0 ? at : o.start), skill.name)) continue;
      forms.add(o.matched);
      occurrences.push(o);
      if (best === null || VOTE_RANK[vote] > VOTE_RANK[best.vote]) best = { vote, occ: o, cue };
    }
    if (best === null) continue;
    const js: JobSkill = {
      id: skill.id,
      name: skill.name,
      line: best.occ.line,
      text: best.occ.text,
      cue: best.cue?.text ?? null,
      forms: [...forms].sort(),
      ...(skill.tier === "vocabulary" ? { tier: "vocabulary" as const } : {}),
    };
    (best.vote === "preferred" ? preferred : required).push(js);
  }
  const byId = (a: JobSkill, b: JobSkill): number => compareStrings(a.id, b.id);
  return { required: required.sort(byId), preferred: preferred.sort(byId), occurrences, listTerms: postingListTerms(result.unrecognized ?? [], lines, split) };
}
