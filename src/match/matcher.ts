/**
 * The skill matcher: finds catalog aliases in a segmented resume with the
 * compiled tries, applies the catalog's ambiguity rules per candidate, and
 * returns found skills with their occurrences and the rejected candidates
 * with why.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { IgnoredCandidate, MatchResult, Occurrence, SegmentedResume, UnrecognizedTerm } from "../types.js";
import { analyzeBlock, type BlockShape } from "./block-analysis.js";
import { lineAt, type Block } from "./blocks.js";
import { blocksWithUnits, type BlockUnits } from "./block-units.js";
import { compileCatalog, numberMatches, unitKeys, type AliasEntry, type CompiledCatalog, type ContextTerm, type UnitKeys } from "./compile.js";
import { beneficiaryOf, findHedge, findNegation, inReadingClause, negationAfter } from "./cues.js";
import { aggregateSkills, type LocatedOccurrence } from "./aggregate.js";
import type { TrieHit } from "./phrase-trie.js";
import type { MatchUnit } from "./units.js";
import { breaksAfter, spanAllowed } from "./gaps.js";
import { inTechList, listIndex, listItems, MAX_ITEM_WORDS, type ListIndex } from "./list-context.js";
import { labelCounts, rowLabel } from "./skills-label.js";
import { caseMatches } from "./case-rules.js";
import { sharedHeads, type SharedHeads } from "./grouped.js";
import { gluedProperName, hyphenCompound } from "./proper-names.js";
import { isConsentClause, voiceOf } from "./boilerplate.js";
import { matchVocabulary } from "./vocabulary.js";
import { dedupeTerms, endsOpen, unrecognizedIn } from "./unrecognized.js";

/** Options of `Matcher.match`. */
export interface MatchOptions {
  /**
   * True when a bullet carries a metric (supplied by the hints stage). When
   * absent, a simple built-in test is used (`defaultIsMeasured`).
   */
  isMeasured?: (bulletText: string) => boolean;
  /** "Now", for entries that end "present": a Date or a year. Default: the current year. */
  now?: Date | number;
  /**
   * What the text is. A resume speaks about its owner, so text that
   * addresses the reader ("you can choose…") is a template's instructions
   * and names no skill; a job posting addresses the reader throughout
   * ("you will write Ruby"). Default: "resume".
   */
  document?: "resume" | "job-posting";
}

/** A matcher bound to one compiled catalog. */
export interface Matcher {
  /** The compiled tries (exposed for benchmarks and tests). */
  readonly compiled: CompiledCatalog;
  /** Find the catalog's skills in a segmented resume. */
  match(resume: SegmentedResume, options?: MatchOptions): MatchResult;
}

const cache = new WeakMap<Catalog, Matcher>();

/** The matcher for `catalog`, compiled on first use and cached per catalog object. */
export function createMatcher(catalog: Catalog): Matcher {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const compiled = compileCatalog(catalog);
  const matcher: Matcher = {
    compiled,
    match: (resume, options) => matchResume(compiled, resume, options ?? {}),
  };
  cache.set(catalog, matcher);
  return matcher;
}

const NO_CANDIDATES: readonly TrieHit<AliasEntry>[] = Object.freeze([]);

/**
 * Candidates (all aliases) starting at each unit, grouped by length, longest
 * first; a candidate may not run across a phrase breaker ("&", ",") that its
 * alias does not have (see gaps.ts).
 */
function candidatesAt(compiled: CompiledCatalog, keys: UnitKeys, breaks: readonly boolean[], k: number): readonly TrieHit<AliasEntry>[] {
  const a = compiled.exact.matchesAt(keys.nums, k);
  const b = compiled.stemmed.size === 0 ? NO_CANDIDATES : compiled.stemmed.matchesAt(keys.stems, k);
  if (a.length === 0 && b.length === 0) return NO_CANDIDATES; // most units start no name
  // An entry stands when the text has its number (if it keeps one) and crosses no phrase breaker it lacks.
  const ok = (e: AliasEntry, len: number) => numberMatches(e, keys.folded, k) && (len === 1 || spanAllowed(breaks, k, len, e.gapBreaks));
  const allowed = (h: TrieHit<AliasEntry>) => {
    for (let i = 0; i < h.values.length; i++) if (!ok(h.values[i], h.length)) return h.values.filter((e) => ok(e, h.length));
    return h.values;
  };
  const only = b.length === 0 ? a : a.length === 0 ? b : null;
  if (only !== null) {
    // One trie's hits already have distinct lengths, longest first.
    let out: TrieHit<AliasEntry>[] | null = null;
    for (let i = 0; i < only.length; i++) {
      const h = only[i];
      const values = allowed(h);
      if (out === null && values === h.values) continue;
      out ??= only.slice(0, i);
      if (values.length > 0) out.push(values === h.values ? h : { start: k, length: h.length, values });
    }
    return out ?? only;
  }
  const byLen = new Map<number, AliasEntry[]>();
  for (const h of [...a, ...b]) {
    const values = allowed(h);
    if (values.length === 0) continue;
    const list = byLen.get(h.length) ?? [];
    list.push(...values);
    byLen.set(h.length, list);
  }
  return [...byLen.entries()].sort((x, y) => y[0] - x[0]).map(([length, values]) => ({ start: k, length, values }));
}

