/**
 * `resume-ats init`: writes a starter config and a GitHub Actions workflow,
 * refusing to overwrite either.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CONFIG_FILE } from "../config.js";
import { UsageError } from "../usage-error.js";

/** The starter config (its `$schema` lets editors complete options and rule names). */
export const STARTER_CONFIG = {
  $schema: "./node_modules/resume-ats/schema/config.schema.json",
  files: ["resume.pdf"],
  role: "backend-developer",
  minScore: 70,
  failOn: ["missing-must-have"],
  format: "text",
};

/** The starter workflow (also in examples/github-workflow.yml). */
export const STARTER_WORKFLOW = `name: resume-ats
on:
  push:
    paths: ["resume.*", "resume-ats.config.json"]
  pull_request:
    paths: ["resume.*", "resume-ats.config.json"]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # Annotations on the resume in the pull request
      - run: npx --yes resume-ats --format github
      # A readable report in the job summary
      - if: always()
        run: npx --yes resume-ats --format markdown >> "$GITHUB_STEP_SUMMARY"
`;

/** Relative paths `init` writes. */
export const INIT_FILES = [CONFIG_FILE, ".github/workflows/resume-ats.yml"] as const;

/** Writes the starter files in `cwd`; throws a UsageError, writing nothing, when one exists. */
export function runInit(cwd: string): string[] {
  const existing = INIT_FILES.filter((f) => existsSync(path.join(cwd, f)));
  if (existing.length > 0) throw new UsageError(`${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}: not overwriting. Remove ${existing.length === 1 ? "it" : "them"} first.`);
  writeFileSync(path.join(cwd, CONFIG_FILE), JSON.stringify(STARTER_CONFIG, null, 2) + "\n");
  const wf = path.join(cwd, INIT_FILES[1]);
  mkdirSync(path.dirname(wf), { recursive: true });
  writeFileSync(wf, STARTER_WORKFLOW);
  return [...INIT_FILES];
}
