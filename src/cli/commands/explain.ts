/**
 * `resume-ats explain <role> [--level]`: what the role's lists contain.
 */
import { UsageError } from "../usage-error.js";
import { loadApi, type RoleInfo } from "../api.js";
import { readRoleFiles } from "./role-files.js";
import type { Level } from "../../levels.js";

/** Finds a role by id or alias: bundled files first, then the library's `getRole`. */
export async function findRole(id: string): Promise<RoleInfo> {
  const want = id.toLowerCase();
  const files = readRoleFiles();
  const hit = files.find((r) => r.id === want) ?? files.find((r) => (r.aliases ?? []).some((a) => a.toLowerCase() === want));
  if (hit) return hit;
  if (files.length === 0) {
    const api = await loadApi();
    if (api.getRole) return api.getRole(id);
  }
  const known = files.map((r) => r.id).join(", ");
  throw new UsageError(`Unknown role "${id}". Known roles: ${known || "(none)"}. See: resume-ats roles`, "UNKNOWN_ROLE");
}

/** One role-list entry in words: "postgresql", "a backend language: any of go, java (weight 2)". */
export function describeEntry(e: unknown): string {
  if (typeof e === "string") return e;
  if (e && typeof e === "object") {
    const o = e as { skill?: string; anyOf?: string[]; label?: string; weight?: number; phrase?: string; id?: string };
    const w = o.weight !== undefined && o.weight !== 1 ? ` (weight ${o.weight})` : "";
    if (o.skill) return `${o.skill}${w}`;
    if (o.anyOf) return `${o.label ?? "one of"}: any of ${o.anyOf.join(", ")}${w}`;
    if (o.phrase) return `"${o.phrase}"`;
    if (o.id) return o.id;
  }
  return JSON.stringify(e);
}

/** The lists of a role (with the level's additions) as plain data. */
export function roleLists(role: RoleInfo, level?: Level): { mustHave: string[]; strong: string[]; avoid: string[] } {
  const add = level ? role.levels?.[level] : undefined;
  return {
    mustHave: [...role.mustHave, ...(add?.mustHave ?? [])].map(describeEntry),
    strong: [...(role.strong ?? []), ...(add?.strong ?? [])].map(describeEntry),
    avoid: [...(role.avoid ?? []), ...(add?.avoid ?? [])].map(describeEntry),
  };
}

/** Formats `explain` output as text. */
export function formatExplain(role: RoleInfo, level?: Level): string {
  const l = roleLists(role, level);
  const out = [`${role.title} (${role.id})${level ? `, level ${level}` : ""}`];
  if (role.description) out.push("", role.description.trim());
  if (role.aliases && role.aliases.length > 0) out.push("", `Also matches job titles: ${role.aliases.join(", ")}`);
  const list = (title: string, items: string[]): void => {
    out.push("", `${title} (${items.length})`);
    for (const i of items) out.push(`  - ${i}`);
  };
  list("Must-have", l.mustHave);
  list("Strong", l.strong);
  list("Avoid", l.avoid);
  const levels = Object.keys(role.levels ?? {});
  if (!level && levels.length > 0) out.push("", `Levels with additions: ${levels.join(", ")} (use --level)`);
  return out.join("\n") + "\n";
}
