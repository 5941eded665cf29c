/**
 * The config file's schema (`resume-ats.config.json`, `package.json#resume-ats`),
 * built with zod from the options table and the rule registry; its JSON
 * Schema, schema/config.schema.json, is generated from it
 * (`npm run schema:config`), so editors complete option and rule names.
 * zod is passed in: the CLI imports it only when a config file exists.
 */
import type { z as Zod } from "zod";
import { rulesConfigSchema } from "../hints/rules-schema.js";
import { CLI_OPTIONS, flagKey, type CliOption } from "./options.js";

type Z = typeof Zod;

function valueSchema(z: Z, o: CliOption): Zod.ZodType {
  switch (o.kind) {
    case "string":
      return z.string().min(1);
    case "boolean":
      return z.boolean();
    case "enum":
      return z.enum(o.values as [string, ...string[]]);
    case "list":
      return z.union([z.string(), z.array(z.string())]);
    case "number":
    case "integer": {
      let n = o.kind === "integer" ? z.number().int() : z.number();
      if (o.min !== undefined) n = n.min(o.min);
      if (o.max !== undefined) n = n.max(o.max);
      return n;
    }
  }
}

/** The config file's zod schema: the table's check options (as camelCase keys), `files`, `rules` and `$schema`; nothing else. */
export function configSchema(z: Z): Zod.ZodObject {
  const options = (CLI_OPTIONS as readonly CliOption[])
    .filter((o) => o.scope === "check" && o.config !== false)
    .map((o) => [flagKey(o.flag), valueSchema(z, o).optional().describe(`--${o.flag}: ${o.help.replace(/\s+/g, " ")}`)] as const);
  return z
    .strictObject({
      $schema: z.string().optional(),
      files: z.union([z.string(), z.array(z.string()).min(1)]).optional().describe("Files or globs to check when none are given on the command line."),
      ...Object.fromEntries(options),
      rules: rulesConfigSchema(z).optional(),
    })
    .describe("resume-ats configuration (resume-ats.config.json or the \"resume-ats\" key of package.json). Command-line flags override it.");
}

/** The JSON Schema of the config file (draft-07, which editors complete). */
export function configJsonSchema(z: Z): Record<string, unknown> {
  return { title: "resume-ats configuration", ...z.toJSONSchema(configSchema(z), { target: "draft-7", io: "input" }) };
}
