import type { Catalog } from "../keywords/catalog.js";
import { resolveRoleLists, type ResolvedRoleEntry } from "../keywords/load.js";
import type { AvoidPhrase, Role } from "../keywords/schema.js";
import type { Level } from "../report/types.js";
import type { RoleKeyword } from "./keywords.js";

/** A role's effective lists for one level: what the scorer and hints use. */
export interface RoleLists {
  mustHave: RoleKeyword[];
  strong: RoleKeyword[];
  /** Every shared phrase of `keywords/avoid.json`, plus the role's own (and its level's), deduplicated by id. */
  avoid: AvoidPhrase[];
}

function toKeyword(e: ResolvedRoleEntry, base: ReadonlySet<string>, level: Level | null): RoleKeyword {
  return {
    id: e.key,
    label: e.label,
    skills: [...e.skillIds],
    weight: e.weight,
    source: level && !base.has(e.key) ? `level:${level}` : "role",
  };
}

/** Lists already built, per catalog, role object and level (catalogs and roles are not mutated after loading). */
const cache = new WeakMap<Catalog, WeakMap<Role, Map<Level | "", RoleLists>>>();

/**
 * The effective must-have, strong and avoid lists of a role at a level
 * (`resolveRoleLists`), with the list each keyword came from: the role file
 * or the level's additions. Built once per catalog, role and level; the
 * result is shared, so callers must not mutate it.
 */
export function roleKeywords(role: Role, level: Level | null, catalog: Catalog): RoleLists {
  let byRole = cache.get(catalog);
  if (!byRole) {
    byRole = new WeakMap();
    cache.set(catalog, byRole);
  }
  let byLevel = byRole.get(role);
  if (!byLevel) {
    byLevel = new Map();
    byRole.set(role, byLevel);
  }
  const hit = byLevel.get(level ?? "");
  if (hit) return hit;
  const lists = buildRoleKeywords(role, level, catalog);
  byLevel.set(level ?? "", lists);
  return lists;
}

function buildRoleKeywords(role: Role, level: Level | null, catalog: Catalog): RoleLists {
  const lists = resolveRoleLists(role, level ?? undefined, catalog);
  const baseLists = level ? resolveRoleLists(role, undefined, catalog) : lists;
  const base = new Set([...baseLists.mustHave, ...baseLists.strong].map((e) => e.key));
  const avoid = new Map<string, AvoidPhrase>();
  for (const p of catalog.avoid) avoid.set(p.id, p);
  for (const p of lists.avoid) if (!avoid.has(p.id)) avoid.set(p.id, p);
  return {
    mustHave: lists.mustHave.map((e) => toKeyword(e, base, level)),
    strong: lists.strong.map((e) => toKeyword(e, base, level)),
    avoid: [...avoid.values()],
  };
}
