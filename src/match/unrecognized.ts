/**
 * Terms a person listed as skills that matched nothing: the items of a
 * skills-section row ("Skills: a, b, c"; its category label left out) and of
 * a labelled technology line anywhere ("Tech: ...", "Stack: ..." under a
 * role), when no catalog skill and no vocabulary name starts in them
 * (accepted or rejected: a rejected one is in `ignored`, with its reason).
 * A skills row that wraps without a separator ("SQL" / "Server" in a narrow
 * column) leaves half an item at each line edge: those halves are not terms.
 *
 * An item is a term when it is short (at most {@link MAX_TERM_WORDS} words: a
 * longer one is a clause, not a name), has a letter, and is not filler
 * ("etc.", "and more", a proficiency level), a clause ("edit documents for
 * tone"), an award with a year or a prize, or a spoken language. Each term is reported once (case
 * and spacing folded), at its first place; the order is line, then column.
 */
import type { SectionKind, UnrecognizedTerm } from "../types.js";
import type { BlockShape } from "./block-analysis.js";
import type { Block } from "./blocks.js";
import { lineAt } from "./blocks.js";
import type { MatchUnit } from "./units.js";

/** Most words of a term: a longer item is a clause. */
export const MAX_TERM_WORDS = 4;

/** Labels that open a line listing technologies outside the skills section. */
const TECH_LABEL = /^\s*(?:[•·*\-–]\s*)?(?:key\s+|main\s+|core\s+)?(?:tech(?:nolog(?:y|ies))?(?:\s+stack)?(?:\s+used)?|stack|tools?(?:\s+used)?(?:\s*(?:&|and)\s*technologies)?|environment|built\s+with|skills(?:\s+used)?|languages|frameworks|libraries)\s*[:：|]/i;

/** Words that are never a term on their own (filler and proficiency levels). */
const FILLER = new Set([
  "etc", "others", "other", "more", "and", "or", "misc", "various", "basic", "basics", "advanced", "intermediate", "expert", "proficient",
  "familiar", "beginner", "fluent", "native", "good", "strong", "excellent", "knowledge", "experience", "working", "level", "years", "year",
  "yrs", "with", "of", "in", "the", "a", "an", "including", "e.g", "eg", "i.e", "ie", "also", "some", "exposure", "learning", "currently",
]);

/** A block's list facts, for {@link unrecognizedIn}. */
export interface UnrecognizedBlock {
  block: Block;
  units: readonly MatchUnit[];
  shape: BlockShape;
  /** The block is a skills-section row. */
  inSkillsSection: boolean;
  /** Units [0, labelEnd) are the row's category label (skills section). */
  labelEnd: number;
  /** The skills row before this one ends without a separator: its first item may be the end of a wrapped one. */
  wrapIn?: boolean;
  /** This skills row ends without a separator and the next row follows: its last item may be the start of a wrapped one. */
  wrapOut?: boolean;
}

const CONJUNCTION = new Set(["and", "or", "&"]);

/** Filler at an item's edge ("etc. Foo" when a row wraps after "etc."). */
const EDGE_FILLER = new Set(["etc", "others", "more", "misc", "including", "e.g", "eg", "i.e", "ie"]);

/** Lower-case function words: a term of three or more words with one inside is a clause ("edit documents for tone"). */
const FUNCTION_WORDS = new Set(["for", "to", "in", "on", "of", "with", "by", "at", "the", "a", "an", "from", "into", "using", "via", "as", "that", "which"]);

/** Spoken languages listed among skills: not technical terms. */
const SPOKEN = new Set([
  "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "russian", "ukrainian", "polish", "czech", "romanian", "hungarian",
  "greek", "turkish", "arabic", "hebrew", "persian", "farsi", "hindi", "urdu", "bengali", "punjabi", "tamil", "telugu", "marathi", "gujarati",
  "kannada", "malayalam", "chinese", "mandarin", "cantonese", "japanese", "korean", "vietnamese", "thai", "indonesian", "malay", "tagalog",
  "filipino", "swahili", "swedish", "norwegian", "danish", "finnish", "icelandic", "serbian", "croatian", "bulgarian", "slovak", "slovenian",
  "lithuanian", "latvian", "estonian", "catalan", "basque", "galician", "irish", "welsh", "afrikaans", "amharic", "nepali", "sinhala",
]);

/** Section headings a skills row can swallow ("EDUCATION (1)" read as a row). */
const HEADINGS = new Set(["education", "experience", "skills", "projects", "summary", "profile", "certifications", "awards", "languages", "interests", "references", "contact", "publications"]);

/** True when a term reads as a clause, an award or a spoken language rather than a name. */
function notATerm(term: string, units: readonly MatchUnit[], a: number, z: number): boolean {
  if (/\b(?:19|20)\d\d\b|[$€£¥]/u.test(term)) return true;
  if (z - a + 1 >= 3) {
    for (let k = a + 1; k < z; k++) if (FUNCTION_WORDS.has(units[k].text)) return true;
  }
  const key = term.toLowerCase().trim();
  return SPOKEN.has(key) || HEADINGS.has(key);
}