function seqAt(units: readonly MatchUnit[], at: number, seq: readonly string[]): boolean {
  if (at < 0 || at + seq.length > units.length) return false;
  for (let i = 0; i < seq.length; i++) if (units[at + i].folded !== seq[i]) return false;
  return true;
}

interface BlockContext {
  block: Block;
  units: MatchUnit[];
  shape: BlockShape;
  /** Per unit, whether the gap after it holds a phrase breaker (`breaksAfter`, gaps.ts). */
  breaks: boolean[];
  inSkillsSection: boolean;
  isList: boolean;
  /** A run of names with little else ("Java Python SQL Kafka"): a flattened list. */
  dense: boolean;
  /** List items and their facts, for the list-of-technologies test. */
  list: ListIndex;
  /** Skills section only: units [0, end) are the row's category label. */
  labelEnd: number;
  /** Context-term places per skill id, filled on first use. */
  termPlaces: Map<string, Array<[number, number]>>;
  /** Trie candidates at each unit. */
  hitsAt: Array<readonly TrieHit<AliasEntry>[]>;
  /** [start, end, name] of organization names on entry-header lines (block offsets). */
  orgSpans: Array<[number, number, string]>;
  /** The block is one skill name in a column of skill names (see markNeighborLists). */
  neighborList: boolean;
  /** Lists sharing a head noun ("unit and integration tests"): the names they give, and the context they give. */
  shared: SharedHeads;
  /** The block is a data-processing consent clause: it names no skill (see boilerplate.ts). */
  consent: boolean;
  /** The block lists soft skills ("Soft skills: communication, documentation, teamwork"): its practice words are soft skills too. */
  softLine: boolean;
  /** The block sits in a section of instructions addressed to the reader (template text; see markReaderInstructions). */
  instructions: boolean;
}

/** A cheap first look for a consent clause: it talks about personal data, data protection or processing. */
const CONSENT_HINT = /personal|protection|processing/i;

/** A row or line that says it lists soft skills. */
const SOFT_SKILLS_LABEL = /^\W*(?:soft|interpersonal|personal|people|social|transferable|non-technical)\s+(?:skills|competencies|strengths)\b/i;

/**
 * Skills that are also the sites people link their profiles on: in the
 * header or contact block, "GitHub" or "GitLab" next to (or instead of) a URL
 * is a link label, not a skill claimed ("LinkedIn · GitHub · Portfolio").
 */
const PROFILE_SITES: ReadonlySet<string> = new Set(["github", "gitlab", "bitbucket", "stack-overflow", "kaggle", "codeberg", "sourcehut", "hugging-face", "dev-to", "medium", "leetcode", "hackerrank"]);

/** A case-sensitive name written as a capitalized English word ("Spring", "Chef", "Rust"). */
const WORD_NAME = /^[A-Z][a-z]{2,}$/;

/** Sections that hold titles (degrees, courses, papers, awards): a soft-skill word there is part of a title ("Emergent Communication", "Communication and Media"). */
const TITLE_SECTIONS: ReadonlySet<string> = new Set(["education", "publications", "awards", "certifications"]);

function findOrgSpans(block: Block, orgs: readonly string[]): Array<[number, number, string]> {
  const spans: Array<[number, number, string]> = [];
  block.lines.forEach((line, li) => {
    if (!line.isEntryHeader) return;
    const lower = line.text.toLowerCase();
    for (const org of orgs) {
      const o = org.trim().toLowerCase();
      if (o.length < 2) continue;
      let from = 0;
      for (;;) {
        const at = lower.indexOf(o, from);
        if (at === -1) break;
        spans.push([block.lineStarts[li] + at, block.lineStarts[li] + at + o.length, org.trim()]);
        from = at + o.length;
      }
    }
  });
  return spans;
}

/** Words that end an organization's name ("The Linux Foundation", "Oracle Corporation"). */
const ORG_SUFFIXES = new Set([
  "foundation", "corporation", "corp", "inc", "incorporated", "ltd", "llc", "gmbh", "plc", "co", "company",
  "institute", "university", "college", "academy", "association", "society", "consortium",
]);

