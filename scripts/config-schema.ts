/**
 * Writes schema/config.schema.json (resume-ats.config.json and
 * package.json#resume-ats) from the config's zod schema, which is built from
 * the CLI options table and the rule registry.
 * Run: `npm run schema:config`. `--check` exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { configJsonSchema } from "../src/cli/config-schema.js";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "schema", "config.schema.json");

/** The text of schema/config.schema.json. */
export function configSchemaText(): string {
  return JSON.stringify(configJsonSchema(z), null, 2) + "\n";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = configSchemaText();
  if (process.argv.includes("--check")) {
    const same = readFileSync(OUT, "utf8") === text;
    console.log(same ? "schema/config.schema.json is up to date" : "schema/config.schema.json is stale: run npm run schema:config");
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(OUT, text);
    console.log("wrote schema/config.schema.json");
  }
}
