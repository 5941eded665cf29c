/**
 * Loading the keyword catalog: the bundled one (built once, no zod), user
 * files (validated with zod, imported lazily), role lookup and the effective
 * role lists per seniority level.
 */
import { InvalidKeywordsError, UnknownRoleError, FileNotFoundError } from "../errors.js";
import type { Catalog } from "./catalog.js";
import type { AvoidPhrase, KeywordBundle, Role, RoleEntry, Skill } from "./schema.js";
import { builtinFiles } from "./builtin.js";
import { buildCatalog, mergeCatalog } from "./build-catalog.js";
import { formatProblem } from "./problems.js";
import type { Level } from "../levels.js";

let cached: Catalog | undefined;

/** The bundled catalog, built once and cached. Not validated at run time (the tests do that). */
export function getBuiltinCatalog(): Catalog {
  if (!cached) {
    cached = buildCatalog({
      version: builtinFiles.manifest.data.version,
      skills: builtinFiles.skills.flatMap((f) => f.data.skills),
      roles: builtinFiles.roles.map((f) => f.data),
      avoid: builtinFiles.avoid.data.phrases,
    });
  }
  return cached;
}

/** A row of `listRoles`. */
export interface RoleSummary {
  id: string;
  title: string;
  aliases: string[];
  mustHaveCount: number;
  strongCount: number;
}

/** The catalog's roles, sorted by id. */
export function listRoles(catalog: Catalog = getBuiltinCatalog()): RoleSummary[] {
  return catalog.roles.map((r) => ({ id: r.id, title: r.title, aliases: [...(r.aliases ?? [])], mustHaveCount: r.mustHave.length, strongCount: (r.strong ?? []).length }));
}

/** A role by id; throws `UnknownRoleError` listing the known ids. */
export function getRole(id: string, catalog: Catalog = getBuiltinCatalog()): Role {
  const role = catalog.roleById.get(id);
  if (!role) {
    const known = catalog.roles.map((r) => r.id);
    throw new UnknownRoleError(`Unknown role "${id}". Known roles: ${known.join(", ")}.`, { details: { role: id, known } });
  }
  return role;
}

/** Seniority levels a role may define additions for. */
export type RoleLevel = Level;

/** A role list entry with its skill ids resolved. */
export interface ResolvedRoleEntry {
  /** Stable key: the skill id, or `anyOf:<ids joined by |>`. */
  key: string;
  /** Skill name, or the `anyOf` label ("a backend language"). */
  label: string;
  /** One id for a plain entry; the alternatives for `anyOf`. */
  skillIds: string[];
  /** Relative weight (default 1). */
  weight: number;
  /** True when any one of `skillIds` satisfies the entry. */
  anyOf: boolean;
}

/** The effective lists of a role at a level. */
export interface ResolvedRoleLists {
  mustHave: ResolvedRoleEntry[];
  strong: ResolvedRoleEntry[];
  /** Shared phrases referenced by id plus inline phrases, deduplicated by id. */
  avoid: AvoidPhrase[];
}

function resolveEntry(e: RoleEntry, catalog: Catalog): ResolvedRoleEntry {
  if (typeof e === "string" || "skill" in e) {
    const id = typeof e === "string" ? e : e.skill;
    const weight = typeof e === "string" ? 1 : (e.weight ?? 1);
    return { key: id, label: catalog.skillById.get(id)?.name ?? id, skillIds: [id], weight, anyOf: false };
  }
  return { key: `anyOf:${e.anyOf.join("|")}`, label: e.label, skillIds: [...e.anyOf], weight: e.weight ?? 1, anyOf: true };
}

function addEntries(target: ResolvedRoleEntry[], entries: RoleEntry[] | undefined, catalog: Catalog): void {
  for (const e of entries ?? []) {
    const r = resolveEntry(e, catalog);
    if (!target.some((t) => t.key === r.key)) target.push(r);
  }
}

