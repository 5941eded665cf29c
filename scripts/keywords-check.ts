/**
 * `npm run keywords:check`: validates every file under keywords/ against its
 * schema, checks that each names its $schema and is bundled by
 * src/keywords/builtin.ts, then runs `validateCatalog` on the built catalog.
 * Exits 1 with one line per problem.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinFiles } from "../src/keywords/builtin.js";
import { buildCatalog } from "../src/keywords/build-catalog.js";
import { formatProblem, type CatalogProblem } from "../src/keywords/problems.js";
import type { AvoidPhrase, Role, Skill } from "../src/keywords/schema.js";
import { validateCatalog } from "../src/keywords/validate.js";
import { checkKeywordFile, type KeywordFileKind } from "../src/keywords/validate-files.js";
import { generatedAliases } from "../src/match/compile.js";
import { checkVocabulary } from "../src/keywords/vocabulary-check.js";
import type { VocabularyFile } from "../src/keywords/schema.js";

/** Checks the keyword folder at `dir`; returns every problem (empty when clean). */
export function checkKeywordsDir(dir: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const files: Array<{ file: string; kind: KeywordFileKind }> = [
    { file: "catalog.json", kind: "manifest" },
    { file: "avoid.json", kind: "avoid" },
    ...readdirSync(join(dir, "skills")).filter((f) => f.endsWith(".json")).sort().map((f) => ({ file: `skills/${f}`, kind: "skills" as const })),
    ...readdirSync(join(dir, "roles")).filter((f) => f.endsWith(".json")).sort().map((f) => ({ file: `roles/${f}`, kind: "role" as const })),
  ];
  const bundled = new Set([builtinFiles.manifest.file, builtinFiles.avoid.file, ...builtinFiles.skills.map((f) => f.file), ...builtinFiles.roles.map((f) => f.file)]);
  let version = "0.0.0";
  const skills: Skill[] = [];
  const roles: Role[] = [];
  const avoid: AvoidPhrase[] = [];
  for (const { file, kind } of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), "utf8"));
    } catch (e) {
      problems.push({ kind: "schema", file, path: "(root)", message: `not valid JSON: ${(e as Error).message}` });
      continue;
    }
    const fileProblems = checkKeywordFile(file, kind, data, { requireSchemaRef: true });
    problems.push(...fileProblems);
    if (!bundled.has(file)) problems.push({ kind: "not-bundled", file, path: "", message: "not imported by src/keywords/builtin.ts, so it would not ship in the build" });
    if (fileProblems.some((p) => p.kind === "schema")) continue;
    const d = data as Record<string, unknown>;
    if (kind === "manifest") version = String(d.version);
    else if (kind === "avoid") avoid.push(...(d.phrases as AvoidPhrase[]));
    else if (kind === "skills") skills.push(...(d.skills as Skill[]));
    else if (kind === "role") roles.push(d as unknown as Role);
  }
  const catalog = buildCatalog({ version, skills, roles, avoid });
  problems.push(...validateCatalog(catalog));
  // The verbs of the writing rules (keywords/verbs.json): its schema.
  try {
    problems.push(...checkKeywordFile("verbs.json", "verbs", JSON.parse(readFileSync(join(dir, "verbs.json"), "utf8")), { requireSchemaRef: true }));
  } catch (e) {
    problems.push({ kind: "schema", file: "verbs.json", path: "(root)", message: `missing or not valid JSON: ${(e as Error).message}` });
  }
  // The generated vocabulary (keywords/vocabulary.json): its schema, and whether it is current with the catalog.
  let vocabulary: unknown;
  try {
    vocabulary = JSON.parse(readFileSync(join(dir, "vocabulary.json"), "utf8"));
  } catch (e) {
    problems.push({ kind: "schema", file: "vocabulary.json", path: "(root)", message: `missing or not valid JSON (run \`npm run keywords:vocabulary\`): ${(e as Error).message}` });
    return problems;
  }
  const vocabularyProblems = checkKeywordFile("vocabulary.json", "vocabulary", vocabulary, { requireSchemaRef: true });
  problems.push(...vocabularyProblems);
  if (!vocabularyProblems.some((p) => p.kind === "schema")) problems.push(...checkVocabulary(vocabulary as VocabularyFile, catalog));
  return problems;
}

/** Aliases the compiler generates from another form of the same skill (a notice: they can be removed). */
export function redundantAliases(dir: string): string[] {
  const skills = readdirSync(join(dir, "skills"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => ((JSON.parse(readFileSync(join(dir, "skills", f), "utf8")) as { skills?: Skill[] }).skills ?? []));
  return generatedAliases(buildCatalog({ version: "0.0.0", skills, roles: [], avoid: [] })).map((g) => `skills.${g.skillId}: "${g.alias}" is generated from "${g.from}" (${g.kind} spelling): it can be removed`);
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "keywords");
  const problems = checkKeywordsDir(dir);
  if (problems.length > 0) {
    console.error(`keywords:check found ${problems.length} problem(s) in ${relative(process.cwd(), dir) || "."}:`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    process.exit(1);
  }
  const notices = redundantAliases(dir);
  if (notices.length > 0) {
    console.log(`notice: ${notices.length} alias(es) the matcher generates anyway:`);
    for (const n of notices) console.log(`  ${n}`);
  }
  console.log("keywords:check OK");
}
