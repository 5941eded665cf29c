/**
 * Matching the generated technology vocabulary (`keywords/vocabulary.json`)
 * beside the curated catalog.
 *
 * - Curated skills always win: a vocabulary form whose key a curated alias
 *   has is never compiled, and a vocabulary name is only looked for on units
 *   no accepted curated name covers ("Spring Boot Admin" stays Spring Boot).
 * - A name not marked `common` counts wherever it is written (any case), like
 *   a curated name without ambiguity rules.
 * - A `common` name (also an English word or a common name: "Sphinx",
 *   "Unity") counts only inside a skills section or a list of technologies,
 *   and only with its case as written (a lower-case form also matches with a
 *   capital first letter, as list items are written: "pandas" → "Pandas").
 *   The list test is the matcher's own, with vocabulary names counted as
 *   names ("Sphinx, Aerospike, Dask" is a list), and the name must be a whole
 *   list item ("Image Processing" does not name Processing), unless the block
 *   is a run of names without separators. A name joined by "/" to a name
 *   already taken is in a list too ("HTML/Bootstrap").
 * - A data or file format (category "data": CSV, TSV, INI, vCard...) counts
 *   only in the same lists, in any case: in prose it names a file ("imports
 *   from CSV exports"), not a skill.
 * - Employer and school names, organization suffixes ("Foo Foundation"),
 *   phrase breakers and negation apply as to curated names.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { VocabularyName } from "../keywords/schema.js";
import type { BlockShape } from "./block-analysis.js";
import type { AliasEntry } from "./compile.js";
import { breaksAfter, spanAllowed } from "./gaps.js";
import { inTechList, listIndex, type ListIndex } from "./list-context.js";
import { PhraseTrie } from "./phrase-trie.js";
import { toUnits, type MatchUnit } from "./units.js";

/** A compiled vocabulary form: an alias entry (so the matcher's occurrence path takes it as is) plus its rule. */
export interface VocabularyEntry extends AliasEntry {
  /** Also an English word or a common name: lists only, case as written. */
  common: boolean;
  /** Counts only in a skills list or a list of technologies: a common name, or a data format. */
  listOnly: boolean;
}

/** The vocabulary of a catalog, compiled once with it. */
export interface CompiledVocabulary {
  /** Forms keyed by folded units. */
  trie: PhraseTrie<VocabularyEntry>;
  /** The names kept (those no curated skill covers), by id. */
  byId: Map<string, VocabularyName>;
  /** Number of forms compiled. */
  formCount: number;
}

/** Forms of plain ASCII words and spaces ("Apache Pinot", "Unity3D"): split without the tokenizer. */
const PLAIN_FORM = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * The units of a vocabulary form (text and folded key), as `toUnits` gives
 * them. Most forms are plain words, whose units are their space-separated
 * words: those skip the tokenizer and its stemmer, which would make the first
 * analysis several times slower for thousands of forms.
 */
export function formUnits(text: string): Array<{ text: string; folded: string }> {
  if (PLAIN_FORM.test(text)) return text.split(" ").map((w) => ({ text: w, folded: w.toLowerCase() }));
  return toUnits(text, false).map((u) => ({ text: u.text, folded: u.folded }));
}

/**
 * Compile `catalog.vocabulary`, leaving out every form whose key a curated
 * alias has (`curatedKeys`: folded units joined by spaces) and every name
 * whose id a curated skill has.
 */
export function compileVocabulary(catalog: Catalog, curatedKeys: ReadonlySet<string>): CompiledVocabulary | undefined {
  const vocabulary = catalog.vocabulary;
  if (!vocabulary) return undefined;
  const trie = new PhraseTrie<VocabularyEntry>();
  const byId = new Map<string, VocabularyName>();
  let formCount = 0;
  for (const name of vocabulary.names) {
    if (catalog.skillById.has(name.id)) continue;
    const nameUnits = formUnits(name.name);
    if (nameUnits.length === 0 || curatedKeys.has(nameUnits.map((u) => u.folded).join(" "))) continue;
    const forms: Array<{ text: string; common: boolean }> = [{ text: name.name, common: name.common === true }];
    for (const a of name.aliases ?? []) forms.push(typeof a === "string" ? { text: a, common: false } : { text: a.text, common: true });
    let kept = 0;
    const seen = new Set<string>();
    for (const f of forms) {
      const units = f === forms[0] ? nameUnits : formUnits(f.text);
      const keys = units.map((u) => u.folded);
      const key = keys.join(" ");
      if (units.length === 0 || curatedKeys.has(key) || seen.has(`${key}|${f.common}`)) continue;
      seen.add(`${key}|${f.common}`);
      trie.add(keys, {
        skillId: name.id,
        category: name.category,
        alias: f.text,
        caseUnits: units.map((u) => u.text),
        caseSensitive: f.common,
        capitalized: false,
        foldedUnits: null,
        requiresContext: f.common,
        stem: false,
        followVeto: [],
        precedeVeto: [],
        gapBreaks: PLAIN_FORM.test(f.text) ? new Array<boolean>(units.length).fill(false) : breaksAfter(f.text, toUnits(f.text, false)),
        common: f.common,
        listOnly: f.common || name.category === "data",
      });
      kept++;
    }
    if (kept > 0) {
      byId.set(name.id, name);
      formCount += kept;
    }
  }
  return { trie, byId, formCount };
}

