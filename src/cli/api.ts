/**
 * Loads the library at run time. The CLI is a thin shell over the public API:
 * in the built package it imports `dist/index.js` (so the parsers load only
 * when a file is analyzed, never for --help/--version/roles); from sources
 * (tsx) it imports the modules directly. Specifiers are computed so the
 * bundler does not inline the library into the CLI.
 */
import type { ResumeReport, Level } from "../report/types.js";
import type { ExtractOptions, ResumeInput } from "../types.js";
import type { RulesConfig } from "../hints/rules-config.js";

/** Options of `analyzeResume` as the CLI uses them. */
export type AnalyzeOptions = {
  role?: string;
  level?: Level;
  keywords?: string | object;
  jobDescription?: ResumeInput;
  file?: string;
  /** Read files in the library's shared worker pool (default true). */
  isolate?: boolean;
  /** Rule settings (config file). */
  rules?: RulesConfig;
} & ExtractOptions;

/** A role as `getRole` returns it (only the fields the CLI prints). */
export interface RoleInfo {
  id: string;
  title: string;
  description?: string;
  aliases?: string[];
  mustHave: unknown[];
  strong?: unknown[];
  avoid?: unknown[];
  levels?: Partial<Record<Level, { mustHave?: unknown[]; strong?: unknown[]; avoid?: unknown[] }>>;
}

/** The part of the public API the CLI calls. */
export interface CliApi {
  analyzeResume(input: ResumeInput, options: AnalyzeOptions): Promise<ResumeReport>;
  listRoles?(): Array<{ id: string; title: string; aliases: string[]; mustHaveCount: number; strongCount: number }>;
  getRole?(id: string): RoleInfo;
  /** Size (and other limits) of the shared pool of reader threads; returns the settings in force. */
  configureWorkerPool(options: { size?: number }): { size: number };
  /** The shared pool's settings in force. */
  workerPoolConfig(): { size: number };
  /** `resume-ats fidelity ...` (see src/fidelity/cli.ts). */
  runFidelityCommand(args: string[], io: { stdout: { write(s: string): unknown }; stderr: { write(s: string): unknown }; cwd: string }): Promise<number>;
}

let cached: Promise<CliApi> | undefined;

async function importComputed(rel: string): Promise<Record<string, unknown>> {
  const href = new URL(rel, import.meta.url).href;
  return (await import(href)) as Record<string, unknown>;
}

/** Imports the library once. */
export function loadApi(): Promise<CliApi> {
  cached ??= (async () => {
    const fromSource = import.meta.url.endsWith(".ts");
    if (!fromSource) return (await importComputed("./index.js")) as unknown as CliApi;
    const analyze = await importComputed("../analyze/index.js");
    const isolate = await importComputed("../isolate/index.js");
    const fidelity = await importComputed("../fidelity/cli.js");
    let load: Record<string, unknown> = {};
    try {
      load = await importComputed("../keywords/load.js");
    } catch {
      // roles/explain fall back to reading the role files
    }
    return { ...load, ...analyze, configureWorkerPool: isolate.configureWorkerPool, workerPoolConfig: isolate.workerPoolConfig, runFidelityCommand: fidelity.runFidelityCommand } as unknown as CliApi;
  })();
  return cached;
}
