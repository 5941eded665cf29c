/**
 * Aggregation: the accepted mentions of each skill turned into one found
 * skill with its evidence (listed, used, measured), hedging, last year of use
 * and the skills it implies (MySQL → SQL), sorted by id.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { VocabularyName } from "../keywords/schema.js";
import type { Evidence, FoundSkill, Occurrence, SectionKind, SegmentedResume } from "../types.js";
import { defaultIsMeasured } from "./measured.js";
import { compareStrings } from "../util/compare.js";

/** An occurrence plus the experience entry it sits under (internal). */
export interface LocatedOccurrence {
  occurrence: Occurrence;
  entryIndex?: number;
}

/** Options used when grading evidence. */
export interface AggregateOptions {
  isMeasured?: (bulletText: string) => boolean;
  now?: Date | number;
}

/** Sections whose lines show a skill in use. */
const USED_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(["experience", "projects", "volunteer"]);

const RANK: Record<Evidence, number> = { listed: 0, used: 1, measured: 2 };

function nowYear(now: Date | number | undefined): number {
  if (typeof now === "number") return now;
  return (now ?? new Date()).getFullYear();
}

function endYear(end: string | null, year: number): number | null {
  if (!end) return null;
  if (end === "present") return year;
  const y = Number.parseInt(end.slice(0, 4), 10);
  return Number.isFinite(y) ? y : null;
}

/** The evidence and last year of use of one skill's occurrences. */
function grade(list: readonly LocatedOccurrence[], entries: SegmentedResume["experience"]["entries"], year: number, measured: (text: string) => boolean): { evidence: Evidence; lastUsed: number | null } {
  let evidence: Evidence = "listed";
  let lastUsed: number | null = null;
  for (const { occurrence: o, entryIndex } of list) {
    let g: Evidence = "listed";
    if (USED_SECTIONS.has(o.section) || entryIndex !== undefined) g = o.inBullet && measured(o.text) ? "measured" : "used";
    if (RANK[g] > RANK[evidence]) evidence = g;
    if (entryIndex !== undefined && entries[entryIndex]) {
      const y = endYear(entries[entryIndex].end, year);
      if (y !== null && (lastUsed === null || y > lastUsed)) lastUsed = y;
    }
  }
  return { evidence, lastUsed };
}

/** The skills found directly, by id: occurrences grouped and graded. */
function directSkills(
  catalog: Catalog,
  resume: SegmentedResume,
  found: readonly LocatedOccurrence[],
  options: AggregateOptions,
  vocabulary: ReadonlyMap<string, VocabularyName> | undefined,
): Map<string, FoundSkill> {
  const isMeasured = options.isMeasured ?? defaultIsMeasured;
  const year = nowYear(options.now);
  const entries = resume.experience?.entries ?? [];
  const measuredMemo = new Map<string, boolean>();
  const measured = (text: string): boolean => {
    let m = measuredMemo.get(text);
    if (m === undefined) {
      m = isMeasured(text);
      measuredMemo.set(text, m);
    }
    return m;
  };
  const byId = new Map<string, LocatedOccurrence[]>();
  for (const f of found) {
    const list = byId.get(f.occurrence.skillId) ?? [];
    list.push(f);
    byId.set(f.occurrence.skillId, list);
  }
  const direct = new Map<string, FoundSkill>();
  for (const [id, list] of byId) {
    const curated = catalog.skillById.get(id);
    const skill = curated ?? vocabulary?.get(id);
    if (!skill) continue;
    const { evidence, lastUsed } = grade(list, entries, year, measured);
    const occurrences = list
      .map((l) => l.occurrence)
      .sort((a, b) => a.line - b.line || a.start - b.start || compareStrings(a.alias, b.alias));
    direct.set(id, { id, name: skill.name, category: skill.category, tier: curated ? "catalog" : "vocabulary", evidence, hedged: occurrences.every((o) => o.hedged), lastUsed, implied: false, impliedBy: [], occurrences });
  }
  return direct;
}

/** Broader skills reachable through `implies` from the direct ones and not found directly, with the best evidence of what implies them. */
function impliedSkills(catalog: Catalog, direct: ReadonlyMap<string, FoundSkill>): Map<string, FoundSkill> {
  const implied = new Map<string, FoundSkill>();
  for (const id of [...direct.keys()].sort(compareStrings)) {
    const src = direct.get(id) as FoundSkill;
    const seen = new Set<string>([id]);
    const queue = [...(catalog.skillById.get(id)?.implies ?? [])]; // vocabulary names imply nothing
    while (queue.length > 0) {
      const target = queue.shift() as string;
      if (seen.has(target)) continue;
      seen.add(target);
      const skill = catalog.skillById.get(target);
      if (!skill) continue;
      queue.push(...(skill.implies ?? []));
      if (direct.has(target)) continue;
      const cur = implied.get(target);
      if (!cur) {
        implied.set(target, { id: target, name: skill.name, category: skill.category, tier: "catalog", evidence: src.evidence, hedged: src.hedged, lastUsed: src.lastUsed, implied: true, impliedBy: [id], occurrences: [] });
        continue;
      }
      if (!cur.impliedBy.includes(id)) cur.impliedBy.push(id);
      if (RANK[src.evidence] > RANK[cur.evidence]) cur.evidence = src.evidence;
      cur.hedged = cur.hedged && src.hedged;
      if (src.lastUsed !== null && (cur.lastUsed === null || src.lastUsed > cur.lastUsed)) cur.lastUsed = src.lastUsed;
    }
  }
  for (const s of implied.values()) s.impliedBy.sort(compareStrings);
  return implied;
}

/**
 * Group occurrences by skill, grade evidence (listed / used / measured),
 * find the last year of use, mark all-hedged skills, and add the broader
 * skills implied by the ones found (never the reverse). Sorted by id.
 * `vocabulary`: the compiled vocabulary's names, for the ids of found
 * vocabulary names (tier "vocabulary"; they imply nothing).
 */
export function aggregateSkills(
  catalog: Catalog,
  resume: SegmentedResume,
  found: readonly LocatedOccurrence[],
  options: AggregateOptions,
  vocabulary?: ReadonlyMap<string, VocabularyName>,
): FoundSkill[] {
  const direct = directSkills(catalog, resume, found, options, vocabulary);
  const implied = impliedSkills(catalog, direct);
  return [...direct.values(), ...implied.values()].sort((a, b) => compareStrings(a.id, b.id));
}
