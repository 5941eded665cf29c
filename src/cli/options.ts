/**
 * The command line's options, defined once (as citty's `args`): this table
 * generates `parseArgs`'s options, the value checks, the `CheckFlags` type,
 * the config file's keys (schema/config.schema.json) and the options part
 * of `--help`. Levels, formats and limits come from their own single lists.
 */
import { LEVELS } from "../levels.js";
import { DEFAULT_LIMITS } from "../extract/limits.js";
import { FAIL_ON_RULES } from "../report/format-common.js";
import { FORMAT_NAMES } from "../report/formatters.js";
import type { RulesConfig } from "../hints/rules-config.js";

/** How an option's value is read. */
export type OptionKind = "string" | "boolean" | "number" | "integer" | "enum" | "list";

/** One option of the table. */
export interface CliOption {
  /** The long flag, without dashes: "min-score". */
  flag: string;
  short?: string;
  kind: OptionKind;
  /** The allowed values of an `enum` (matched case-insensitively on the command line). */
  values?: readonly string[];
  /** Bounds of a `number` or `integer`. */
  min?: number;
  max?: number;
  /** The value's placeholder in the help: "<id>". */
  arg?: string;
  help: string;
  /** `check` options become `CheckFlags` (key: the flag in camelCase); `global` ones steer the command line itself. */
  scope: "check" | "global";
  /** False for check options that cannot be set in the config file. */
  config?: boolean;
  /** Also accepts `--no-<flag>` (to set it false), with this help. */
  negated?: string;
}

const wrapList = (items: readonly string[], width: number, indent: string): string => {
  const lines: string[] = [];
  let cur = "";
  for (const item of items) {
    const next = cur === "" ? item : `${cur}, ${item}`;
    if (next.length > width && cur !== "") {
      lines.push(`${cur},`);
      cur = item;
    } else cur = next;
  }
  lines.push(cur);
  return lines.join(`\n${indent}`);
};

/** Every option, in help order. */
export const CLI_OPTIONS = [
  { flag: "role", short: "r", kind: "string", arg: "<id>", help: "role to score against (default: best fit)", scope: "check" },
  { flag: "level", short: "l", kind: "enum", values: LEVELS, arg: "<level>", help: LEVELS.join(" | "), scope: "check" },
  { flag: "jd", kind: "string", arg: "<file>", help: "a job description (text, Markdown, PDF, DOCX, a JSON Resume job; - reads stdin): its keywords are added", scope: "check" },
  { flag: "keywords", short: "k", kind: "string", arg: "<file>", help: "your own role / skills / avoid file (JSON)", scope: "check" },
  { flag: "min-score", kind: "number", min: 0, max: 100, arg: "<n>", help: "exit 1 when a score is below n (0-100)", scope: "check" },
  {
    flag: "fail-on",
    kind: "list",
    arg: "<rules>",
    help: `exit 1 on: ${wrapList([...FAIL_ON_RULES, "or a hint CODE (docs/rules.md)"], 46, "                             ")}`,
    scope: "check",
  },
  { flag: "format", short: "f", kind: "enum", values: FORMAT_NAMES, arg: "<format>", help: FORMAT_NAMES.join(" | "), scope: "check" },
  { flag: "json", kind: "boolean", help: "same as --format json", scope: "global" },
  { flag: "output", short: "o", kind: "string", arg: "<file>", help: "write the report to a file instead of stdout; results are written as they finish, in input order", scope: "check" },
  { flag: "color", kind: "boolean", help: "ANSI colors even when not writing to a terminal", negated: "no ANSI colors (also NO_COLOR=1)", scope: "check" },
  { flag: "verbose", short: "v", kind: "boolean", help: "more detail in text output", scope: "check" },
  { flag: "writing", kind: "boolean", help: "the writing rules: tense, voice, lead verbs (loads compromise, about 0.4 s); on by default for markdown and html", negated: "no writing rules, whatever the format", scope: "check" },
  { flag: "quiet", short: "q", kind: "boolean", help: "no progress line or notes on stderr (errors still show)", scope: "check" },
  { flag: "concurrency", short: "j", kind: "integer", min: 1, max: 64, arg: "<n>", help: "reader threads, files read at once (default: CPU count)", scope: "check" },
  { flag: "timeout", kind: "integer", min: 100, max: 600_000, arg: "<ms>", help: `time budget per file (default ${DEFAULT_LIMITS.timeoutMs})`, scope: "check" },
  { flag: "baseline", kind: "string", arg: "<file>", help: "fail only on regressions against this baseline", scope: "check" },
  { flag: "update-baseline", kind: "boolean", help: "write the baseline from this run", scope: "check", config: false },
  { flag: "config", short: "c", kind: "string", arg: "<file>", help: "config file (default: resume-ats.config.json or package.json#resume-ats)", scope: "check", config: false },
  { flag: "help", short: "h", kind: "boolean", help: "this help", scope: "global" },
  { flag: "version", short: "V", kind: "boolean", help: "the version", scope: "global" },
] as const satisfies readonly CliOption[];

type Entry = (typeof CLI_OPTIONS)[number];

/** "min-score" → "minScore". */
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;

/** The value type of an option. */
type ValueOf<O> = O extends { kind: "boolean" }
  ? boolean
  : O extends { kind: "number" | "integer" }
    ? number
    : O extends { kind: "list" }
      ? string[]
      : O extends { kind: "enum"; values: readonly (infer V)[] }
        ? V
        : string;

/** Settings of the `check` command: one per check option of the table, plus the config-only `rules` (unset ones are undefined). */
export type CheckFlags = { [O in Extract<Entry, { scope: "check" }> as Camel<O["flag"]>]?: ValueOf<O> } & {
  /** Rule settings, from the config file only. */
  rules?: RulesConfig;
};

/** The `CheckFlags` key of a flag. */
export function flagKey(flag: string): string {
  return flag.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** The check options that the config file may set, as `CheckFlags` keys. */
export const CONFIG_KEYS: readonly (keyof CheckFlags)[] = CLI_OPTIONS.filter((o) => o.scope === "check" && (o as CliOption).config !== false).map(
  (o) => flagKey(o.flag) as keyof CheckFlags,
);

type ParseArgsOption = { type: "string" | "boolean"; short?: string; multiple?: boolean };

/** The options object of `node:util` `parseArgs`. */
export function parseArgsOptions(): Record<string, ParseArgsOption> {
  const out: Record<string, ParseArgsOption> = {};
  for (const o of CLI_OPTIONS as readonly CliOption[]) {
    out[o.flag] = { type: o.kind === "boolean" ? "boolean" : "string", ...(o.short ? { short: o.short } : {}), ...(o.kind === "list" ? { multiple: true } : {}) };
    if (o.negated) out[`no-${o.flag}`] = { type: "boolean" };
  }
  return out;
}

/** The options part of `--help`, one line per option (and per `--no-` form). */
export function optionsHelp(scope: CliOption["scope"] | "all" = "all"): string {
  const lines: string[] = [];
  const row = (short: string | undefined, long: string, help: string): void => {
    const left = `  ${short ? `-${short}, ` : "    "}${long}`;
    lines.push(`${left.padEnd(29)}${help}`);
  };
  for (const o of CLI_OPTIONS as readonly CliOption[]) {
    if (scope !== "all" && o.scope !== scope) continue;
    row(o.short, `--${o.flag}${o.arg ? ` ${o.arg}` : ""}`, o.help);
    if (o.negated) row(undefined, `--no-${o.flag}`, o.negated);
  }
  return lines.join("\n");
}
