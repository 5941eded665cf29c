/**
 * Writes schema/report.schema.json from the `ResumeReport` type
 * (ts-json-schema-generator). Two types are derived from lists the generator
 * cannot evaluate, so it is given their values here: `HintCode` (the rule
 * registry's codes) and `DocumentFormat` (the input readers' formats).
 * Run: `npm run schema:report`. `--check` exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import {
  createFormatter,
  createParser,
  createProgram,
  AnnotatedType,
  DEFAULT_CONFIG,
  DefinitionType,
  LiteralType,
  SchemaGenerator,
  UnionType,
  type BaseType,
  type CompletedConfig,
  type Context,
  type SubNodeParser,
} from "ts-json-schema-generator";
import { HINT_CODE_LIST } from "../src/hints/rules/index.js";
import { READERS } from "../src/extract/readers/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(root, "schema", "report.schema.json");

/** Types derived from lists, by name, with their values. */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
  HintCode: HINT_CODE_LIST,
  DocumentFormat: READERS.map((r) => r.format),
};

/** A derived type as the union of its values. */
class DerivedTypeParser implements SubNodeParser {
  supportsNode(node: ts.Node): boolean {
    return ts.isTypeAliasDeclaration(node) && Object.hasOwn(DERIVED, node.name.text);
  }
  createType(node: ts.Node, _context: Context): BaseType {
    const name = (node as ts.TypeAliasDeclaration).name.text;
    const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
    const description = doc ? ts.getTextOfJSDocComment(doc.comment) : undefined;
    const union = new UnionType(DERIVED[name]!.map((c) => new LiteralType(c)));
    return new DefinitionType(name, description ? new AnnotatedType(union, { description }, false) : union);
  }
}

/** `value` with every object's keys sorted (as the generator's CLI writes its output). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}

/** The report's JSON Schema, as the text written to schema/report.schema.json. */
export function reportSchemaText(): string {
  // The CLI's defaults (what `ts-json-schema-generator --no-type-check` used), with the report's type.
  const config: CompletedConfig = { ...DEFAULT_CONFIG, path: join(root, "src/report/types.ts"), tsconfig: join(root, "tsconfig.json"), type: "ResumeReport", skipTypeCheck: true };
  const program = createProgram(config);
  const parser = createParser(program, config, (chain) => chain.addNodeParser(new DerivedTypeParser()));
  const schema = new SchemaGenerator(program, parser, createFormatter(config), config).createSchema(config.type);
  return JSON.stringify(sortKeys(schema), null, 2);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = reportSchemaText();
  if (process.argv.includes("--check")) {
    const same = readFileSync(OUT, "utf8") === text;
    console.log(same ? "schema/report.schema.json is up to date" : "schema/report.schema.json is stale: run npm run schema:report");
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(OUT, text);
    console.log("wrote schema/report.schema.json");
  }
}