/**
 * The effective must-have, strong and avoid lists of a role: the base lists
 * plus the additions of `level` (levels are not cumulative: "senior" adds only
 * the senior additions). An entry promoted to must-have by the level is removed
 * from strong. Avoid ids are resolved to phrase objects; unknown ids throw.
 */
export function resolveRoleLists(role: Role, level: RoleLevel | undefined, catalog: Catalog = getBuiltinCatalog()): ResolvedRoleLists {
  const lvl = level ? role.levels?.[level] : undefined;
  const mustHave: ResolvedRoleEntry[] = [];
  addEntries(mustHave, role.mustHave, catalog);
  addEntries(mustHave, lvl?.mustHave, catalog);
  const strong: ResolvedRoleEntry[] = [];
  addEntries(strong, role.strong, catalog);
  addEntries(strong, lvl?.strong, catalog);
  const mustKeys = new Set(mustHave.map((m) => m.key));
  const avoid: AvoidPhrase[] = [];
  const seen = new Set<string>();
  for (const a of [...(role.avoid ?? []), ...(lvl?.avoid ?? [])]) {
    const phrase = typeof a === "string" ? catalog.avoidById.get(a) : a;
    if (!phrase) throw new InvalidKeywordsError(`Role "${role.id}" references unknown avoid phrase "${a as string}".`, { details: { role: role.id, avoid: a } });
    if (seen.has(phrase.id)) continue;
    seen.add(phrase.id);
    avoid.push({ ...phrase, aliases: phrase.aliases ?? [], kind: phrase.kind ?? "buzzword" });
  }
  return { mustHave, strong: strong.filter((s) => !mustKeys.has(s.key)), avoid };
}

async function readJson(path: string): Promise<unknown> {
  const { readFile } = await import("node:fs/promises");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new FileNotFoundError(`Cannot read keyword file ${path}: ${(e as Error).message}`, { cause: e, details: { file: path } });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InvalidKeywordsError(`${path}: not valid JSON: ${(e as Error).message}`, { cause: e, details: { file: path } });
  }
}

/**
 * Loads a user keyword file (path) or object: a single role file, a skill
 * file, or a `KeywordBundle` ({ skills?, roles?, phrases? }). It is validated
 * with zod (imported lazily), merged over `base` (same ids replace the
 * built-in ones) and checked for references to unknown ids.
 * Throws `InvalidKeywordsError` naming the file, the JSON path and what was expected.
 */
export async function loadKeywords(pathOrObject: string | object, base: Catalog = getBuiltinCatalog()): Promise<Catalog> {
  const file = typeof pathOrObject === "string" ? pathOrObject : "(keywords object)";
  const data = typeof pathOrObject === "string" ? await readJson(pathOrObject) : pathOrObject;
  const { checkKeywordFile } = await import("./validate-files.js");
  const isRole = typeof data === "object" && data !== null && "mustHave" in data;
  const problems = checkKeywordFile(file, isRole ? "role" : "bundle", data);
  if (problems.length > 0) {
    throw new InvalidKeywordsError(`Invalid keyword file:\n${problems.map(formatProblem).join("\n")}`, { details: { file, problems } });
  }
  const { RoleSchema, KeywordBundleSchema } = await import("./schema.js");
  let skills: Skill[] = [];
  let roles: Role[] = [];
  let avoid: AvoidPhrase[] = [];
  if (isRole) roles = [RoleSchema.parse(data)];
  else {
    const b: KeywordBundle = KeywordBundleSchema.parse(data);
    skills = b.skills ?? [];
    roles = b.roles ?? [];
    avoid = b.phrases ?? [];
  }
  const merged = mergeCatalog(base, { skills, roles, avoid });
  const { validateCatalog } = await import("./validate.js");
  const refs = validateCatalog(merged).filter((p) => p.kind === "unknown-reference" || p.kind === "duplicate-id");
  if (refs.length > 0) {
    throw new InvalidKeywordsError(`Invalid keyword file ${file}:\n${refs.map(formatProblem).join("\n")}`, { details: { file, problems: refs } });
  }
  return merged;
}
