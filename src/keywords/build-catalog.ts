import type { Catalog } from "./catalog.js";
import type { AvoidPhrase, Role, Skill } from "./schema.js";
import { compareStrings } from "../util/compare.js";

/** The parts a catalog is built from (already parsed, possibly unvalidated). */
export interface CatalogParts {
  version: string;
  skills: Skill[];
  roles: Role[];
  avoid: AvoidPhrase[];
}

/** Fills the defaults zod would add, without importing zod. */
function withSkillDefaults(s: Skill): Skill {
  return s.aliases ? s : { ...s, aliases: [] };
}

function withRoleDefaults(r: Role): Role {
  return { ...r, aliases: r.aliases ?? [], strong: r.strong ?? [], avoid: r.avoid ?? [] };
}

function withAvoidDefaults(p: AvoidPhrase): AvoidPhrase {
  return { ...p, aliases: p.aliases ?? [], kind: p.kind ?? "buzzword" };
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}

/**
 * Builds the runtime `Catalog` (sorted arrays plus id maps). Duplicate ids are
 * kept in the arrays (so `validateCatalog` can report them); the maps hold the last one.
 */
export function buildCatalog(parts: CatalogParts): Catalog {
  const skills = parts.skills.map(withSkillDefaults).sort(byId);
  const roles = parts.roles.map(withRoleDefaults).sort(byId);
  const avoid = parts.avoid.map(withAvoidDefaults).sort(byId);
  return {
    version: parts.version,
    skills,
    skillById: new Map(skills.map((s) => [s.id, s])),
    roles,
    roleById: new Map(roles.map((r) => [r.id, r])),
    avoid,
    avoidById: new Map(avoid.map((p) => [p.id, p])),
  };
}

/**
 * Merges user parts over a base catalog: skills, roles and phrases with an id
 * already in the base replace it. The version gets a "+custom" suffix.
 */
export function mergeCatalog(base: Catalog, extra: Partial<Omit<CatalogParts, "version">>): Catalog {
  const skills = new Map(base.skills.map((s) => [s.id, s]));
  for (const s of extra.skills ?? []) skills.set(s.id, s);
  const roles = new Map(base.roles.map((r) => [r.id, r]));
  for (const r of extra.roles ?? []) roles.set(r.id, r);
  const avoid = new Map(base.avoid.map((p) => [p.id, p]));
  for (const p of extra.avoid ?? []) avoid.set(p.id, p);
  const version = base.version.endsWith("+custom") ? base.version : `${base.version}+custom`;
  return buildCatalog({ version, skills: [...skills.values()], roles: [...roles.values()], avoid: [...avoid.values()] });
}