function isCapitalized(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * The organization name when the mention is followed (directly, or after at
 * most two capitalized words) by a capitalized organization suffix:
 * "Linux Foundation", "Python Software Foundation", "Oracle Corporation".
 */
function organizationSuffixAfter(text: string, units: readonly MatchUnit[], from: number, at: number): string | null {
  for (let i = at; i < units.length && i <= at + 2; i++) {
    const u = units[i];
    if (i > 0 && text.slice(units[i - 1].end, u.start).trim() !== "") return null;
    if (!isCapitalized(u.text)) return null;
    if (ORG_SUFFIXES.has(u.folded)) return text.slice(units[from].start, u.end);
  }
  return null;
}

/** Why a candidate is rejected (before negation), or null when it stands. */
function rejectReason(compiled: CompiledCatalog, ctx: BlockContext, entry: AliasEntry, k: number, len: number): string | null {
  const { units } = ctx;
  if (!caseMatches(entry, units, k)) return `case differs from '${entry.alias}' (prose word, not the name)`;
  if (ctx.consent) return "in a data-processing consent clause (boilerplate, not a skill)";
  if (ctx.instructions && !ctx.inSkillsSection && !ctx.isList && !ctx.neighborList) return "in instructions addressed to the reader (template text, not a claim)";
  const category = entry.category;
  const section = ctx.block.lines[lineAt(ctx.block, units[k].start)].section;
  if (category === "soft-skill" && !ctx.inSkillsSection && TITLE_SECTIONS.has(section)) return "a soft-skill word in a title (degree, course, paper or award)";
  if (ctx.softLine && category !== "soft-skill" && !TECHNOLOGY_GROUPS.has(category)) return "in a list of soft skills (a soft skill here, not a technical one)";
  if (section === "publications" && !ctx.block.inBullet && category !== "soft-skill") return "in a publication or talk title (names the subject, not a skill used)";
  if ((section === "header" || section === "contact") && PROFILE_SITES.has(entry.skillId)) return "a profile link in the contact details, not a skill";
  const start = units[k].start;
  const end = units[k + len - 1].end;
  if (section === "interests" && inReadingClause(ctx.block.text, start, end)) return "in an interest in reading (a book or an author, not a skill)";
  for (const [s, e, name] of ctx.orgSpans) {
    if (start >= s && end <= e) return `employer or school name ('${name}')`;
  }
  const org = organizationSuffixAfter(ctx.block.text, units, k, k + len);
  if (org !== null) return `part of an organization name ('${org}')`;
  for (const veto of entry.followVeto) {
    if (seqAt(units, k + len, veto)) return `followed by '${veto.join(" ")}'`;
  }
  for (const veto of entry.precedeVeto) {
    if (seqAt(units, k - veto.length, veto)) return `preceded by '${veto.join(" ")}'`;
  }
  if (k + len <= ctx.labelEnd && !labelCounts(compiled.catalog.skillById.get(entry.skillId)) && !rowSupports(compiled, ctx, entry.skillId)) {
    return rowImplies(compiled, ctx, entry.skillId) ? "a skills-list label, implied by the row's items" : "a skills-list label";
  }
  if (entry.requiresContext) {
    const compound = hyphenCompound(ctx.block.text, units, k, len, contextWords(compiled, entry.skillId));
    if (compound !== null) return `inside the compound name '${compound}'`;
    const glued = ctx.inSkillsSection || ctx.dense || ctx.neighborList ? null : gluedName(compiled, ctx, entry, k, len);
    if (glued !== null) return `part of the name '${glued}'`;
    if (!hasContext(compiled, ctx, entry, k, len)) return "no context (not in a skills list, and none of its related terms nearby)";
  } else if (entry.caseSensitive && len === 1 && WORD_NAME.test(entry.alias) && !ctx.inSkillsSection && !ctx.dense && !ctx.neighborList && !ctx.isList) {
    // A name that is also a capitalized English word ("Spring", "Rust") glued to another capitalized word is that longer name ("Spring Racing Carnival").
    const glued = gluedName(compiled, ctx, entry, k, len);
    if (glued !== null) return `part of the name '${glued}'`;
  }
  return null;
}

/**
 * True when the items of a labelled skills row back the label's skill: one of
 * them is among its context terms ("Databases & Caching: PostgreSQL, Redis"
 * — Redis is a caching store). An item that only implies it ("Version
 * Control: Git") makes the label the group's name: the skill is implied.
 */
function rowSupports(compiled: CompiledCatalog, ctx: BlockContext, skillId: string): boolean {
  return termAt(compiled.contextTerms.get(skillId) ?? [], ctx.units, ctx.labelEnd, -1, 0);
}

/** True when an item of a labelled skills row implies the label's skill ("Version Control: Git, GitHub"): the label names the group. */
function rowImplies(compiled: CompiledCatalog, ctx: BlockContext, skillId: string): boolean {
  const { units } = ctx;
  for (let k = ctx.labelEnd; k < units.length; k++) {
    for (const group of ctx.hitsAt[k]) {
      for (const e of group.values) {
        if (!caseMatches(e, units, k)) continue;
        if (compiled.catalog.skillById.get(e.skillId)?.implies?.includes(skillId)) return true;
      }
    }
  }
  return false;
}

/** True when one of `terms` occurs at or after unit `from`, other than the mention itself (`k`, `len`). */
function termAt(terms: readonly ContextTerm[], units: readonly MatchUnit[], from: number, k: number, len: number): boolean {
  for (const term of terms) {
    const n = term.folded.length;
    for (let i = from; i + n <= units.length; i++) {
      if (i === k && n === len) continue; // the mention itself is not its own context
      if (termIsAt(term, units, i)) return true;
    }
  }
  return false;
}

/** Where `terms` occur: [start unit, length] pairs (at most two kept per length, which is all `hasContext` needs). */
function termPlaces(terms: readonly ContextTerm[], units: readonly MatchUnit[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const term of terms) {
    const n = term.folded.length;
    let kept = 0;
    for (let i = 0; i + n <= units.length && kept < 2; i++) {
      let folded = true;
      let stems = true;
      for (let j = 0; j < n && (folded || stems); j++) {
        if (units[i + j].folded !== term.folded[j]) folded = false;
        if (units[i + j].stem !== term.stems[j]) stems = false;
      }
      if (folded || stems) {
        out.push([i, n]);
        kept++;
      }
    }
  }
  return out;
}

function hasContext(compiled: CompiledCatalog, ctx: BlockContext, entry: AliasEntry, k: number, len: number): boolean {
  if (ctx.inSkillsSection || ctx.dense || ctx.neighborList) return true;
  if (ctx.shared.context.has(`${k}|${len}`)) return true;
  if (nearTechnology(compiled, ctx, entry, k, len)) return true;
  if (inTechList(ctx.list, ctx.shape, k, len)) return true;
  // Context-term places are found once per block and skill (linear, whatever the number of mentions).
  let places = ctx.termPlaces.get(entry.skillId);
  if (!places) {
    places = termPlaces(compiled.contextTerms.get(entry.skillId) ?? [], ctx.units);
    ctx.termPlaces.set(entry.skillId, places);
  }
  return places.some(([i, n]) => !(i === k && n === len));
}

const contextWordsCache = new WeakMap<CompiledCatalog, Map<string, Set<string>>>();

/** One-word context terms of a skill, folded ("hashicorp" for Consul). */
function contextWords(compiled: CompiledCatalog, skillId: string): Set<string> {
  let bySkill = contextWordsCache.get(compiled);
  if (!bySkill) contextWordsCache.set(compiled, (bySkill = new Map()));
  let set = bySkill.get(skillId);
  if (!set) {
    set = new Set((compiled.contextTerms.get(skillId) ?? []).filter((t) => t.folded.length === 1).map((t) => t.folded[0]));
    bySkill.set(skillId, set);
  }
  return set;
}

/** The longer proper name an ambiguous mention is part of in prose ("Swift Mailer", "Google Fiber"), or null (see proper-names.ts). */
function gluedName(compiled: CompiledCatalog, ctx: BlockContext, entry: AliasEntry, k: number, len: number): string | null {
  const startsName = (j: number) => ctx.hitsAt[j].some((g) => g.values.some((e) => caseMatches(e, ctx.units, j)));
  const nameEndingAt = (j: number) => {
    for (let i = Math.max(0, j - 3); i <= j; i++) {
      for (const g of ctx.hitsAt[i]) {
        if (i + g.length - 1 === j && g.values.some((e) => !e.requiresContext && caseMatches(e, ctx.units, i))) return i;
      }
    }
    return -1;
  };
  // A context term right after the name is what it is used for, not the rest of another name ("Espresso UI tests").
  if (termStartsAt(compiled.contextTerms.get(entry.skillId) ?? [], ctx.units, k + len)) return null;
  return gluedProperName(ctx.block.text, ctx.units, k, len, ctx.shape.sentenceStart[k], startsName, contextWords(compiled, entry.skillId), nameEndingAt);
}

/** True when `term` starts at unit `i` and fits, all its words folded alike or all stemmed alike. */
function termIsAt(term: ContextTerm, units: readonly MatchUnit[], i: number): boolean {
  const n = term.folded.length;
  if (i + n > units.length) return false;
  let folded = true;
  let stems = true;
  for (let j = 0; j < n && (folded || stems); j++) {
    if (units[i + j].folded !== term.folded[j]) folded = false;
    if (units[i + j].stem !== term.stems[j]) stems = false;
  }
  return folded || stems;
}

/** True when one of `terms` starts at unit `i` (folded or stemmed words). */
function termStartsAt(terms: readonly ContextTerm[], units: readonly MatchUnit[], i: number): boolean {
  for (const term of terms) if (termIsAt(term, units, i)) return true;
  return false;
}

/** Categories of concrete technologies, by the part of a system they build: code, data or infrastructure. */
const TECHNOLOGY_GROUPS: ReadonlyMap<string, "code" | "data" | "infra"> = new Map([
  ["language", "code"], ["runtime", "code"], ["framework", "code"], ["library", "code"],
  ["database", "data"], ["messaging", "data"],
  ["devops", "infra"], ["cloud", "infra"], ["os", "infra"],
]);

/**
 * True when a technology of category `giver` is context for an ambiguous
 * name of category `candidate`: the same part of a system, or a language
 * before it giving it to anything (scripts drive every tool: "Bash … with
 * Chef"). A language after a name from another part of a system is what
 * the thing was written in, not a tool used with it ("a Postfix notation
 * calculator in Java", "a time-series database in Rust"). An ambiguous
 * language (Go, C, R, Swift) takes it only from code.
 */
function related(candidate: string, giver: string, giverBefore: boolean): boolean {
  const gc = TECHNOLOGY_GROUPS.get(candidate);
  const gg = TECHNOLOGY_GROUPS.get(giver);
  if (gc === undefined || gg === undefined) return false;
  return gc === gg || (giver === "language" && giverBefore);
}

/** Most units between an ambiguous name and a technology that gives it context. */
export const NEAR_TECHNOLOGY_UNITS = 4;

/**
 * True when another concrete technology that needs no context itself is
 * named close by in the same sentence: two technologies of the same part of
 * a system (code, data, infrastructure; a language goes with any) are
 * context for each other ("moved sessions from Memcached to Cassandra",
 * "replaced Bash deploy scripts with Chef", "Apache and Nginx
 * configuration"), while "iOS for Google Fiber customers" gives the Fiber
 * web framework nothing. Not in the
 * header, where a first name sits next to a job title ("Cassandra Lee, Java
 * developer"). Only for a technology's name (a word or first name that is
 * also a product: Cassandra, Chef, Apache); a concept ("pagination") or a
 * cloud service, ambiguous by vendor ("IAM" near Terraform on Google Cloud),
 * still needs its own context.
 */
function nearTechnology(compiled: CompiledCatalog, ctx: BlockContext, entry: AliasEntry, k: number, len: number): boolean {
  if (ctx.block.section === "header" || ctx.block.section === "contact") return false;
  const own = compiled.catalog.skillById.get(entry.skillId);
  if (!own || own.category === "cloud" || !TECHNOLOGY_GROUPS.has(own.category)) return false;
  const { units, shape } = ctx;
  const sentence = shape.sentenceStart[k];
  const from = Math.max(sentence, k - NEAR_TECHNOLOGY_UNITS - 1);
  const to = Math.min(units.length - 1, k + len + NEAR_TECHNOLOGY_UNITS);
  for (let j = from; j <= to; j++) {
    if (j >= k && j < k + len) continue;
    if (shape.sentenceStart[j] !== sentence) continue;
    for (const group of ctx.hitsAt[j]) {
      const end = j + group.length; // exclusive
      if (j < k + len && end > k) continue; // overlaps the candidate
      if (end <= k && k - end > NEAR_TECHNOLOGY_UNITS) continue;
      for (const e of group.values) {
        if (e.requiresContext || e.skillId === entry.skillId) continue;
        if (!related(own.category, e.category, j < k)) continue;
        // Across a comma both must be short items (a list), not clauses ("…into Vault, chaired the weekly Go/No-Go meeting").
        const between = j < k ? ctx.block.text.slice(units[end - 1].end, units[k].start) : ctx.block.text.slice(units[k + len - 1].end, units[j].start);
        if (between.includes(",") && (ctx.list.long[shape.itemOf[j]] || ctx.list.long[shape.itemOf[k]])) continue;
        if (rejectReason(compiled, ctx, e, j, group.length) === null) return true;
      }
    }
  }
  return false;
}

interface Accepted {
  entry: AliasEntry;
  k: number;
  len: number;
}

function located(ctx: BlockContext, k: number, len: number): { li: number; start: number; end: number; matched: string } {
  const { block, units } = ctx;
  const s = units[k].start;
  const e = units[k + len - 1].end;
  const li = lineAt(block, s);
  const lineStart = block.lineStarts[li];
  const lineLen = block.lines[li].text.length;
  return { li, start: s - lineStart, end: Math.min(e - lineStart, lineLen), matched: block.rawText.slice(s, e) };
}

function ignoredOf(ctx: BlockContext, entry: AliasEntry, k: number, len: number, why: string): IgnoredCandidate {
  const loc = located(ctx, k, len);
  const line = ctx.block.lines[loc.li].line;
  return { skillId: entry.skillId, alias: entry.alias, matched: loc.matched, line, reason: `'${loc.matched}' at line ${line}: ${why}` };
}

/** A block with its units and trie candidates, before any rule is applied. */
interface PreparedBlock {
  ctx: BlockContext;
  hitsAt: Array<readonly TrieHit<AliasEntry>[]>;
  /** The whole block is one skill name that needs no context ("Java" alone on a line), or a dense run of such names. */
  loneStrong: boolean;
  /** The whole block is one candidate (any rule). */
  loneAny: boolean;
}

function prepareBlock(compiled: CompiledCatalog, block: Block, units: MatchUnit[], orgs: readonly string[]): PreparedBlock | null {
  if (units.length === 0) return null;
  const keys = unitKeys(units);
  const shape = analyzeBlock(block, units);
  const breaks = breaksAfter(block.text, units);
  const scan = scanCandidates(compiled, units, keys, shape, breaks);
  const { hitsAt, anyLen, strongItems, anyItems, softItems, languageItems } = scan;
  const items = listItems(shape, units);
  const shortItems = items.filter((it) => it.content.length <= MAX_ITEM_WORDS).length;
  // A "Languages" section (or grid cell) that lists programming languages is a skills list ("C, Go"); spoken languages ("English, German") name no skill anyway.
  const programmingLanguages = block.section === "languages" && languageItems.size > 0 && languageItems.size * 2 >= shape.itemCount && shortItems === shape.itemCount;
  const inSkillsSection = block.section === "skills" || programmingLanguages;
  // A run of names with little else is a list even without separators (tables flattened by extraction).
  const dense = scan.strongCount >= 3 && Math.max(scan.strongCovered, scan.anyCovered) >= 0.6 * units.length;
  // "Database administrator focused on PostgreSQL and MySQL performance tuning, high availability and security.":
  // a summary sentence whose clause opens it and whose end is a full stop is prose, even with short comma parts.
  const sentence = block.section === "summary" && (items[0]?.content.length ?? 0) > MAX_ITEM_WORDS && /[.!?]\s*$/u.test(block.text);
  const isList = dense || (!sentence && shape.itemCount >= 3 && strongItems.size >= 2 && anyItems.size * 2 >= shape.itemCount && shortItems * 2 >= shape.itemCount);
  const label = inSkillsSection ? rowLabel(block.text, units, anyLen) : null;
  const ctx: BlockContext = {
    block,
    units,
    shape,
    breaks,
    inSkillsSection,
    isList,
    dense,
    list: listIndex(items, { any: anyLen, strong: scan.strongLen }),
    labelEnd: label?.end ?? 0,
    hitsAt,
    termPlaces: new Map(),
    orgSpans: findOrgSpans(block, orgs),
    neighborList: false,
    shared: sharedHeads(block.text, units, compiled, keys),
    consent: anyItems.size > 0 && CONSENT_HINT.test(block.text) && isConsentClause(units),
    // A list (mostly short items) whose named items are mostly soft skills; a prose paragraph that mentions two is not one.
    softLine: SOFT_SKILLS_LABEL.test(block.text) || (softItems.size >= 2 && softItems.size * 2 >= anyItems.size && shape.itemCount >= 2 && shortItems * 2 >= shape.itemCount),
    instructions: false,
  };
  return { ctx, hitsAt, loneStrong: scan.loneStrong || dense, loneAny: scan.loneAny };
}

/** The trie candidates of a block and what they say about it before any rule is applied. */
interface CandidateScan {
  /** Trie candidates at each unit. */
  hitsAt: Array<readonly TrieHit<AliasEntry>[]>;
  /** Per unit, the longest candidate (any rule) and the longest that needs no context, in units; 0 for none. */
  anyLen: number[];
  strongLen: number[];
  /** List items holding a candidate: any, one that needs no context, a soft skill, a language. */
  anyItems: Set<number>;
  strongItems: Set<number>;
  softItems: Set<number>;
  languageItems: Set<number>;
  /** The whole block is one candidate that needs no context / one candidate of any rule. */
  loneStrong: boolean;
  loneAny: boolean;
  /** Greedy cover of the block by names that need no context ("Java Python SQL Kafka"): names and units covered. */
  strongCount: number;
  strongCovered: number;
  /** Units of the greedy cover by any name (some need context: "Spring Spark JavaScript React Jenkins"). */
  anyCovered: number;
}

/** The candidates at each unit of a block (with their case as written), tallied by list item and by greedy cover. */
function scanCandidates(compiled: CompiledCatalog, units: MatchUnit[], keys: UnitKeys, shape: BlockShape, breaks: readonly boolean[]): CandidateScan {
  const hitsAt: Array<readonly TrieHit<AliasEntry>[]> = new Array(units.length);
  const strongItems = new Set<number>();
  const anyItems = new Set<number>();
  const softItems = new Set<number>();
  const languageItems = new Set<number>();
  let loneStrong = false;
  let loneAny = false;
  let strongCount = 0;
  let strongCovered = 0;
  let coverEnd = 0;
  let anyCovered = 0;
  let anyCoverEnd = 0;
  const anyLen: number[] = new Array(units.length).fill(0);
  const strongLen: number[] = new Array(units.length).fill(0);
  for (let k = 0; k < units.length; k++) {
    const hits = candidatesAt(compiled, keys, breaks, k);
    hitsAt[k] = hits;
    let longestStrong = 0;
    for (const h of hits) {
      for (const e of h.values) {
        if (!caseMatches(e, units, k)) continue;
        anyItems.add(shape.itemOf[k]);
        if (e.category === "soft-skill") softItems.add(shape.itemOf[k]);
        else if (e.category === "language") languageItems.add(shape.itemOf[k]);
        if (h.length > anyLen[k]) anyLen[k] = h.length;
        if (!e.requiresContext) {
          strongItems.add(shape.itemOf[k]);
          if (h.length > longestStrong) longestStrong = h.length;
        }
        if (k === 0 && h.length === units.length) {
          loneAny = true;
          if (!e.requiresContext) loneStrong = true;
        }
      }
    }
    strongLen[k] = longestStrong;
    if (longestStrong > 0 && k >= coverEnd) {
      strongCount++;
      strongCovered += longestStrong;
      coverEnd = k + longestStrong;
    }
    if (anyLen[k] > 0 && k >= anyCoverEnd) {
      anyCovered += anyLen[k];
      anyCoverEnd = k + anyLen[k];
    }
  }
  return { hitsAt, anyLen, strongLen, anyItems, strongItems, softItems, languageItems, loneStrong, loneAny, strongCount, strongCovered, anyCovered };
}

/** Rejected candidates as the matcher keeps them: with the block offset they sort by. */
type IgnoredAt = IgnoredCandidate & { start: number };

/**
 * Matches one prepared block: curated names leftmost-longest, then the
 * generated vocabulary on what they left, then names that share a head word;
 * collects the block's unrecognized list terms; and turns what was accepted
 * into occurrences unless negated in its sentence.
 */
function matchBlock(
  compiled: CompiledCatalog,
  prepared: PreparedBlock,
  out: LocatedOccurrence[],
  ignored: IgnoredAt[],
  unrecognized: UnrecognizedTerm[],
  wrap: { wrapIn: boolean; wrapOut: boolean },
): void {
  const { ctx, hitsAt } = prepared;
  const { block, units, shape, inSkillsSection } = ctx;
  const covered: boolean[] = new Array(units.length).fill(false);
  const accepted = acceptCurated(compiled, ctx, covered, ignored);
  // The generated vocabulary, on what no curated name took (see vocabulary.ts).
  const touched = hitsAt.map((h) => h.length > 0);
  if (compiled.vocabulary) {
    const v = matchVocabulary(
      compiled.vocabulary,
      { text: block.text, units, shape, breaks: ctx.breaks, listContext: inSkillsSection || ctx.dense || ctx.neighborList, dense: ctx.dense, list: ctx.list },
      covered,
      (e, k, len) => rejectReason(compiled, ctx, e, k, len),
    );
    for (const h of v.hits) {
      if (h.why === null) accepted.push(h);
      else ignored.push({ ...ignoredOf(ctx, h.entry, h.k, h.len, h.why), start: units[h.k].start });
    }
    v.candidateAt.forEach((c, k) => c && (touched[k] = true));
  }
  addSharedHeads(ctx, accepted);

  // Terms of a list that no name (curated, vocabulary or shared head) touched: the unrecognized ones.
  for (let k = 0; k < units.length; k++) if (covered[k]) touched[k] = true;
  for (const g of ctx.shared.hits) for (let i = g.k; i < g.k + g.len && i < units.length; i++) touched[i] = true;
  unrecognized.push(...unrecognizedIn({ block, units, shape, inSkillsSection, labelEnd: ctx.labelEnd, ...wrap }, touched));

  emitOccurrences(ctx, accepted, covered, out, ignored);
}

/**
 * The curated names of a block, leftmost-longest: at each position the
 * longest acceptable candidate wins; a candidate nested inside an accepted
 * one is skipped, but one that starts inside and ends beyond it still counts
 * ("REST API design" → REST API + API design). Marks the units taken in
 * `covered` and adds the rejected candidates (one per skill and position) to
 * `ignored`.
 */
function acceptCurated(compiled: CompiledCatalog, ctx: BlockContext, covered: boolean[], ignored: IgnoredAt[]): Accepted[] {
  const { block, units, hitsAt } = ctx;
  const accepted: Accepted[] = [];
  let coveredEnd = 0;
  for (let k = 0; k < units.length; k++) {
    if (hitsAt[k].length === 0) continue; // most units start no name
    // Inside an accepted name, a name may start only at a new word: "T-SQL queries" is T-SQL, not "SQL queries" too.
    if (k < coveredEnd && k > 0 && /^-?$/.test(block.text.slice(units[k - 1].end, units[k].start))) continue;
    const rejected: Array<{ entry: AliasEntry; len: number; why: string }> = [];
    const acceptedHere = new Set<string>();
    for (const group of hitsAt[k]) {
      if (k + group.length <= coveredEnd) break;
      const ok: AliasEntry[] = [];
      for (const entry of group.values) {
        if (ok.some((e) => e.skillId === entry.skillId)) continue;
        const why = rejectReason(compiled, ctx, entry, k, group.length);
        if (why === null) ok.push(entry);
        else rejected.push({ entry, len: group.length, why });
      }
      if (ok.length > 0) {
        for (const entry of ok) {
          accepted.push({ entry, k, len: group.length });
          acceptedHere.add(entry.skillId);
        }
        for (let i = k; i < k + group.length; i++) covered[i] = true;
        coveredEnd = k + group.length;
        break;
      }
    }
    // Rejections at this position are dropped when the same skill is accepted here at a shorter length.
    const seenRejected = new Set<string>();
    for (const r of rejected) {
      if (acceptedHere.has(r.entry.skillId) || seenRejected.has(r.entry.skillId)) continue;
      seenRejected.add(r.entry.skillId);
      ignored.push({ ...ignoredOf(ctx, r.entry, k, r.len, r.why), start: units[k].start });
    }
  }
  return accepted;
}

/** "unit and integration tests", "Unit/Perf/E2E Testing": adds the members that share the head word, unless inside a name taken. */
function addSharedHeads(ctx: BlockContext, accepted: Accepted[]): void {
  const inName: boolean[] = new Array(ctx.units.length).fill(false);
  for (const a of accepted) for (let i = a.k; i < a.k + a.len - 1; i++) inName[i] = true;
  const have = new Set(accepted.map((a) => `${a.k}|${a.entry.skillId}`));
  for (const g of ctx.shared.hits) {
    if (inName[g.k] || have.has(`${g.k}|${g.entry.skillId}`)) continue;
    have.add(`${g.k}|${g.entry.skillId}`);
    accepted.push(g);
  }
}

/**
 * The occurrences of the accepted names, with their place, list and hedge
 * facts. A skill negated anywhere in a sentence is not claimed by its other
 * mentions there ("I have read a lot of Rust but have no production Rust
 * yet"): those go to `ignored`, as do names of whom the work was for.
 */
function emitOccurrences(ctx: BlockContext, accepted: readonly Accepted[], covered: readonly boolean[], out: LocatedOccurrence[], ignored: IgnoredAt[]): void {
  const { block, units, shape } = ctx;
  const negatedIn = new Map<string, string>();
  for (const a of accepted) {
    const negation = findNegation(units, a.k, shape.sentenceStart[a.k], covered) ?? negationAfter(units, a.k + a.len, block.text);
    const forWhom = negation === null ? beneficiaryOf(units, a.k, a.k + a.len) : null;
    const why = negation !== null ? `negated ('${negation}')` : forWhom !== null ? `names whom the work was for ('${forWhom}'), not a skill used` : null;
    if (why !== null) negatedIn.set(`${a.entry.skillId}|${shape.sentenceStart[a.k]}`, why);
  }
  for (const a of accepted) {
    const sStart = shape.sentenceStart[a.k];
    const neg = negatedIn.get(`${a.entry.skillId}|${sStart}`) ?? null;
    if (neg !== null) {
      ignored.push({ ...ignoredOf(ctx, a.entry, a.k, a.len, neg), start: units[a.k].start });
      continue;
    }
    const hedge = findHedge(units, a.k, sStart, covered);
    const loc = located(ctx, a.k, a.len);
    const line = block.lines[loc.li];
    const occ: Occurrence = {
      skillId: a.entry.skillId,
      alias: a.entry.alias,
      matched: loc.matched,
      section: line.section,
      line: line.line,
      start: loc.start,
      end: loc.end,
      inBullet: block.inBullet,
      inSkillsList: ctx.inSkillsSection || ctx.isList || ctx.neighborList,
      hedged: hedge !== null,
      text: block.rawText,
    };
    const entryIndex = line.entryIndex ?? block.entryIndex;
    out.push({ occurrence: occ, ...(entryIndex !== undefined ? { entryIndex } : {}) });
  }
}

/**
 * Skills laid out one per line (a skills grid or column): a block that is one
 * skill name counts as a list item when the block before or after it is
 * also a lone skill name that needs no context.
 */
function markNeighborLists(prepared: ReadonlyArray<PreparedBlock | null>): void {
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i];
    if (!p || !p.loneAny) continue;
    const prev = i > 0 ? prepared[i - 1] : null;
    const next = i + 1 < prepared.length ? prepared[i + 1] : null;
    if ((prev?.loneStrong ?? false) || (next?.loneStrong ?? false)) p.ctx.neighborList = true;
  }
}

