/**
 * Stuffing earns nothing. The score reads a resume as a person would, so the
 * two first tricks of an ATS user do not pay (README, "The score"):
 *
 * 1. **Hidden text.** Lines set in tiny type (the TINY_TEXT rule: under 6 pt,
 *    or under 60 % of the body's median size) are left out of the scored
 *    reading: keywords, bullets and phrases there count for nothing. The
 *    scored reading is the document without those lines, so adding hidden
 *    lines to a resume leaves its score exactly as it was.
 * 2. **Keyword dumps.** A skill is *listed only* when no sentence bullet shows
 *    it (a bullet with at least {@link SENTENCE_MIN_WORDS} words besides skill
 *    names). When more than {@link DUMP_MIN_LISTED_ONLY} skills are listed
 *    only, the lists are a dump, not a skills section (the most any of the
 *    148 real, synthetic and held-out resumes we have names only in lists is
 *    49): then a keyword earns credit only where a sentence bullet shows it.
 *
 * Repetition needs no rule of its own: credit is per keyword, so naming one
 * skill 500 times earns what naming it once does (and KEYWORD_STUFFING says so).
 */
import { wordCount } from "../util/words.js";
import type { Evidence, ExtractedDocument, ExtractedLine, FoundSkill, Occurrence, SectionKind } from "../types.js";

/** More skills than this named only in lists (no sentence bullet) make the lists a keyword dump. */
export const DUMP_MIN_LISTED_ONLY = 100;
/** A bullet with at least this many words besides skill names is a sentence, which shows its skills in use. */
export const SENTENCE_MIN_WORDS = 4;

const USED_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(["experience", "projects", "volunteer"]);
const RANK: Record<Evidence, number> = { listed: 0, used: 1, measured: 2 };

/** The document without `hidden` lines, reindexed; `original[i]` is the 0-based index in `doc.lines` of its line `i`. */
export function visibleDocument(doc: ExtractedDocument, hidden: readonly ExtractedLine[]): { doc: ExtractedDocument; original: number[] } {
  const gone = new Set(hidden.map((l) => l.index));
  const original: number[] = [];
  const lines: ExtractedLine[] = [];
  for (const l of doc.lines) {
    if (gone.has(l.index)) continue;
    original.push(l.index);
    lines.push({ ...l, index: lines.length });
  }
  return { doc: { ...doc, lines, text: lines.map((l) => l.text).join("\n") }, original };
}

/** Words of each bullet text that are skill names, summed over the skills found in it. */
function skillWordsByText(skills: readonly FoundSkill[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of skills) for (const o of s.occurrences) if (o.inBullet) out.set(o.text, (out.get(o.text) ?? 0) + wordCount(o.matched));
  return out;
}

function isSentence(o: Occurrence, skillWords: ReadonlyMap<string, number>): boolean {
  return o.inBullet && wordCount(o.text) - (skillWords.get(o.text) ?? 0) >= SENTENCE_MIN_WORDS;
}

/** What the dump rule did. */
export interface DumpFinding {
  /** Skills named only in lists. */
  listedOnly: number;
  /** Ids of the skills that earn nothing (found only in the dump), sorted. */
  discounted: string[];
}

/**
 * The found skills that earn credit: all of them, unless the resume is a
 * keyword dump (rule 2 above); then only what sentence bullets show, with
 * evidence, hedging and implied skills recomputed from those mentions.
 * `quantifiedTexts` are the bullet texts that carry a metric.
 */
export function creditableSkills(skills: readonly FoundSkill[], quantifiedTexts: ReadonlySet<string>): { skills: FoundSkill[]; dump: DumpFinding | null } {
  const skillWords = skillWordsByText(skills);
  const direct = skills.filter((s) => !s.implied);
  const listedOnly = direct.filter((s) => !s.occurrences.some((o) => isSentence(o, skillWords))).length;
  if (listedOnly <= DUMP_MIN_LISTED_ONLY) return { skills: [...skills], dump: null };

  const kept = new Map<string, FoundSkill>();
  for (const s of direct) {
    const occurrences = s.occurrences.filter((o) => isSentence(o, skillWords));
    if (occurrences.length === 0) continue;
    let evidence: Evidence = "listed";
    for (const o of occurrences) {
      const grade: Evidence = USED_SECTIONS.has(o.section) ? (quantifiedTexts.has(o.text) ? "measured" : "used") : "listed";
      if (RANK[grade] > RANK[evidence]) evidence = grade;
    }
    if (RANK[s.evidence] < RANK[evidence]) evidence = s.evidence; // never more than the full reading gave
    kept.set(s.id, { ...s, evidence, hedged: occurrences.every((o) => o.hedged), occurrences });
  }
  for (const s of skills) {
    if (!s.implied) continue;
    const sources = s.impliedBy.filter((id) => kept.has(id));
    if (sources.length === 0) continue;
    let evidence: Evidence = "listed";
    for (const id of sources) if (RANK[kept.get(id)!.evidence] > RANK[evidence]) evidence = kept.get(id)!.evidence;
    kept.set(s.id, { ...s, impliedBy: sources, evidence, hedged: sources.every((id) => kept.get(id)!.hedged) });
  }
  const discounted = skills.filter((s) => !kept.has(s.id)).map((s) => s.id).sort();
  return { skills: skills.filter((s) => kept.has(s.id)).map((s) => kept.get(s.id)!), dump: { listedOnly, discounted } };
}
