/**
 * The catalog compiled for matching, once per catalog object: every alias as
 * units in an exact and a stemmed trie, with its ambiguity rules (needs
 * context, exact case, words that veto it before or after) and each
 * skill's context terms.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { Skill, SkillAlias } from "../keywords/schema.js";
import { breaksAfter } from "./gaps.js";
import { PhraseTrie } from "./phrase-trie.js";
import { phraseKey, toUnits } from "./units.js";
import { compileVocabulary, type CompiledVocabulary } from "./vocabulary.js";

/** One compiled alias of a skill, stored at the end of its trie path. */
export interface AliasEntry {
  skillId: string;
  /** The alias as written in the catalog. */
  alias: string;
  /** The alias's units as written (for case-sensitive comparison). */
  caseUnits: string[];
  caseSensitive: boolean;
  requiresContext: boolean;
  stem: boolean;
  /** Folded unit sequences that veto the alias when they follow it. */
  followVeto: string[][];
  /** Folded unit sequences that veto the alias when they precede it. */
  precedeVeto: string[][];
  /** For each unit of the alias, whether the alias has a phrase breaker ("&", ",") after it ("backup & recovery"). */
  gapBreaks: boolean[];
}

/** A context term as unit keys: matched when either its folded or its stemmed form appears. */
export interface ContextTerm {
  folded: string[];
  stems: string[];
}

/** A catalog compiled for matching; built once per Catalog object. */
export interface CompiledCatalog {
  catalog: Catalog;
  /** Aliases keyed by folded units. */
  exact: PhraseTrie<AliasEntry>;
  /** `stem: true` aliases keyed by unit stems. */
  stemmed: PhraseTrie<AliasEntry>;
  /** Context terms per skill id, as folded and stemmed unit sequences (compiled on first use). */
  contextTerms: ContextTerms;
  /** Number of distinct aliases compiled. */
  aliasCount: number;
  /** The catalog's vocabulary (when one is attached), without the forms a curated alias has. */
  vocabulary?: CompiledVocabulary;
}

/**
 * Each skill's context terms, compiled the first time a matcher asks for
 * them: only aliases that need context read them, so a catalog of thousands
 * of skills does not stem every term of every skill before the first match.
 */
export class ContextTerms {
  private readonly compiled = new Map<string, ContextTerm[]>();
  constructor(private readonly bySkill: ReadonlyMap<string, readonly string[]>) {}

  /** The compiled terms of `skillId` (undefined for an unknown skill). */
  get(skillId: string): ContextTerm[] | undefined {
    const hit = this.compiled.get(skillId);
    if (hit) return hit;
    const terms = this.bySkill.get(skillId);
    if (!terms) return undefined;
    const out = terms
      .map((t) => toUnits(t))
      .filter((u) => u.length > 0)
      .map((u) => ({ folded: u.map((x) => x.folded), stems: u.map((x) => x.stem) }));
    this.compiled.set(skillId, out);
    return out;
  }
}

interface AliasSpec {
  text: string;
  /** An object alias carries its own flags (absent = false); the name, string aliases, acronym and full name take the skill's. */
  own?: boolean;
  caseSensitive?: boolean;
  requiresContext?: boolean;
  stem?: boolean;
  notWhenFollowedBy?: string[];
  notWhenPrecededBy?: string[];
}

function aliasSpecs(skill: Skill): AliasSpec[] {
  const specs: AliasSpec[] = [{ text: skill.name }];
  for (const a of skill.aliases ?? []) specs.push(typeof a === "string" ? { text: a } : { ...(a as Exclude<SkillAlias, string>), own: true });
  if (skill.acronym) specs.push({ text: skill.acronym });
  if (skill.fullName) specs.push({ text: skill.fullName });
  return specs;
}

function keysOf(list: readonly string[] | undefined): string[][] {
  return (list ?? []).map(phraseKey).filter((k) => k.length > 0);
}

/** Compile every skill alias of `catalog` into two tries (exact and stemmed). */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const exact = new PhraseTrie<AliasEntry>();
  const stemmed = new PhraseTrie<AliasEntry>();
  const termsBySkill = new Map<string, readonly string[]>();
  let aliasCount = 0;
  const curatedKeys = new Set<string>();
  for (const skill of catalog.skills) {
    const skillFollow = keysOf(skill.notWhenFollowedBy);
    const skillPrecede = keysOf(skill.notWhenPrecededBy);
    termsBySkill.set(skill.id, skill.contextTerms ?? []);
    const seen = new Set<string>();
    for (const spec of aliasSpecs(skill)) {
      const useStem = spec.stem ?? false;
      // Stems only for `stem: true` aliases (about 1 in 80): the others are keyed by folded units.
      const units = toUnits(spec.text, useStem);
      if (units.length === 0) continue;
      const caseSensitive = spec.caseSensitive ?? (spec.own ? false : (skill.caseSensitive ?? false));
      const keys = units.map((u) => (useStem ? u.stem : u.folded));
      const gapBreaks = breaksAfter(spec.text, units);
      const dedupeKey = `${useStem ? "s" : "f"}|${caseSensitive ? units.map((u) => u.text).join(" ") : keys.join(" ")}|${gapBreaks.map(Number).join("")}`;
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      const entry: AliasEntry = {
        skillId: skill.id,
        alias: spec.text,
        caseUnits: units.map((u) => u.text),
        caseSensitive,
        requiresContext: spec.requiresContext ?? (spec.own ? false : (skill.requiresContext ?? false)),
        stem: useStem,
        followVeto: [...skillFollow, ...keysOf(spec.notWhenFollowedBy)],
        precedeVeto: [...skillPrecede, ...keysOf(spec.notWhenPrecededBy)],
        gapBreaks,
      };
      (useStem ? stemmed : exact).add(keys, entry);
      curatedKeys.add(units.map((u) => u.folded).join(" "));
      aliasCount++;
    }
  }
  const vocabulary = compileVocabulary(catalog, curatedKeys);
  return { catalog, exact, stemmed, contextTerms: new ContextTerms(termsBySkill), aliasCount, ...(vocabulary ? { vocabulary } : {}) };
}