/**
 * The unit where a labelled technology line's items begin, or -1 when no
 * line of the block opens with such a label (a "Tech: ..." line may be
 * joined to the bullet above it).
 */
function techLabelEnd(b: UnrecognizedBlock): number {
  for (let li = 0; li < b.block.lines.length; li++) {
    const at = b.block.lineStarts[li];
    const m = TECH_LABEL.exec(b.block.text.slice(at, at + 80));
    if (!m) continue;
    const end = at + m.index + m[0].length;
    let k = 0;
    while (k < b.units.length && b.units[k].start < end) k++;
    return k;
  }
  return -1;
}

function trimTerm(raw: string): string {
  // An item cut inside brackets ("Antivirus Management (Gravity Zone") keeps what comes before them.
  let s = raw;
  const open = s.indexOf("(");
  if (open > 0 && s.indexOf(")", open) === -1) s = s.slice(0, open);
  return s
    .replace(/^[\s"'“”‘’([{<•·*\-–—:;,.]+/u, "")
    .replace(/[\s"'“”‘’)\]}>:;,.!?]+$/u, "")
    .replace(/\s+/g, " ");
}

/**
 * Unrecognized terms of one block. `touched[k]`: a catalog or vocabulary
 * candidate starts at unit k, or an accepted name covers it.
 */
export function unrecognizedIn(b: UnrecognizedBlock, touched: readonly boolean[]): UnrecognizedTerm[] {
  const { units, shape } = b;
  if (units.length === 0 || b.block.lines[0].isHeading) return [];
  let from: number;
  if (b.inSkillsSection) from = Math.max(b.labelEnd, Math.max(0, techLabelEnd(b)));
  else {
    from = techLabelEnd(b);
    if (from < 0) return [];
  }
  // Items of the block from `from` on: [first unit, last unit] per item, conjunctions at the edges left out.
  const items: Array<[number, number]> = [];
  let lastItem = -1;
  for (let k = from; k < units.length; k++) {
    const it = shape.itemOf[k];
    const last = items[items.length - 1];
    if (last && lastItem === it) last[1] = k;
    else items.push([k, k]);
    lastItem = it;
  }
  const edge = (k: number) => CONJUNCTION.has(units[k].folded) || EDGE_FILLER.has(units[k].folded.replace(/\.$/, ""));
  for (const item of items) {
    while (item[0] < item[1] && edge(item[0])) item[0]++;
    while (item[1] > item[0] && edge(item[1])) item[1]--;
  }
  const skipFirst = b.inSkillsSection && b.wrapIn === true && from === 0 && items.length > 0;
  const skipLast = b.inSkillsSection && b.wrapOut === true && items.length > 0;
  const out: UnrecognizedTerm[] = [];
  for (let i = 0; i < items.length; i++) {
    if ((i === 0 && skipFirst) || (i === items.length - 1 && skipLast)) continue;
    const [a, z] = items[i];
    if (CONJUNCTION.has(units[a].folded)) continue;
    let hit = false;
    for (let k = a; k <= z; k++) if (touched[k]) hit = true;
    if (hit) continue;
    const words = z - a + 1;
    if (words > MAX_TERM_WORDS) continue;
    const term = trimTerm(b.block.rawText.slice(units[a].start, units[z].end));
    if (!/\p{L}/u.test(term) || term.replace(/[^\p{L}\p{N}]/gu, "").length < 2 || notATerm(term, units, a, z)) continue;
    let filler = true;
    for (let k = a; k <= z; k++) if (!FILLER.has(units[k].folded.replace(/\.$/, ""))) filler = false;
    if (filler) continue;
    const s = units[a].start;
    const li = lineAt(b.block, s);
    const line = b.block.lines[li];
    const at = b.block.rawText.indexOf(term, s);
    const col = (at >= 0 ? at : s) - b.block.lineStarts[li];
    out.push({ term, line: line.line, column: Math.max(0, Math.min(col, line.text.length)) + 1, section: line.section as SectionKind, listSize: items.length });
  }
  return out;
}

/** True when a skills row's text ends without an item separator (its last item may wrap onto the next line). */
export function endsOpen(rawText: string): boolean {
  return !/[,;|•·:.!?)\]]\s*$/u.test(rawText);
}

/** Key that folds case, hyphens and spacing ("Foo-Bar" = "foo bar"). */
export function termKey(term: string): string {
  return term.normalize("NFKC").toLowerCase().replace(/[\s\-_.]+/g, " ").trim();
}

/** Each term once (first place kept), ordered by line, then column. */
export function dedupeTerms(terms: readonly UnrecognizedTerm[]): UnrecognizedTerm[] {
  const sorted = [...terms].sort((x, y) => x.line - y.line || x.column - y.column || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
  const seen = new Set<string>();
  const out: UnrecognizedTerm[] = [];
  for (const t of sorted) {
    const k = termKey(t.term);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}