/**
 * True when a common form's case is as written: exact; a lower-case form
 * written with a capital first letter, as list items are ("pandas" →
 * "Pandas"); or a form with capitals written all in capitals ("Cuda" →
 * "CUDA"). A common word in lower case is a word, never the name.
 */
export function vocabularyCaseMatches(entry: VocabularyEntry, units: readonly MatchUnit[], k: number): boolean {
  if (!entry.common) return true;
  for (let i = 0; i < entry.caseUnits.length; i++) {
    const want = entry.caseUnits[i];
    const got = units[k + i].text;
    if (got === want) continue;
    const lower = want === want.toLowerCase();
    if (i === 0 && lower && got === want.charAt(0).toUpperCase() + want.slice(1)) continue;
    if (!lower && got === want.toUpperCase() && got !== got.toLowerCase()) continue;
    return false;
  }
  return true;
}

/** What the matcher knows about a block, for the vocabulary pass. */
export interface VocabularyBlock {
  /** The block's text (links masked), which the units index. */
  text: string;
  units: readonly MatchUnit[];
  shape: BlockShape;
  /** Phrase breaker after each unit (see gaps.ts). */
  breaks: readonly boolean[];
  /** The block is a skills-section row, a dense run of names, or one name in a column of names. */
  listContext: boolean;
  /** The block is a run of names without separators (a flattened table): items cannot be told apart. */
  dense: boolean;
  /** The curated list facts of the block (items and curated name lengths). */
  list: ListIndex;
}

/** A vocabulary candidate the pass accepted or rejected. */
export interface VocabularyHit {
  entry: VocabularyEntry;
  k: number;
  len: number;
  /** Null when accepted. */
  why: string | null;
}

const NOT_IN_LIST = "a common word: counts only in a skills list or a list of technologies";
const FORMAT_NOT_IN_LIST = "a data format: in a sentence it names a file; counts only in a skills list or a list of technologies";

/**
 * The vocabulary names of a block, leftmost-longest, on units that no
 * accepted curated name covers (`covered`, updated with the names accepted
 * here). `reject` applies the matcher's own rules (employer names, vetoes,
 * labels) to a candidate. Returns the accepted names and, per position, the
 * rejected ones.
 */
export function matchVocabulary(
  cv: CompiledVocabulary,
  block: VocabularyBlock,
  covered: boolean[],
  reject: (entry: AliasEntry, k: number, len: number) => string | null,
): { hits: VocabularyHit[]; candidateAt: boolean[] } {
  const { units } = block;
  const folded = units.map((u) => u.folded);
  const candidateAt: boolean[] = new Array(units.length).fill(false);
  const found: VocabularyHits[] = new Array(units.length);
  let any = false;
  for (let k = 0; k < units.length; k++) {
    const hits = covered[k] ? [] : cv.trie.matchesAt(folded, k);
    found[k] = hits;
    if (hits.length > 0) {
      candidateAt[k] = true;
      any = true;
    }
  }
  const out: VocabularyHit[] = [];
  if (!any) return { hits: out, candidateAt };
  const inList = listTest(block, covered, found);
  for (let k = 0; k < units.length; k++) {
    const hits = found[k];
    if (hits.length === 0 || covered[k]) continue;
    const { taken, rejected } = candidateAtUnit(block, hits, k, covered, reject, inList);
    if (taken) {
      out.push(taken);
      for (let i = k; i < k + taken.len; i++) covered[i] = true;
    }
    const seen = new Set<string>(taken ? [taken.entry.skillId] : []);
    for (const r of rejected) {
      if (seen.has(r.entry.skillId)) continue;
      seen.add(r.entry.skillId);
      out.push(r);
    }
  }
  return { hits: out, candidateAt };
}

