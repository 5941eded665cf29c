/**
 * The writing rules as a preset: VERB_TENSE and REPEATED_VERB on, and
 * WEAK_OPENING and PASSIVE_VOICE read with compromise (`grammar: true`).
 * They are off by default for the library and the CLI's machine formats
 * (compromise costs more than the rest of the analysis after extraction, see
 * bench/README.md); the CLI's Markdown and HTML output (and `--writing`) turn them on
 * with `withWritingRules`.
 */
import type { RuleEntry, RulesConfig } from "./rules-schema.js";

/** The writing rules, on, with compromise. */
export const WRITING_RULES: Readonly<RulesConfig> = Object.freeze({
  VERB_TENSE: "on",
  REPEATED_VERB: "on",
  WEAK_OPENING: ["on", { grammar: true }] as const,
  PASSIVE_VOICE: ["on", { grammar: true }] as const,
});

function optionsOf(entry: Exclude<RuleEntry, string>): Readonly<Record<string, unknown>> | undefined {
  return entry.length > 1 ? (entry as readonly [unknown, Readonly<Record<string, unknown>>])[1] : undefined;
}

/** The codes of the writing rules. */
export const WRITING_CODE_SET: ReadonlySet<string> = new Set(Object.keys(WRITING_RULES));

/** A preset entry under the user's: "off" stays off, a level keeps the preset's options, options override the preset's. */
function merge(preset: RuleEntry, user: RuleEntry | undefined): RuleEntry {
  if (user === undefined) return preset;
  if (user === "off" || (Array.isArray(user) && user[0] === "off")) return user;
  const presetOptions = typeof preset === "string" ? undefined : optionsOf(preset);
  const [level, options] = typeof user === "string" ? [user, undefined] : [user[0], optionsOf(user)];
  const merged = { ...(presetOptions ?? {}), ...(options ?? {}) };
  return (Object.keys(merged).length > 0 ? [level, merged] : level) as RuleEntry;
}

/**
 * `config` with the writing rules on (`WRITING_RULES`), except where it says
 * otherwise: a rule it turns off stays off, its severity and options win.
 */
export function withWritingRules(config: RulesConfig = {}): RulesConfig {
  const out: Record<string, RuleEntry> = { ...(config as Record<string, RuleEntry>) };
  for (const [code, entry] of Object.entries(WRITING_RULES) as Array<[string, RuleEntry]>) out[code] = merge(entry, out[code]);
  return out as RulesConfig;
}
