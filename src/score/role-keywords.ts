import type { Catalog } from "../keywords/catalog.js";
import type { AvoidPhrase, Role, RoleEntry } from "../keywords/schema.js";
import type { Level } from "../report/types.js";
import type { RoleKeyword } from "./keywords.js";

/** A role's effective lists for one level: what the scorer and hints use. */
export interface RoleLists {
  mustHave: RoleKeyword[];
  strong: RoleKeyword[];
  /** Shared avoid phrases plus the role's own (and its level's), deduplicated by id. */
  avoid: AvoidPhrase[];
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function toKeyword(entry: RoleEntry, catalog: Catalog, source: RoleKeyword["source"]): RoleKeyword {
  if (typeof entry === "string") {
    return { id: entry, label: catalog.skillById.get(entry)?.name ?? entry, skills: [entry], weight: 1, source };
  }
  if ("skill" in entry) {
    return {
      id: entry.skill,
      label: catalog.skillById.get(entry.skill)?.name ?? entry.skill,
      skills: [entry.skill],
      weight: entry.weight ?? 1,
      source,
    };
  }
  return { id: `any:${slug(entry.label)}`, label: entry.label, skills: [...entry.anyOf], weight: entry.weight ?? 1, source };
}

function addAll(into: RoleKeyword[], seen: Set<string>, entries: RoleEntry[] | undefined, catalog: Catalog, source: RoleKeyword["source"]): void {
  for (const e of entries ?? []) {
    const k = toKeyword(e, catalog, source);
    if (seen.has(k.id)) continue;
    seen.add(k.id);
    into.push(k);
  }
}

/**
 * The effective must-have, strong and avoid lists of a role at a level:
 * the role's lists, then the level's additions (an id listed twice counts once,
 * where it first appears; a keyword that is must-have is not also strong).
 */
export function roleKeywords(role: Role, level: Level | null, catalog: Catalog): RoleLists {
  const levelLists = level ? role.levels?.[level] : undefined;
  const source = level ? (`level:${level}` as const) : "role";
  const mustHave: RoleKeyword[] = [];
  const strong: RoleKeyword[] = [];
  const seen = new Set<string>();
  addAll(mustHave, seen, role.mustHave, catalog, "role");
  addAll(mustHave, seen, levelLists?.mustHave, catalog, source);
  addAll(strong, seen, role.strong, catalog, "role");
  addAll(strong, seen, levelLists?.strong, catalog, source);

  const avoid: AvoidPhrase[] = [];
  const avoidSeen = new Set<string>();
  const pushAvoid = (p: AvoidPhrase | undefined) => {
    if (!p || avoidSeen.has(p.id)) return;
    avoidSeen.add(p.id);
    avoid.push(p);
  };
  for (const p of catalog.avoid) pushAvoid(p);
  for (const a of [...role.avoid, ...(levelLists?.avoid ?? [])]) {
    pushAvoid(typeof a === "string" ? catalog.avoidById.get(a) : a);
  }
  return { mustHave, strong, avoid };
}
