/**
 * CLI entry (`dist/cli.js`, bin `resume-ats`). Only light modules load at
 * startup; the library (parsers, zod, NLP) loads when a file is analyzed.
 * Every failure ends as one line on stderr and exit code 2: usage errors,
 * typed library errors, a closed stdout or a full disk, and (as a last
 * resort) anything unexpected, whose stack is shown only with
 * `RESUME_ATS_DEBUG=1`.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMainThread } from "node:worker_threads";
import { parseCliArgs } from "./args.js";
import { UsageError } from "./usage-error.js";
import { HELP } from "./help.js";
import { packageVersion } from "./package-info.js";
import { guardStream, isOutputError, type GuardedStream, type WritableLike } from "./output-stream.js";
import type { ChunkSource } from "./stdin.js";

/** Process streams and folder the CLI runs with (replaceable in tests). */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream | WritableLike;
  stderr: NodeJS.WriteStream | WritableLike;
  /** Standard input ("-", "--jd -"); without it those are usage errors. */
  stdin?: ChunkSource;
}

/** The one line printed for an error nobody planned for: its name and first message line, the stack only on request. */
export function unexpectedLine(e: unknown, env: NodeJS.ProcessEnv): string {
  const name = e instanceof Error ? e.name : typeof e;
  const message = e instanceof Error ? e.message : String(e);
  const head = `resume-ats: internal error: ${name}: ${message.split("\n")[0]}`;
  if (env.RESUME_ATS_DEBUG === "1" && e instanceof Error && e.stack) return `${head}\n${e.stack}`;
  return `${head} (set RESUME_ATS_DEBUG=1 for details)`;
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
  const stdout = guardStream(io.stdout, "stdout");
  const stderr = guardStream(io.stderr, "stderr");
  const say = (line: string): void => {
    try {
      stderr.write(line + "\n");
    } catch {
      /* stderr is gone too: the exit code is all that is left */
    }
  };
  let code: number;
  let reported = false;
  try {
    code = await runCommand(argv, { ...io, stdout, stderr });
  } catch (e) {
    if (isOutputError(e)) {
      // The first output failure is the one to report (a later write only repeats it).
      say(`resume-ats: ${(stdout.failure() ?? stderr.failure() ?? e).message}`);
      reported = true;
    } else say(errorLine(e) ?? unexpectedLine(e, io.env));
    code = 2;
  }
  await stdout.flush();
  const failed = stdout.failure();
  if (failed) {
    // EPIPE arrives after the write: a run that stopped early, or even finished, lost its output.
    if (!reported) say(`resume-ats: ${failed.message}`);
    code = 2;
  }
  await stderr.flush();
  stdout.dispose();
  stderr.dispose();
  return code;
}

async function runCommand(argv: string[], io: CliIo & { stdout: GuardedStream; stderr: GuardedStream }): Promise<number> {
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

/** `process.stdin`, touched only when read: creating the stream is work --help need not do. */
const lazyStdin: ChunkSource = { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() };

/**
 * Runs the CLI on this process's arguments and streams, and sets its exit
 * code; the installed command (`bin.ts`) calls it after loading this module.
 */
export function main(): void {
  // Last resort: nothing may end the CLI with a stack trace or the "gate failed" code 1.
  const bail = (e: unknown): void => {
    try {
      process.stderr.write(unexpectedLine(e, process.env) + "\n");
    } catch {
      /* nowhere left to say it */
    }
    process.exit(2);
  };
  process.on("uncaughtException", bail);
  process.on("unhandledRejection", bail);
  void runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: lazyStdin }).then((code) => {
    process.exitCode = code;
  }, bail);
}

if (isMainThread && invokedDirectly()) main();