/** The vocabulary trie's candidates at one unit, longest first. */
type VocabularyHits = ReturnType<PhraseTrie<VocabularyEntry>["matchesAt"]>;

/**
 * The test a list-only name (a common word, a data format) must pass at
 * [k, k+len): a dense block, a slash to a name taken, or a whole list item
 * of a skills row or of a list of technologies (its list facts built on
 * first use, vocabulary names counted).
 */
function listTest(block: VocabularyBlock, covered: readonly boolean[], found: readonly VocabularyHits[]): (k: number, len: number) => boolean {
  let list: ListIndex | null = null;
  return (k, len) => {
    if (block.dense) return true;
    // "HTML/Bootstrap": joined by a slash to a name already taken.
    if (slashNeighbour(block, covered, k, len)) return true;
    // In a list with separators, a common word must be a whole item: "Sphinx" is the tool, "Image Processing" is not Processing.
    if (!wholeItem(block, k, len)) return false;
    if (block.listContext) return true;
    list ??= vocabularyListIndex(block, found);
    return inTechList(list, block.shape, k, len);
  };
}

/**
 * At unit `k`, the longest free candidate that passes the matcher's rules
 * and (when list-only) the list test, and the candidates rejected before it.
 */
function candidateAtUnit(
  block: VocabularyBlock,
  hits: VocabularyHits,
  k: number,
  covered: readonly boolean[],
  reject: (entry: AliasEntry, k: number, len: number) => string | null,
  inList: (k: number, len: number) => boolean,
): { taken: VocabularyHit | null; rejected: VocabularyHit[] } {
  const rejected: VocabularyHit[] = [];
  for (const h of hits) {
    let free = true;
    for (let i = k; i < k + h.length; i++) if (covered[i]) free = false;
    if (!free) continue;
    for (const e of h.values) {
      if (!spanAllowed(block.breaks, k, h.length, e.gapBreaks)) continue;
      // A common word in another case is a word, not the name: not worth an `ignored` entry.
      if (!vocabularyCaseMatches(e, block.units, k)) continue;
      let why = reject({ ...e, caseSensitive: false, requiresContext: false }, k, h.length);
      if (why === null && e.listOnly && !inList(k, h.length)) why = e.common ? NOT_IN_LIST : FORMAT_NOT_IN_LIST;
      if (why === null) return { taken: { entry: e, k, len: h.length, why: null }, rejected };
      rejected.push({ entry: e, k, len: h.length, why });
    }
  }
  return { taken: null, rejected };
}

/** True when the name at [k, k+len) is joined by "/" to a unit an accepted name covers ("HTML/Bootstrap", "Delphi / SQL Server"). */
function slashNeighbour(block: VocabularyBlock, covered: readonly boolean[], k: number, len: number): boolean {
  const { units, text } = block;
  const end = k + len - 1;
  if (k > 0 && covered[k - 1] && text.slice(units[k - 1].end, units[k].start).trim() === "/") return true;
  return end + 1 < units.length && covered[end + 1] && text.slice(units[end].end, units[end + 1].start).trim() === "/";
}

/** True when units [k, k+len) are all the content of their list item (conjunctions aside). */
function wholeItem(block: VocabularyBlock, k: number, len: number): boolean {
  const item = block.list.items[block.shape.itemOf[k]];
  if (!item) return false;
  const c = item.content;
  return c.length === len && c[0] === k && c[c.length - 1] === k + len - 1;
}

/** The block's list facts with vocabulary names counted as names (common ones as names that need context). */
function vocabularyListIndex(block: VocabularyBlock, found: ReadonlyArray<ReadonlyArray<{ length: number; values: readonly VocabularyEntry[] }>>): ListIndex {
  const base = block.list.cands;
  const anyLen = base.any.slice();
  const strongLen = base.strong.slice();
  for (let k = 0; k < found.length; k++) {
    for (const h of found[k]) {
      for (const e of h.values) {
        if (!vocabularyCaseMatches(e, block.units, k)) continue;
        if (h.length > anyLen[k]) anyLen[k] = h.length;
        if (!e.listOnly && h.length > strongLen[k]) strongLen[k] = h.length;
      }
    }
  }
  return listIndex(block.list.items, { any: anyLen, strong: strongLen });
}
