/**
 * Writes keywords/schema/*.schema.json from the zod schemas (zod 4 `z.toJSONSchema`).
 * Run: `npx tsx scripts/keywords-schema.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AvoidFileSchema, CatalogManifestSchema, KeywordBundleSchema, RoleSchema, SkillFileSchema, VerbsFileSchema, VocabularyFileSchema } from "../src/keywords/schema.js";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "keywords", "schema");
const targets: Array<[string, z.ZodType, string]> = [
  ["skill-file.schema.json", SkillFileSchema, "A resume-ats skill file (keywords/skills/*.json)"],
  ["role.schema.json", RoleSchema, "A resume-ats role file (keywords/roles/*.json)"],
  ["avoid-file.schema.json", AvoidFileSchema, "The resume-ats avoid-phrase file (keywords/avoid.json)"],
  ["catalog-manifest.schema.json", CatalogManifestSchema, "The resume-ats catalog manifest (keywords/catalog.json)"],
  ["keyword-bundle.schema.json", KeywordBundleSchema, "A user keyword bundle for --keywords / loadKeywords()"],
  ["vocabulary.schema.json", VocabularyFileSchema, "The generated resume-ats technology vocabulary (keywords/vocabulary.json)"],
  ["verbs.schema.json", VerbsFileSchema, "The verbs of the resume-ats writing rules (keywords/verbs.json)"],
];
mkdirSync(outDir, { recursive: true });
for (const [file, schema, title] of targets) {
  // "input" so fields with defaults (aliases, strong, avoid, kind) are optional, as in the files.
  const json = { title, ...z.toJSONSchema(schema, { io: "input" }) };
  writeFileSync(join(outDir, file), JSON.stringify(json, null, 2) + "\n");
  console.log(`wrote keywords/schema/${file}`);
}
