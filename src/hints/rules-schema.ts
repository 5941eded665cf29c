/**
 * The shape of the `rules` option, as a zod schema built from the registry
 * (one optional key per rule, its options from its meta). zod is passed in,
 * not imported, so the CLI can build the schema without loading zod at start.
 */
import type { z as Zod } from "zod";
import type { HintSeverity } from "../report/types.js";
import { didYouMeanSuffix } from "../util/did-you-mean.js";
import type { AnyRule, OptionSpec, OptionSpecs } from "./rule.js";
import { HINT_CODE_LIST, RULE_LIST, type HintCode } from "./rules/index.js";

type Z = typeof Zod;

/** Severities a rule can be set to. */
export const SEVERITIES = ["error", "warning", "info"] as const satisfies readonly HintSeverity[];

/** What a rule can be set to: off, on (its default severity), or a severity. */
export const RULE_LEVELS = ["off", "on", ...SEVERITIES] as const;

/** A rule's setting: a level, or a level and options (`["warning", { maxWords: 35 }]`). */
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** One rule's entry in `rules`. */
export type RuleEntry = RuleLevel | readonly [RuleLevel] | readonly [RuleLevel, Readonly<Record<string, unknown>>];

/** The `rules` option: settings by hint code. */
export type RulesConfig = Partial<Record<HintCode, RuleEntry>>;

function optionSchema(z: Z, spec: OptionSpec): Zod.ZodType {
  let s: Zod.ZodType;
  switch (spec.type) {
    case "integer":
    case "number": {
      let n = spec.type === "integer" ? z.number().int() : z.number();
      if (spec.minimum !== undefined) n = n.min(spec.minimum);
      if (spec.maximum !== undefined) n = n.max(spec.maximum);
      s = n;
      break;
    }
    case "boolean":
      s = z.boolean();
      break;
    case "string":
      s = spec.enum ? z.enum(spec.enum as [string, ...string[]]) : z.string();
      break;
  }
  return s.describe(`${spec.description} Default: ${JSON.stringify(spec.default)}.`);
}

function entrySchema(z: Z, rule: AnyRule): Zod.ZodType {
  const level = z.enum(RULE_LEVELS);
  const specs: OptionSpecs = rule.meta.options ?? {};
  const options = z.strictObject(Object.fromEntries(Object.entries(specs).map(([k, spec]) => [k, optionSchema(z, spec).optional()])));
  const entry = Object.keys(specs).length > 0 ? z.union([level, z.tuple([level]), z.tuple([level, options])]) : z.union([level, z.tuple([level])]);
  const on = rule.meta.enabledByDefault === false ? "off unless turned on" : "on";
  return entry.describe(`${rule.meta.description} (${rule.meta.severity}, ${on} by default)`);
}

/** The zod schema of the `rules` option, from the registry: one optional key per rule, no other keys. */
export function rulesConfigSchema(z: Z): Zod.ZodType<RulesConfig> {
  return z
    .strictObject(Object.fromEntries(RULE_LIST.map((r) => [r.meta.code, entrySchema(z, r).optional()])))
    .describe("Rules by hint code: \"off\", \"on\", a severity, or [severity, options]. See docs/rules.md.") as unknown as Zod.ZodType<RulesConfig>;
}

/** Unknown rule codes of a `rules` object, each as a message with a "did you mean" when one is close. */
export function unknownRules(raw: unknown): string[] {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return [];
  return Object.keys(raw)
    .filter((k) => !(HINT_CODE_LIST as readonly string[]).includes(k))
    .map((k) => `unknown rule "${k}".${didYouMeanSuffix(k, HINT_CODE_LIST)}`);
}
