import type { ZodType } from "zod";
import { AvoidFileSchema, CatalogManifestSchema, KeywordBundleSchema, RoleSchema, SkillFileSchema, VerbsFileSchema, VocabularyFileSchema } from "./schema.js";
import { formatPath, type CatalogProblem } from "./problems.js";

/** Which schema a keyword file follows. */
export type KeywordFileKind = "manifest" | "avoid" | "skills" | "role" | "bundle" | "vocabulary" | "verbs";

const SCHEMAS: Record<KeywordFileKind, ZodType> = {
  manifest: CatalogManifestSchema,
  avoid: AvoidFileSchema,
  skills: SkillFileSchema,
  role: RoleSchema,
  bundle: KeywordBundleSchema,
  vocabulary: VocabularyFileSchema,
  verbs: VerbsFileSchema,
};

interface LooseIssue {
  code?: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  errors?: LooseIssue[][];
}

/** The most specific issue of a union failure (the branch that got deepest). */
function deepest(issue: LooseIssue, prefix: ReadonlyArray<PropertyKey>): { path: ReadonlyArray<PropertyKey>; message: string } {
  const here = [...prefix, ...issue.path];
  if (issue.code !== "invalid_union" || !issue.errors?.length) return { path: here, message: issue.message };
  let best: { path: ReadonlyArray<PropertyKey>; message: string } = { path: here, message: issue.message };
  for (const branch of issue.errors) {
    for (const sub of branch) {
      const d = deepest(sub, here);
      if (d.path.length > best.path.length) best = d;
    }
  }
  if (best.path.length > here.length) return { path: best.path, message: `${best.message} (in one of the allowed forms)` };
  const tried = [...new Set(issue.errors.flat().map((sub) => sub.message))];
  return { path: here, message: `does not match any allowed form: ${tried.join(" | ")}` };
}

/** Validates one parsed keyword file against its zod schema; problems name the file and JSON path. */
export function checkKeywordFile(file: string, kind: KeywordFileKind, data: unknown, options: { requireSchemaRef?: boolean } = {}): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const result = SCHEMAS[kind].safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues as unknown as LooseIssue[]) {
      const d = deepest(issue, []);
      out.push({ kind: "schema", file, path: formatPath(d.path) || "(root)", message: d.message });
    }
  }
  if (options.requireSchemaRef && (typeof data !== "object" || data === null || typeof (data as { $schema?: unknown }).$schema !== "string")) {
    out.push({ kind: "missing-schema-ref", file, path: "$schema", message: "every keyword file must name its JSON Schema, e.g. \"$schema\": \"../schema/skill-file.schema.json\"" });
  }
  return out;
}
