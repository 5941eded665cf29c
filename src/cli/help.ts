/**
 * The `--help` text: the commands, then the options and formats as their
 * tables (`options.ts`, the formatter table) define them.
 */
import { optionsHelp } from "./options.js";
import { FORMATTERS, FORMAT_NAMES } from "../report/formatters.js";

const formats = FORMAT_NAMES.map((f) => `  ${f.padEnd(10)} ${FORMATTERS[f].description}`).join("\n");

/** Usage text printed by `--help`. */
export const HELP = `resume-ats: score a resume against backend role keywords and explain every point.

Usage:
  resume-ats [check] <files or globs...> [options]
  resume-ats roles [--json]               list the roles
  resume-ats explain <role> [--level L]   show a role's keyword lists
  resume-ats init                         write resume-ats.config.json and a GitHub workflow
  resume-ats fidelity --source <file> --pdf <file> [--min-fidelity N] [--fail-on rules] [--format F]
                                          check that the built PDF says what the source says

Options of check:
${optionsHelp()}

Formats:
${formats}

Globs (*, ?, **, [abc], {a,b}) are expanded by resume-ats (tinyglobby); quote them. "-" reads standard input.
Hints can be turned off or tuned with "rules" in resume-ats.config.json (docs/rules.md).
Exit codes: 0 pass, 1 a check failed (score, --fail-on, baseline), 2 usage error or unreadable file.
`;
