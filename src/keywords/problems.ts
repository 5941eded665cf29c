/** Kinds of problem `validateCatalog` and the file checks report. */
export type CatalogProblemKind =
  | "schema"
  | "missing-schema-ref"
  | "not-bundled"
  | "duplicate-id"
  | "unknown-reference"
  | "alias-conflict"
  | "alias-duplicate"
  | "stale-vocabulary";

/** One problem found in the keyword catalog. */
export interface CatalogProblem {
  kind: CatalogProblemKind;
  /** File the problem is in, relative to `keywords/` when known. */
  file?: string;
  /** JSON path inside the file or catalog, e.g. `roles[0].mustHave[3]` or `skills.go.aliases[2]`. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** One line per problem: `file: path: message`. */
export function formatProblem(p: CatalogProblem): string {
  return `${p.file ? `${p.file}: ` : ""}${p.path ? `${p.path}: ` : ""}[${p.kind}] ${p.message}`;
}

/** JSON-path text of a zod issue path: `roles[0].mustHave[3]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const k of path) {
    if (typeof k === "number") out += `[${k}]`;
    else out += out === "" ? String(k) : `.${String(k)}`;
  }
  return out;
}
