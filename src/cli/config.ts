/**
 * Project configuration: `resume-ats.config.json`, or the `resume-ats` key of
 * `package.json`, in the working folder. zod and the rule registry are
 * imported only when a config exists.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CheckFlags } from "./options.js";
import { CONFIG_KEYS } from "./options.js";
import { UsageError } from "./usage-error.js";

/** The config file's shape (every key optional; flags override). */
export type FileConfig = Omit<CheckFlags, "updateBaseline" | "config"> & { files?: string[] };

/** The config file name looked up in the working folder. */
export const CONFIG_FILE = "resume-ats.config.json";

/** A loaded config and where it came from. */
export interface LoadedConfig {
  config: FileConfig;
  /** The file it was read from, or null when there is none. */
  source: string | null;
}

async function validate(raw: unknown, source: string): Promise<FileConfig> {
  const [{ z }, { configSchema }, { unknownRules }] = await Promise.all([import("zod"), import("./config-schema.js"), import("../hints/rules-schema.js")]);
  const unknown = unknownRules(raw !== null && typeof raw === "object" ? (raw as { rules?: unknown }).rules : undefined);
  if (unknown.length > 0) throw new UsageError(`${source}: invalid config at rules: ${unknown.join(" ")}`);
  const result = configSchema(z).safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    throw new UsageError(`${source}: invalid config at ${where}: ${issue.message}`);
  }
  const { $schema: _schema, files, failOn, ...rest } = result.data as Record<string, unknown> & { files?: string | string[]; failOn?: string | string[] };
  const out = { ...rest } as FileConfig;
  if (files !== undefined) out.files = typeof files === "string" ? [files] : files;
  if (failOn !== undefined) out.failOn = (typeof failOn === "string" ? failOn.split(",") : failOn).map((s) => s.trim()).filter(Boolean);
  return out;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`${path.basename(file)}: cannot read config: ${(e as Error).message}`);
  }
}

/**
 * Loads the config: `explicit` when given (must exist), else
 * `resume-ats.config.json`, else `package.json#resume-ats`, in `cwd`.
 * Paths inside stay as written (relative to `cwd`).
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`${explicit}: config file not found.`);
    return { config: await validate(readJson(file), explicit), source: explicit };
  }
  const own = path.join(cwd, CONFIG_FILE);
  if (existsSync(own)) return { config: await validate(readJson(own), CONFIG_FILE), source: CONFIG_FILE };
  const pkg = path.join(cwd, "package.json");
  if (existsSync(pkg)) {
    const data = readJson(pkg);
    if (data !== null && typeof data === "object" && "resume-ats" in data) {
      return { config: await validate((data as Record<string, unknown>)["resume-ats"], "package.json#resume-ats"), source: "package.json#resume-ats" };
    }
  }
  return { config: {}, source: null };
}

/** Flags win over the config; patterns on the command line replace `files`. */
export function mergeConfig(flags: CheckFlags, patterns: string[], config: FileConfig): { flags: CheckFlags; patterns: string[] } {
  const merged: Record<string, unknown> = { ...flags };
  for (const k of [...CONFIG_KEYS, "rules"] as const) {
    const value = (config as Record<string, unknown>)[k];
    if (merged[k] === undefined && value !== undefined) merged[k] = value;
  }
  return { flags: merged as CheckFlags, patterns: patterns.length > 0 ? patterns : (config.files ?? []) };
}
