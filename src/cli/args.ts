/**
 * Command-line parsing with `node:util` parseArgs: commands, flags and their checks.
 */
import { parseArgs } from "node:util";
import { UsageError } from "./usage-error.js";

/** Output formats of `check`. */
export const FORMATS = ["text", "json", "ndjson", "markdown", "github", "junit", "sarif", "html"] as const;
/** An output format. */
export type OutputFormat = (typeof FORMATS)[number];

/** Seniority levels accepted by `--level`. */
export const LEVELS = ["junior", "mid", "senior", "lead"] as const;
/** A level. */
export type CliLevel = (typeof LEVELS)[number];

/** Options of the `check` command, as given on the command line (unset flags are undefined). */
export interface CheckFlags {
  role?: string;
  level?: CliLevel;
  jd?: string;
  keywords?: string;
  minScore?: number;
  failOn?: string[];
  format?: OutputFormat;
  output?: string;
  color?: boolean;
  verbose?: boolean;
  concurrency?: number;
  timeout?: number;
  baseline?: string;
  updateBaseline?: boolean;
  config?: string;
}

/** What the command line asks for. */
export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "roles"; format: "text" | "json" }
  | { kind: "explain"; role: string; level?: CliLevel; format: "text" | "json" }
  | { kind: "init"; force: false }
  | { kind: "check"; patterns: string[]; flags: CheckFlags };

const OPTIONS = {
  role: { type: "string", short: "r" },
  level: { type: "string", short: "l" },
  jd: { type: "string" },
  keywords: { type: "string", short: "k" },
  "min-score": { type: "string" },
  "fail-on": { type: "string", multiple: true },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
  concurrency: { type: "string", short: "j" },
  timeout: { type: "string" },
  baseline: { type: "string" },
  "update-baseline": { type: "boolean" },
  config: { type: "string", short: "c" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

function toInt(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${name} expects a whole number, got "${value}".`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}, got ${n}.`);
  return n;
}

/** Checks a level name. */
export function parseLevel(value: string | undefined): CliLevel | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (!(LEVELS as readonly string[]).includes(v)) throw new UsageError(`--level must be one of ${LEVELS.join(", ")}, got "${value}".`);
  return v as CliLevel;
}

/** Checks a format name. */
export function parseFormat(value: string | undefined): OutputFormat | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${value}".`);
  return v as OutputFormat;
}

/** Splits `--fail-on a,b --fail-on c` into ["a", "b", "c"] (trimmed, empty parts dropped). */
export function splitList(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}

/**
 * Parses `argv` (without node and script). Throws `UsageError` on an unknown
 * flag, a bad value, or a command without its arguments.
 */
export function parseCliArgs(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, "."));
  }
  const { values: v, positionals } = parsed;
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
    const role = rest[0] ?? v.role;
    if (role === undefined) throw new UsageError(`"explain" needs a role id: resume-ats explain backend-developer [--level senior].`);
    if (rest.length > 1) throw new UsageError(`"explain" takes one role id, got "${rest.join(" ")}".`);
    return { kind: "explain", role, level: parseLevel(v.level), format: listFormat };
  }
  if (first === "init") {
    if (rest.length > 0) throw new UsageError(`"init" takes no arguments.`);
    return { kind: "init", force: false };
  }
  const patterns = first === "check" ? rest : positionals;
  if (v.color && v["no-color"]) throw new UsageError("--color and --no-color cannot be used together.");
  const flags: CheckFlags = {
    role: v.role,
    level: parseLevel(v.level),
    jd: v.jd,
    keywords: v.keywords,
    minScore: toInt("min-score", v["min-score"], 0, 100),
    failOn: splitList(v["fail-on"]),
    format: parseFormat(v.json ? "json" : v.format),
    output: v.output,
    color: v["no-color"] ? false : v.color ? true : undefined,
    verbose: v.verbose,
    concurrency: toInt("concurrency", v.concurrency, 1, 64),
    timeout: toInt("timeout", v.timeout, 100, 600_000),
    baseline: v.baseline,
    updateBaseline: v["update-baseline"],
    config: v.config,
  };
  if (flags.updateBaseline && flags.baseline === undefined) throw new UsageError("--update-baseline needs --baseline <file>.");
  return { kind: "check", patterns, flags };
}
