/**
 * The `--help` text.
 */

/** Usage text printed by `--help`. */
export const HELP = `resume-ats: score a resume against backend role keywords and explain every point.

Usage:
  resume-ats [check] <files or globs...> [options]
  resume-ats roles [--json]               list the roles
  resume-ats explain <role> [--level L]   show a role's keyword lists
  resume-ats init                         write resume-ats.config.json and a GitHub workflow
  resume-ats fidelity --source <file> --pdf <file> [--min-fidelity N] [--format text|json|markdown|github]
                                          check that the built PDF says what the source says

Options of check:
  -r, --role <id>            role to score against (default: best fit)
  -l, --level <level>        junior | mid | senior | lead
      --jd <file>            a job description: its keywords are added
  -k, --keywords <file>      your own role / skills / avoid file (JSON)
      --min-score <n>        exit 1 when a score is below n (0-100)
      --fail-on <rules>      exit 1 on: missing-must-have, avoid, unquantified,
                             error-hints, warning-hints, warnings, or a hint CODE
  -f, --format <format>      text | json | ndjson | markdown | github | junit | sarif | html
                             (ndjson: one JSON line per file, written as each finishes)
      --json                 same as --format json
  -o, --output <file>        write the report to a file instead of stdout; results
                             are written as they finish, in input order
      --no-color             no ANSI colors (also NO_COLOR=1)
  -v, --verbose              more detail in text output
  -j, --concurrency <n>      reader threads, files read at once (default: CPU count)
      --timeout <ms>         time budget per file (default 15000)
      --baseline <file>      fail only on regressions against this baseline
      --update-baseline      write the baseline from this run
  -c, --config <file>        config file (default: resume-ats.config.json or package.json#resume-ats)
  -h, --help                 this help
  -V, --version              the version

Globs (*, ?, **, [abc]) are expanded by resume-ats; quote them.
Exit codes: 0 pass, 1 a check failed (score, --fail-on, baseline), 2 usage error or unreadable file.
`;
