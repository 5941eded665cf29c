/**
 * The catalog compiled for matching, once per catalog object: every alias as
 * units in an exact and a stemmed trie, with its ambiguity rules (needs
 * context, exact case, words that veto it before or after) and each
 * skill's context terms.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { Skill, SkillAlias } from "../keywords/schema.js";
import { breaksAfter } from "./gaps.js";
import { PhraseTrie, type TrieHit } from "./phrase-trie.js";
import { numberKey } from "../normalize/index.js";
import { phraseKey, toUnits, type MatchUnit } from "./units.js";
import { spellingVariants, type SpellingVariant } from "./variants.js";
import { compileVocabulary, type CompiledVocabulary } from "./vocabulary.js";

/** One compiled alias of a skill, stored at the end of its trie path. */
export interface AliasEntry {
  skillId: string;
  /** The skill's category (copied here so the matcher needs no lookup per candidate). */
  category: string;
  /** The alias as written in the catalog. */
  alias: string;
  /** The alias's units as written (for case-sensitive comparison). */
  caseUnits: string[];
  caseSensitive: boolean;
  /** Every matched unit must start with a capital letter ("Type Script" for TypeScript). */
  capitalized: boolean;
  /**
   * The folded units the text must have, for an alias that keeps its number
   * (the trie is keyed by number-free keys, so "Microsoft Team" reaches
   * "Microsoft Teams" and is dropped here); null for a number-free alias.
   */
  foldedUnits: string[] | null;
  requiresContext: boolean;
  stem: boolean;
  /** A spelling the compiler generated from `alias` (see variants.ts), or "number" for a number-free key; absent for the alias as written. */
  generated?: SpellingVariant["kind"] | "number";
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

/** Sizes of the compiled catalog, to show that generated spellings stay bounded. */
export interface CompileCounts {
  /** Aliases as written in the catalog (names, aliases, acronyms, full names), after de-duplication. */
  aliases: number;
  /** Spellings generated from them (dotted, joined, camel). */
  variants: number;
  /** Generated spellings left out because another skill owns that spelling. */
  variantsSkipped: number;
  /** Aliases matched whatever their number ("systems architecture" = "system architecture"). */
  numberFree: number;
}

/** A catalog compiled for matching; built once per Catalog object. */
export interface CompiledCatalog {
  catalog: Catalog;
  /**
   * Aliases and their generated spellings, keyed by the number-free key of
   * each unit (`numberKey`); an alias that keeps its number carries the
   * folded units the text must have (`foldedUnits`).
   */
  exact: PhraseTrie<AliasEntry>;
  /** `stem: true` aliases keyed by unit stems. */
  stemmed: PhraseTrie<AliasEntry>;
  /** Context terms per skill id, as folded and stemmed unit sequences (compiled on first use). */
  contextTerms: ContextTerms;
  /** Number of distinct aliases compiled (as written). */
  aliasCount: number;
  counts: CompileCounts;
  /** Last-unit keys of multi-unit names: the words that can head a coordinated list ("unit and integration tests"), as number keys (exact and number-free names) and stems (stemmed names). */
  heads: { nums: Set<string>; stems: Set<string> };
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
  /** `bySkill`: each skill's context terms as written in the catalog. */
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

/**
 * True when an alias is matched whatever its number: a common-noun phrase of
 * two or more words ("system architecture", "unit tests", "Database
 * technologies"), not a product name. Product names are written in title
 * case ("Microsoft Teams", "Windows Server", "Amazon Web Services") and keep
 * their number; so do case-sensitive and stemmed aliases, and one-word
 * aliases (a singular common noun in prose is rarely the skill: "compiler
 * warnings" is not Compilers; the catalog lists the forms it wants).
 */
export function isNumberFree(text: string, units: readonly MatchUnit[], caseSensitive: boolean, stem: boolean): boolean {
  if (caseSensitive || stem || units.length < 2) return false;
  // Words after the first are lower case or acronyms (all capitals / digits): "API development", "REST APIs".
  for (let i = 1; i < units.length; i++) {
    const t = units[i].text;
    if (t !== t.toLowerCase() && !/^[A-Z0-9]+s?$/.test(t)) return false;
  }
  return text.length > 0;
}

interface Planned {
  skill: Skill;
  entry: AliasEntry;
  /** The trie of the alias: exact (number-free or not) or stemmed. */
  trie: "exact" | "stemmed";
  numberFree: boolean;
  keys: string[];
  /** The alias's folded units. */
  folded: string[];
  variants: SpellingVariant[];
}

function caseUnitsKey(caseSensitive: boolean, keys: readonly string[], caseUnits: readonly string[]): string {
  return caseSensitive ? caseUnits.join(" ") : keys.join(" ");
}

/** Who writes or generates each folded spelling: skill ids by key. */
type Owners = Map<string, Set<string>>;

function addOwner(owners: Owners, key: string, id: string): void {
  const set = owners.get(key) ?? new Set<string>();
  set.add(id);
  owners.set(key, set);
}

/**
 * Pass 1 for one skill: each alias as written (de-duplicated), with the
 * spellings it generates, recorded in `owners` by folded (and number-free) key.
 */
function planSkill(skill: Skill, owners: Owners, planned: Planned[]): void {
  const skillFollow = keysOf(skill.notWhenFollowedBy);
  const skillPrecede = keysOf(skill.notWhenPrecededBy);
  const seen = new Set<string>();
  for (const spec of aliasSpecs(skill)) {
    const useStem = spec.stem ?? false;
    // Stems only for `stem: true` aliases (about 1 in 80): the others are keyed by folded and number-free units.
    const units = toUnits(spec.text, useStem);
    if (units.length === 0) continue;
    const caseSensitive = spec.caseSensitive ?? (spec.own ? false : (skill.caseSensitive ?? false));
    const numberFree = isNumberFree(spec.text, units, caseSensitive, useStem);
    const trie = useStem ? "stemmed" : "exact";
    const keys = units.map((u) => (useStem ? u.stem : u.num));
    const gapBreaks = breaksAfter(spec.text, units);
    const written = useStem ? keys : units.map((u) => u.folded);
    const dedupeKey = `${trie}|${numberFree}|${caseSensitive ? units.map((u) => u.text).join(" ") : written.join(" ")}|${gapBreaks.map(Number).join("")}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    const entry: AliasEntry = {
      skillId: skill.id,
      category: skill.category,
      alias: spec.text,
      caseUnits: units.map((u) => u.text),
      caseSensitive,
      capitalized: false,
      foldedUnits: useStem || numberFree ? null : units.map((u) => u.folded),
      requiresContext: spec.requiresContext ?? (spec.own ? false : (skill.requiresContext ?? false)),
      stem: useStem,
      followVeto: [...skillFollow, ...keysOf(spec.notWhenFollowedBy)],
      precedeVeto: [...skillPrecede, ...keysOf(spec.notWhenPrecededBy)],
      gapBreaks,
    };
    const variants = useStem ? [] : spellingVariants(spec.text, units, gapBreaks);
    planned.push({ skill, entry, trie, numberFree, keys, folded: units.map((u) => u.folded), variants });
    addOwner(owners, units.map((u) => u.folded).join(" "), skill.id);
    if (numberFree) addOwner(owners, units.map((u) => u.num).join(" "), skill.id);
  }
}

/**
 * A number another alias writes is left to it: "graph databases" (a skill) stays plural when
 * "graph database" (an artifact one builds) is written apart with its own rules.
 */
function keepWrittenNumbers(planned: readonly Planned[]): void {
  const writtenByNumber = new Map<string, Set<string>>();
  for (const p of planned) {
    if (!p.numberFree) continue;
    const key = p.keys.join(" ");
    const set = writtenByNumber.get(key) ?? new Set<string>();
    set.add(p.folded.join(" "));
    writtenByNumber.set(key, set);
  }
  for (const p of planned) {
    if (p.numberFree && (writtenByNumber.get(p.keys.join(" "))?.size ?? 0) > 1) p.entry.foldedUnits = p.folded;
  }
}

/** The tries being filled in pass 2, with their counts and list heads. */
interface Tries {
  exact: PhraseTrie<AliasEntry>;
  stemmed: PhraseTrie<AliasEntry>;
  counts: CompileCounts;
  heads: { nums: Set<string>; stems: Set<string> };
}

function addHead(tries: Tries, trie: Planned["trie"], keys: readonly string[]): void {
  if (keys.length < 2) return;
  const last = keys[keys.length - 1];
  if (trie === "stemmed") tries.heads.stems.add(last);
  else tries.heads.nums.add(numberKey(last));
}

/** Pass 2 for one alias: add it, and each generated spelling no other skill writes (or generates). */
function addPlanned(tries: Tries, p: Planned, owners: Owners, generatedBy: Owners): void {
  (p.trie === "stemmed" ? tries.stemmed : tries.exact).add(p.keys, p.entry);
  addHead(tries, p.trie, p.keys);
  tries.counts.aliases++;
  if (p.numberFree) tries.counts.numberFree++;
  const added = new Set<string>();
  for (const v of p.variants) {
    const key = v.keys.join(" ");
    const ownedElsewhere = [...(owners.get(key) ?? [])].some((id) => id !== p.skill.id) || (generatedBy.get(key)?.size ?? 0) > 1;
    if (ownedElsewhere) {
      tries.counts.variantsSkipped++;
      continue;
    }
    const dedupe = `${caseUnitsKey(p.entry.caseSensitive, v.keys, v.caseUnits)}|${v.capitalized}`;
    if (added.has(dedupe)) continue;
    added.add(dedupe);
    tries.exact.add(v.keys.map(numberKey), { ...p.entry, caseUnits: v.caseUnits, capitalized: v.capitalized, gapBreaks: v.gapBreaks, generated: v.kind, foldedUnits: v.keys });
    addHead(tries, "exact", v.keys);
    tries.counts.variants++;
  }
}

/** Every form a curated alias has (as written, number-free, or generated): the vocabulary leaves them out. */
function curatedKeysOf(planned: readonly Planned[]): Set<string> {
  const curatedKeys = new Set<string>();
  for (const p of planned) {
    curatedKeys.add(p.folded.join(" "));
    if (p.numberFree) curatedKeys.add(p.keys.join(" "));
    for (const v of p.variants) curatedKeys.add(v.keys.join(" "));
  }
  return curatedKeys;
}

/** Compile every skill alias of `catalog` into tries: exact (with generated spellings), stemmed and number-free. */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const planned: Planned[] = [];
  const owners: Owners = new Map();
  const termsBySkill = new Map<string, readonly string[]>();
  for (const skill of catalog.skills) {
    termsBySkill.set(skill.id, skill.contextTerms ?? []);
    planSkill(skill, owners, planned);
  }
  keepWrittenNumbers(planned);
  const generatedBy: Owners = new Map();
  for (const p of planned) for (const v of p.variants) addOwner(generatedBy, v.keys.join(" "), p.skill.id);
  const tries: Tries = {
    exact: new PhraseTrie<AliasEntry>(),
    stemmed: new PhraseTrie<AliasEntry>(),
    counts: { aliases: 0, variants: 0, variantsSkipped: 0, numberFree: 0 },
    heads: { nums: new Set<string>(), stems: new Set<string>() },
  };
  for (const p of planned) addPlanned(tries, p, owners, generatedBy);
  const vocabulary = compileVocabulary(catalog, curatedKeysOf(planned));
  const { exact, stemmed, counts, heads } = tries;
  return { catalog, exact, stemmed, contextTerms: new ContextTerms(termsBySkill), aliasCount: counts.aliases, counts, heads, ...(vocabulary ? { vocabulary } : {}) };
}

/** Unit keys of a run of units, one array per trie. */
export interface UnitKeys {
  folded: readonly string[];
  stems: readonly string[];
  nums: readonly string[];
}

/** The keys of `units` for the tries. */
export function unitKeys(units: readonly MatchUnit[]): UnitKeys {
  return { folded: units.map((u) => u.folded), stems: units.map((u) => u.stem), nums: units.map((u) => u.num) };
}

/** True when an alias that keeps its number is written with its own number at `at` ("Microsoft Teams", not "Microsoft team"). */
export function numberMatches(entry: AliasEntry, folded: readonly string[], at: number): boolean {
  const want = entry.foldedUnits;
  if (want === null) return true;
  for (let i = 0; i < want.length; i++) if (folded[at + i] !== want[i]) return false;
  return true;
}

/** Hits at `at` in both tries, longest first (hits of equal length merged), with the number rule applied. */
export function lookupAt(compiled: CompiledCatalog, keys: UnitKeys, at: number): Array<TrieHit<AliasEntry>> {
  const parts = [compiled.exact.matchesAt(keys.nums, at), compiled.stemmed.size === 0 ? [] : compiled.stemmed.matchesAt(keys.stems, at)];
  const byLen = new Map<number, AliasEntry[]>();
  for (const list of parts) {
    for (const h of list) {
      const values = h.values.filter((e) => numberMatches(e, keys.folded, at));
      if (values.length > 0) byLen.set(h.length, [...(byLen.get(h.length) ?? []), ...values]);
    }
  }
  return [...byLen.entries()].sort((x, y) => y[0] - x[0]).map(([length, values]) => ({ start: at, length, values }));
}

/** A hand-written alias the compiler already generates from another form of the same skill. */
export interface GeneratedAlias {
  skillId: string;
  /** The alias as written in the catalog. */
  alias: string;
  /** The form it is generated from. */
  from: string;
  kind: SpellingVariant["kind"] | "number";
}

/**
 * Aliases that can be removed from the catalog because the compiler
 * generates them (a spelling variant or the other number of another form of
 * the same skill, with the same flags). Names, acronyms and full names are
 * never reported; only entries of `aliases`.
 */
export function generatedAliases(catalog: Catalog): GeneratedAlias[] {
  const out: GeneratedAlias[] = [];
  for (const skill of catalog.skills) {
    const specs = aliasSpecs(skill);
    const forms = specs.map((spec, index) => {
      const units = toUnits(spec.text);
      const caseSensitive = spec.caseSensitive ?? (spec.own ? false : (skill.caseSensitive ?? false));
      const requiresContext = spec.requiresContext ?? (spec.own ? false : (skill.requiresContext ?? false));
      const stem = spec.stem ?? false;
      const plain = !spec.notWhenFollowedBy?.length && !spec.notWhenPrecededBy?.length;
      const numberFree = isNumberFree(spec.text, units, caseSensitive, stem);
      return { spec, index, units, caseSensitive, requiresContext, stem, plain, numberFree, folded: units.map((u) => u.folded).join(" "), num: units.map((u) => u.num).join(" ") };
    });
    const aliasCount = skill.aliases?.length ?? 0;
    const removed = new Set<number>();
    // Spaced forms first, later forms first: of "Cloud Formation" and "CloudFormation", which generate each other, the spaced one goes; of two numbers, the later.
    const order = [...forms].sort((x, y) => y.units.length - x.units.length || y.index - x.index);
    for (const a of order) {
      if (a.index === 0 || a.index > aliasCount || a.stem || !a.plain || a.units.length === 0) continue;
      for (const b of forms) {
        if (b === a || removed.has(b.index) || b.stem || b.caseSensitive !== a.caseSensitive || b.requiresContext !== a.requiresContext) continue;
        let kind: GeneratedAlias["kind"] | null = null;
        if (a.numberFree && b.numberFree && a.num === b.num && a.folded !== b.folded) kind = "number";
        else if (spellingVariants(b.spec.text, b.units, breaksAfter(b.spec.text, b.units)).some((x) => x.keys.join(" ") === a.folded)) {
          kind = spellingVariants(b.spec.text, b.units, breaksAfter(b.spec.text, b.units)).find((x) => x.keys.join(" ") === a.folded)!.kind;
        }
        if (kind === null) continue;
        removed.add(a.index);
        out.push({ skillId: skill.id, alias: a.spec.text, from: b.spec.text, kind });
        break;
      }
    }
  }
  return out;
}