/** Sections that hold the owner's own claims, where "a CLI that lets you deploy" describes what was built. */
const CLAIM_SECTIONS: ReadonlySet<string> = new Set(["experience", "projects", "volunteer", "skills"]);

/**
 * A section outside the claim sections that addresses the reader ("you can
 * choose", "allows you to create") and never speaks in the first person is
 * a template's instructions: its blocks are marked, and their prose names
 * no skill (see `voiceOf` in boilerplate.ts). Linear in the resume.
 */
function markReaderInstructions(blocks: readonly BlockUnits[], prepared: ReadonlyArray<PreparedBlock | null>): void {
  const addressed = new Set<number>();
  const firstPerson = new Set<number>();
  blocks.forEach((b, i) => {
    if (!prepared[i] || CLAIM_SECTIONS.has(b.block.section)) return;
    const voice = voiceOf(b.units);
    const section = b.block.lines[0].sectionIndex;
    if (voice.addressesReader) addressed.add(section);
    if (voice.firstPerson) firstPerson.add(section);
  });
  if (addressed.size === 0) return;
  blocks.forEach((b, i) => {
    const p = prepared[i];
    const section = b.block.lines[0].sectionIndex;
    if (p && !CLAIM_SECTIONS.has(b.block.section) && addressed.has(section) && !firstPerson.has(section)) p.ctx.instructions = true;
  });
}

