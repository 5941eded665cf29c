/**
 * Command-line parsing with `node:util` parseArgs: commands, and flags read
 * and checked as the options table (`options.ts`) says.
 */
import { parseArgs } from "node:util";
import { UsageError } from "./usage-error.js";
import { CLI_OPTIONS, flagKey, parseArgsOptions, type CheckFlags, type CliOption } from "./options.js";
import { FORMAT_NAMES, type OutputFormat } from "../report/formatters.js";
import { LEVELS, type Level } from "../levels.js";

export type { CheckFlags } from "./options.js";
export type { OutputFormat } from "../report/formatters.js";

/** Output formats of `check` (the formatter table's names). */
export const FORMATS = FORMAT_NAMES;

/** What the command line asks for. */
export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "roles"; format: "text" | "json" }
  | { kind: "explain"; role: string; level?: Level; format: "text" | "json" }
  | { kind: "init"; force: false }
  | { kind: "check"; patterns: string[]; flags: CheckFlags };

function option(flag: string): CliOption {
  return (CLI_OPTIONS as readonly CliOption[]).find((o) => o.flag === flag)!;
}

function checkNumber(o: CliOption, value: string): number {
  const whole = o.kind === "integer";
  if (!(whole ? /^\d+$/ : /^\d+(?:\.\d+)?$/).test(value.trim())) throw new UsageError(`--${o.flag} expects a ${whole ? "whole number" : "number"}, got "${value}".`);
  const n = Number(value);
  if ((o.min !== undefined && n < o.min) || (o.max !== undefined && n > o.max)) throw new UsageError(`--${o.flag} must be between ${o.min} and ${o.max}, got ${n}.`);
  return n;
}

function checkEnum(o: CliOption, value: string): string {
  const v = value.toLowerCase();
  if (!(o.values ?? []).includes(v)) throw new UsageError(`--${o.flag} must be one of ${(o.values ?? []).join(", ")}, got "${value}".`);
  return v;
}

/** Splits `--fail-on a,b --fail-on c` into ["a", "b", "c"] (trimmed, empty parts dropped). */
export function splitList(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

/** A flag's value as the table says (undefined when the flag is not given). */
export function readValue(o: CliOption, raw: string | boolean | string[] | undefined): unknown {
  if (raw === undefined) return undefined;
  switch (o.kind) {
    case "boolean":
      return raw;
    case "number":
    case "integer":
      return checkNumber(o, raw as string);
    case "enum":
      return checkEnum(o, raw as string);
    case "list":
      return splitList(raw as string[]);
    case "string":
      return raw;
  }
}

/** Checks a level name. */
export function parseLevel(value: string | undefined): Level | undefined {
  return readValue(option("level"), value) as Level | undefined;
}

/** Checks a format name. */
export function parseFormat(value: string | undefined): OutputFormat | undefined {
  return readValue(option("format"), value) as OutputFormat | undefined;
}

/** The check flags of parsed values: every check option of the table, read and checked. */
function checkFlags(v: Record<string, string | boolean | string[] | undefined>): CheckFlags {
  if (v.color && v["no-color"]) throw new UsageError("--color and --no-color cannot be used together.");
  const flags: Record<string, unknown> = {};
  for (const o of CLI_OPTIONS as readonly CliOption[]) {
    if (o.scope !== "check") continue;
    const raw = o.negated && v[`no-${o.flag}`] ? false : v[o.flag];
    flags[flagKey(o.flag)] = readValue(o, o.flag === "format" && v.json ? "json" : raw);
  }
  const out = flags as CheckFlags;
  if (out.updateBaseline && out.baseline === undefined) throw new UsageError("--update-baseline needs --baseline <file>.");
  return out;
}

/**
 * Parses `argv` (without node and script). Throws `UsageError` on an unknown
 * flag, a bad value, or a command without its arguments.
 */
export function parseCliArgs(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: parseArgsOptions(), allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, "."));
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const positionals = parsed.positionals;
  if (v.help) return { kind: "help" };
  if (v.version) return { kind: "version" };
  const [first, ...rest] = positionals;
  const listFormat = v.json || v.format === "json" ? "json" : "text";
  if (first === "help") return { kind: "help" };
  if (first === "roles") {
    if (rest.length > 0) throw new UsageError(`"roles" takes no arguments, got "${rest.join(" ")}".`);
    return { kind: "roles", format: listFormat };
  }
  if (first === "explain") {
    const role = rest[0] ?? (v.role as string | undefined);
    if (role === undefined) throw new UsageError(`"explain" needs a role id: resume-ats explain backend-developer [--level senior].`);
    if (rest.length > 1) throw new UsageError(`"explain" takes one role id, got "${rest.join(" ")}".`);
    return { kind: "explain", role, level: parseLevel(v.level as string | undefined), format: listFormat };
  }
  if (first === "init") {
    if (rest.length > 0) throw new UsageError(`"init" takes no arguments.`);
    return { kind: "init", force: false };
  }
  return { kind: "check", patterns: first === "check" ? rest : positionals, flags: checkFlags(v) };
}

/** The levels `--level` takes. */
export { LEVELS };
