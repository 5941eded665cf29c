/**
 * Configuring rules like a linter: `rules: { PASSIVE_VOICE: "off",
 * BULLET_TOO_LONG: ["warning", { maxWords: 35 }] }` in `AnalyzeOptions`,
 * `resume-ats.config.json` or `package.json#resume-ats`: checked against the
 * registry's schema (`rules-schema.ts`), then resolved to the rules that run.
 */
import { z } from "zod";
import { InvalidOptionsError } from "../errors.js";
import type { HintSeverity } from "../report/types.js";
import type { AnyRule, OptionSpecs, OptionValues } from "./rule.js";
import { RULE_LIST } from "./rules/index.js";
import { rulesConfigSchema, unknownRules, type RuleEntry, type RuleLevel, type RulesConfig } from "./rules-schema.js";

export { RULE_LEVELS, SEVERITIES, rulesConfigSchema, unknownRules, type RuleEntry, type RuleLevel, type RulesConfig } from "./rules-schema.js";

/** How one enabled rule runs. */
export interface RuleSetting {
  rule: AnyRule;
  /** The configured severity, or null for the rule's own (per message) severities. */
  severity: HintSeverity | null;
  /** Every option, configured or default. */
  options: OptionValues<OptionSpecs>;
}

let schema: ReturnType<typeof rulesConfigSchema> | undefined;

/**
 * Checks a `rules` value; returns it typed, or throws `InvalidOptionsError`
 * naming the rule and what was wrong (an unknown code gets "did you mean").
 * `where` prefixes the message ("rules", "resume-ats.config.json: rules").
 */
export function parseRulesConfig(raw: unknown, where = "rules"): RulesConfig {
  if (raw === undefined) return {};
  const unknown = unknownRules(raw);
  if (unknown.length > 0) throw new InvalidOptionsError(`${where}: ${unknown.join(" ")}`, { details: { rules: Object.keys(raw as object) } });
  schema ??= rulesConfigSchema(z);
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.length > 0 ? `.${issue.path.join(".")}` : "";
  throw new InvalidOptionsError(`${where}${path}: ${issue.message}`, { details: { path: issue.path.map(String) } });
}

/** The level and options of an entry. */
function entryParts(entry: RuleEntry | undefined): { level: RuleLevel | undefined; options: Readonly<Record<string, unknown>> } {
  if (entry === undefined) return { level: undefined, options: {} };
  if (typeof entry === "string") return { level: entry, options: {} };
  return { level: entry[0], options: entry[1] ?? {} };
}

const defaultsByRule = new WeakMap<AnyRule, Readonly<OptionValues<OptionSpecs>>>();

/** The defaults of a rule's options, built once per rule (every analysis resolves every rule); frozen. */
export function optionDefaults(rule: AnyRule): Readonly<OptionValues<OptionSpecs>> {
  let d = defaultsByRule.get(rule);
  if (!d) {
    d = Object.freeze(Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, spec]) => [k, spec.default])));
    defaultsByRule.set(rule, d);
  }
  return d;
}

/**
 * The rules that run under `config` (already checked by `parseRulesConfig`),
 * in registry order, each with its severity and options.
 */
export function resolveRules(config: RulesConfig = {}, rules: readonly AnyRule[] = RULE_LIST): RuleSetting[] {
  const out: RuleSetting[] = [];
  for (const rule of rules) {
    const { level, options } = entryParts((config as Record<string, RuleEntry | undefined>)[rule.meta.code]);
    if (level === "off") continue;
    if (level === undefined && rule.meta.enabledByDefault === false) continue;
    out.push({
      rule,
      severity: level === undefined || level === "on" ? null : level,
      options: { ...optionDefaults(rule), ...(options as OptionValues<OptionSpecs>) },
    });
  }
  return out;
}