/** Lower-case words that may sit inside an organization's name ("Bank of America", "Ernst & Young"). */
const ORG_CONNECTORS = new Set(["of", "and", "&", "the", "for", "de", "la", "le", "du", "des", "der", "von", "und", "at", "in", "y", "e"]);

/**
 * Employer / school names are short and capitalized; a long "name", or one
 * with ordinary lower-case words, is a sentence the segmenter took for one.
 */
function isPlausibleOrganization(name: string | null | undefined): boolean {
  if (!name) return false;
  const t = name.trim();
  if (t.length < 2 || t.length > 60) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w) => {
    const c = w.charAt(0);
    return c === c.toUpperCase() || ORG_CONNECTORS.has(w.toLowerCase());
  });
}

function organizationsOf(resume: SegmentedResume): string[] {
  const set = new Set<string>();
  for (const o of resume.organizations ?? []) if (isPlausibleOrganization(o)) set.add(o.trim());
  for (const e of resume.experience?.entries ?? []) if (e.organization && isPlausibleOrganization(e.organization)) set.add(e.organization.trim());
  // Longest first, so "Oracle Corporation" is tried before "Oracle".
  return [...set].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Match a segmented resume against a compiled catalog. */
export function matchResume(compiled: CompiledCatalog, resume: SegmentedResume, options: MatchOptions): MatchResult {
  const orgs = organizationsOf(resume);
  const found: LocatedOccurrence[] = [];
  const ignored: IgnoredAt[] = [];
  const unrecognized: UnrecognizedTerm[] = [];
  const blocks = blocksWithUnits(resume);
  const prepared = blocks.map((b) => prepareBlock(compiled, b.block, b.units, orgs));
  markNeighborLists(prepared);
  if (options.document !== "job-posting") markReaderInstructions(blocks, prepared);
  prepared.forEach((p, i) => {
    if (!p) return;
    // Skills rows wrapped in a narrow column ("…, SQL" / "Server, …") leave half an item at each edge.
    const b = p.ctx.block;
    const rowOf = (q: PreparedBlock | null | undefined) =>
      q && q.ctx.block.section === "skills" && !q.ctx.block.inBullet && q.ctx.block.lines[0].sectionIndex === b.lines[0].sectionIndex ? q : null;
    const prev = rowOf(prepared[i - 1]);
    const next = rowOf(prepared[i + 1]);
    const plain = !b.inBullet;
    const wrap = { wrapIn: plain && prev !== null && endsOpen(prev.ctx.block.rawText), wrapOut: plain && next !== null && endsOpen(b.rawText) };
    matchBlock(compiled, p, found, ignored, unrecognized, wrap);
  });
  ignored.sort((a, b) => a.line - b.line || a.start - b.start || (a.skillId < b.skillId ? -1 : a.skillId > b.skillId ? 1 : 0));
  return {
    skills: aggregateSkills(compiled.catalog, resume, found, options, compiled.vocabulary?.byId),
    ignored: ignored.map(({ start: _start, ...rest }) => rest),
    unrecognized: dedupeTerms(unrecognized),
  };
}
