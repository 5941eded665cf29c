/**
 * The installed `resume-ats` command (`dist/cli.cjs`): a CommonJS file of a
 * few lines, so `resume-ats --help` prints without the ES module loader or
 * any of the CLI's modules (about as fast as `node -e 0`). The help text is
 * written in at build time from `HELP` (help.ts, generated from the options
 * table), so it is the same text the CLI prints. Every other command line
 * loads the CLI (`dist/cli.js`) and runs it.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** `HELP` of help.ts, defined by the build (tsup.config.ts). */
declare const __RESUME_ATS_HELP__: string;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h")) {
  process.stdout.write(__RESUME_ATS_HELP__);
} else {
  // A computed specifier, so the bundler leaves the CLI in its own file.
  const cli = pathToFileURL(join(__dirname, "cli.js")).href;
  import(cli).then(
    (m: { main: () => void }) => m.main(),
    (e: unknown) => {
      process.stderr.write(`resume-ats: internal error: cannot load the CLI: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
