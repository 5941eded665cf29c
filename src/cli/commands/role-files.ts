/**
 * Reads the bundled role files as plain JSON (no validation, no zod), so
 * `resume-ats roles` starts fast.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../package-info.js";
import type { RoleInfo } from "../api.js";
import { compareStrings } from "../../util/compare.js";

/** A row of the roles table. */
export interface RoleRow {
  id: string;
  title: string;
  aliases: string[];
  mustHaveCount: number;
  strongCount: number;
}

/** The bundled `keywords/roles` folder, or null. */
export function rolesDir(): string | null {
  const root = packageRoot();
  if (!root) return null;
  const dir = path.join(root, "keywords", "roles");
  return existsSync(dir) ? dir : null;
}

/** Every bundled role file, parsed, sorted by id. Unreadable files are skipped. */
export function readRoleFiles(): RoleInfo[] {
  const dir = rolesDir();
  if (!dir) return [];
  const out: RoleInfo[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    try {
      const r = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as RoleInfo;
      if (typeof r.id === "string" && typeof r.title === "string" && Array.isArray(r.mustHave)) out.push(r);
    } catch {
      // a broken file is reported by `npm run keywords:check`, not here
    }
  }
  return out.sort((a, b) => compareStrings(a.id, b.id));
}

/** The table row of a role. */
export function roleRow(r: RoleInfo): RoleRow {
  return { id: r.id, title: r.title, aliases: r.aliases ?? [], mustHaveCount: r.mustHave.length, strongCount: (r.strong ?? []).length };
}
