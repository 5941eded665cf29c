/**
 * CLI entry (`dist/cli.js`, bin `resume-ats`). Only light modules load at
 * startup; the library (parsers, zod, NLP) loads when a file is analyzed.
 * The same file is the worker script of the batch pool.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMainThread, workerData } from "node:worker_threads";
import { parseCliArgs } from "./args.js";
import { UsageError } from "./usage-error.js";
import { HELP } from "./help.js";
import { packageVersion } from "./package-info.js";

/** Process streams and folder the CLI runs with (replaceable in tests). */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
  stderr: NodeJS.WriteStream | { write(s: string): unknown; isTTY?: boolean };
}

function errorLine(e: unknown): string | null {
  if (e instanceof UsageError) return e.code === "USAGE" ? `resume-ats: ${e.message}\nTry: resume-ats --help` : `resume-ats: ${e.code}: ${e.message}`;
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string" && /^[A-Z_]+$/.test((e as { code: string }).code)) {
    return `resume-ats: ${(e as { code: string }).code}: ${(e as Error).message}`;
  }
  return null;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === "fidelity") {
      const { loadApi } = await import("./api.js");
      return await (await loadApi()).runFidelityCommand(argv.slice(1), io);
    }
    const cmd = parseCliArgs(argv);
    switch (cmd.kind) {
      case "help":
        io.stdout.write(HELP);
        return 0;
      case "version":
        io.stdout.write(`${packageVersion()}\n`);
        return 0;
      case "roles": {
        const { listRoleRows, formatRolesTable } = await import("./commands/roles.js");
        const rows = await listRoleRows();
        io.stdout.write(cmd.format === "json" ? JSON.stringify(rows, null, 2) + "\n" : formatRolesTable(rows));
        return 0;
      }
      case "explain": {
        const { findRole, formatExplain, roleLists } = await import("./commands/explain.js");
        const role = await findRole(cmd.role);
        io.stdout.write(cmd.format === "json" ? JSON.stringify({ id: role.id, title: role.title, level: cmd.level ?? null, ...roleLists(role, cmd.level) }, null, 2) + "\n" : formatExplain(role, cmd.level));
        return 0;
      }
      case "init": {
        const { runInit } = await import("./commands/init.js");
        for (const f of runInit(io.cwd)) io.stderr.write(`resume-ats: wrote ${f}\n`);
        return 0;
      }
      case "check": {
        const { loadConfig, mergeConfig } = await import("./config.js");
        const { config } = await loadConfig(io.cwd, cmd.flags.config);
        const merged = mergeConfig(cmd.flags, cmd.patterns, config);
        const { runCheck } = await import("./commands/check.js");
        return await runCheck(merged.patterns, merged.flags, io);
      }
    }
  } catch (e) {
    const line = errorLine(e);
    if (line !== null) {
      io.stderr.write(line + "\n");
      return 2;
    }
    io.stderr.write(`resume-ats: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

const marker = (workerData as { marker?: string } | null)?.marker;
if (!isMainThread && marker === "resume-ats-analyze-worker") {
  void import("./worker.js").then((m) => m.startWorker());
} else if (isMainThread && invokedDirectly()) {
  void runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
