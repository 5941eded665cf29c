/**
 * Every avoid phrase of a catalog (shared ones plus each role's and level's
 * inline ones), computed once per catalog object so the phrase trie built
 * from it (cached per array by `findPhrases`) is reused across resumes.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { AvoidPhrase } from "../keywords/schema.js";
import { compareStrings } from "../util/compare.js";
import { LEVELS } from "../levels.js";

const cache = new WeakMap<Catalog, readonly AvoidPhrase[]>();

/** Every avoid phrase of `catalog`, deduplicated by id (shared first), sorted by id; the same array for the same catalog. */
export function allAvoidPhrases(catalog: Catalog): readonly AvoidPhrase[] {
  const hit = cache.get(catalog);
  if (hit) return hit;
  const byId = new Map<string, AvoidPhrase>();
  for (const p of catalog.avoid) byId.set(p.id, p);
  for (const r of catalog.roles) {
    const lists = [r.avoid, ...LEVELS.map((l) => r.levels?.[l]?.avoid ?? [])];
    for (const list of lists) for (const a of list ?? []) if (typeof a !== "string" && !byId.has(a.id)) byId.set(a.id, a);
  }
  const out = [...byId.values()].sort((a, b) => compareStrings(a.id, b.id));
  cache.set(catalog, out);
  return out;
}
