/**
 * `resume-ats roles`: the table of bundled roles.
 */
import { loadApi } from "../api.js";
import { readRoleFiles, roleRow, type RoleRow } from "./role-files.js";

/** The roles, from the role files (fast), else from the library's `listRoles`. */
export async function listRoleRows(): Promise<RoleRow[]> {
  const files = readRoleFiles();
  if (files.length > 0) return files.map(roleRow);
  const api = await loadApi();
  return api.listRoles ? api.listRoles().map((r) => ({ ...r, aliases: r.aliases ?? [] })) : [];
}

/** Formats the roles as an aligned table. */
export function formatRolesTable(rows: RoleRow[]): string {
  if (rows.length === 0) return "No roles found.\n";
  const header = ["ROLE", "TITLE", "MUST-HAVE", "STRONG"];
  const cells = rows.map((r) => [r.id, r.title, String(r.mustHaveCount), String(r.strongCount)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]): string => c.map((x, i) => (i >= 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), ...cells.map(line)].join("\n") + "\n\nUse: resume-ats explain <role> [--level senior]\n";
}
