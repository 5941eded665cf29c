/**
 * Project configuration: `resume-ats.config.json`, or the `resume-ats` key of
 * `package.json`, in the working folder. zod is imported only when a config exists.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { FORMATS, LEVELS, type CheckFlags } from "./args.js";
import { UsageError } from "./usage-error.js";

/** The config file's shape (every key optional; flags override). */
export interface FileConfig {
  files?: string[];
  role?: string;
  level?: CheckFlags["level"];
  jd?: string;
  keywords?: string;
  minScore?: number;
  failOn?: string[];
  format?: CheckFlags["format"];
  output?: string;
  color?: boolean;
  verbose?: boolean;
  concurrency?: number;
  timeout?: number;
  baseline?: string;
}

/** The config file name looked up in the working folder. */
export const CONFIG_FILE = "resume-ats.config.json";

/** A loaded config and where it came from. */
export interface LoadedConfig {
  config: FileConfig;
  /** The file it was read from, or null when there is none. */
  source: string | null;
}

async function validate(raw: unknown, source: string): Promise<FileConfig> {
  const { z } = await import("zod");
  const schema = z.strictObject({
    $schema: z.string().optional(),
    files: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    role: z.string().min(1).optional(),
    level: z.enum(LEVELS).optional(),
    jd: z.string().min(1).optional(),
    keywords: z.string().min(1).optional(),
    minScore: z.number().min(0).max(100).optional(),
    failOn: z.union([z.string(), z.array(z.string())]).optional(),
    format: z.enum(FORMATS).optional(),
    output: z.string().min(1).optional(),
    color: z.boolean().optional(),
    verbose: z.boolean().optional(),
    concurrency: z.number().int().min(1).max(64).optional(),
    timeout: z.number().int().min(100).max(600_000).optional(),
    baseline: z.string().min(1).optional(),
  });
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    throw new UsageError(`${source}: invalid config at ${where}: ${issue.message}`);
  }
  const { $schema: _schema, files, failOn, ...rest } = result.data;
  const out: FileConfig = { ...rest };
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
  const merged: CheckFlags = { ...flags };
  const keys = ["role", "level", "jd", "keywords", "minScore", "failOn", "format", "output", "color", "verbose", "concurrency", "timeout", "baseline"] as const;
  for (const k of keys) {
    if (merged[k] === undefined && config[k] !== undefined) (merged as Record<string, unknown>)[k] = config[k];
  }
  return { flags: merged, patterns: patterns.length > 0 ? patterns : (config.files ?? []) };
}
