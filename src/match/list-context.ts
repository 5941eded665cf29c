/**
 * List context: whether a mention sits in a real list of technologies, the
 * context ambiguous names ("Go", "Spring") need when no related term is near.
 */
import type { BlockShape } from "./block-analysis.js";
import type { MatchUnit } from "./units.js";

/**
 * "A list of technologies" as context for a name that needs it: the name
 * must sit in a run of at least three list items (two or more separators:
 * commas, slashes, pipes, semicolons, "and"/"or" in a comma list) whose
 * inner items are short (a name, not a clause), and at least two items of
 * the run must hold a catalog name, one of them (besides the candidate's
 * own item) a name that needs no context, and at least half of the run's
 * items must hold one.
 *
 * A long item (a clause: "Built services in Go") can still open or close a
 * run, but only its end next to the separator is list-like: the name must
 * sit within {@link EDGE_SLACK} words of that separator. So "Led a migration
 * to a sharded datastore, cutting p99 latency across 30M monthly
 * transactions" is no list (one separator, and the name is far from it).
 */

/** Most words (not counting "and"/"or") of an item that counts as a short list item. */
export const MAX_ITEM_WORDS = 4;
/** Most words between a name in a clause-like edge item and the separator next to it. */
export const EDGE_SLACK = 2;
/** Fewest items of a run that counts as a list (two separators). */
export const MIN_RUN_ITEMS = 3;

const CONJUNCTIONS = new Set(["and", "or", "&"]);

/** One list item of a block: its content units (without "and"/"or"). */
export interface ListItem {
  /** Unit indices of the item's words, conjunctions left out. */
  content: number[];
}

/** Per-unit candidate lengths: longest catalog name starting at each unit (0: none). */
export interface UnitCandidates {
  /** Any name (case rules already applied). */
  any: readonly number[];
  /** Names that need no context. */
  strong: readonly number[];
}

/** The list items of a block, from its shape. */
export function listItems(shape: BlockShape, units: readonly MatchUnit[]): ListItem[] {
  const items: ListItem[] = [];
  for (let i = 0; i < shape.itemCount; i++) items.push({ content: [] });
  for (let k = 0; k < units.length; k++) {
    if (CONJUNCTIONS.has(units[k].folded)) continue;
    items[shape.itemOf[k]].content.push(k);
  }
  return items;
}

type Zone = "all" | "head" | "tail";

/** Number of entries of sorted `c` greater than `x`. */
function countAbove(c: readonly number[], x: number): number {
  let lo = 0;
  let hi = c.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return c.length - lo;
}

/** Most units of a catalog name looked at when scanning an item's tail. */
const MAX_NAME_UNITS = 12;

/** True when a name of `lengths` starts inside `zone` of the item: near its start ("head") or end ("tail"). */
function itemHas(item: ListItem, lengths: readonly number[], zone: Zone): boolean {
  const c = item.content;
  const from = zone === "tail" ? Math.max(0, c.length - 1 - EDGE_SLACK - MAX_NAME_UNITS) : 0;
  const to = zone === "head" ? Math.min(c.length, EDGE_SLACK + 1) : c.length;
  for (let p = from; p < to; p++) {
    const k = c[p];
    const len = lengths[k];
    if (len === 0) continue;
    if (zone === "tail" && countAbove(c, k + len - 1) > EDGE_SLACK) continue;
    return true;
  }
  return false;
}

/**
 * Per-block facts for {@link inTechList}, computed once in linear time:
 * which items are long, and prefix counts of short items holding a name.
 */
export interface ListIndex {
  items: readonly ListItem[];
  long: boolean[];
  /** Nearest long item at or before / after each item (-1 / items.length when none). */
  prevLong: number[];
  nextLong: number[];
  /** Prefix sums over items (short items: whole item) of "holds any name" / "holds a name needing no context". */
  anyPrefix: number[];
  strongPrefix: number[];
  cands: UnitCandidates;
}

/** Build the {@link ListIndex} of a block. */
export function listIndex(items: readonly ListItem[], cands: UnitCandidates): ListIndex {
  const n = items.length;
  const long = items.map((it) => it.content.length > MAX_ITEM_WORDS);
  const prevLong: number[] = new Array(n);
  const nextLong: number[] = new Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    if (long[i]) last = i;
    prevLong[i] = last;
  }
  for (let i = n - 1, next = n; i >= 0; i--) {
    if (long[i]) next = i;
    nextLong[i] = next;
  }
  const anyPrefix: number[] = [0];
  const strongPrefix: number[] = [0];
  for (let i = 0; i < n; i++) {
    anyPrefix.push(anyPrefix[i] + (!long[i] && itemHas(items[i], cands.any, "all") ? 1 : 0));
    strongPrefix.push(strongPrefix[i] + (!long[i] && itemHas(items[i], cands.strong, "all") ? 1 : 0));
  }
  return { items, long, prevLong, nextLong, anyPrefix, strongPrefix, cands };
}

function runHolds(ix: ListIndex, a: number, b: number, own: number): boolean {
  if (b - a + 1 < MIN_RUN_ITEMS) return false;
  // Inner items are short (a run breaks at a long item); edges may be long.
  let skillItems = ix.anyPrefix[b + 1] - ix.anyPrefix[a];
  let strongItems = ix.strongPrefix[b + 1] - ix.strongPrefix[a];
  if (!ix.long[own] && itemHas(ix.items[own], ix.cands.strong, "all")) strongItems--;
  for (const [j, zone] of [
    [a, "tail"],
    [b, "head"],
  ] as const) {
    if (!ix.long[j]) continue;
    if (itemHas(ix.items[j], ix.cands.any, zone)) skillItems++;
    if (j !== own && itemHas(ix.items[j], ix.cands.strong, zone)) strongItems++;
  }
  return skillItems >= 2 && strongItems >= 1 && skillItems * 2 >= b - a + 1;
}

/**
 * True when the candidate starting at unit `k` (`len` units) sits in a list
 * of technologies (see the module comment).
 */
export function inTechList(ix: ListIndex, shape: BlockShape, k: number, len: number): boolean {
  const own = shape.itemOf[k];
  const n = ix.items.length;
  const left = own > 0 ? Math.max(0, ix.prevLong[own - 1]) : 0;
  const right = own < n - 1 ? (ix.nextLong[own + 1] === n ? n - 1 : ix.nextLong[own + 1]) : n - 1;
  if (!ix.long[own]) return runHolds(ix, left, right, own);
  // A clause: the name must be next to a separator, and the run lies on that side.
  const c = ix.items[own].content;
  const after = countAbove(c, k + len - 1);
  const before = c.length - countAbove(c, k - 1);
  if (before <= EDGE_SLACK && own > 0 && runHolds(ix, left, own, own)) return true;
  if (after <= EDGE_SLACK && own < n - 1 && runHolds(ix, own, right, own)) return true;
  return false;
}
