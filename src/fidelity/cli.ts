/**
 * `resume-ats fidelity --source resume.md --pdf resume.pdf
 *  [--source-format F] [--min-fidelity N] [--format text|json|markdown|github]`
 * Exit codes: 0 ok, 1 fidelity below `--min-fidelity`, 2 usage error or
 * unreadable file.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ResumeAtsError } from "../errors.js";
import { compareSource } from "./compare.js";
import { FIDELITY_FORMATS, formatFidelity, type FidelityFormat } from "./format.js";
import { isSourceFormat } from "./source.js";
import type { CompareOptions, FidelityReport } from "./types.js";

/** Where the command writes, and the directory relative paths start from. */
export interface CommandIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
}

/** Usage text of the fidelity command. */
export const FIDELITY_USAGE = `Usage: resume-ats fidelity --source <resume.md|.json|.tex|.html> --pdf <resume.pdf> [options]

Compares the resume source you keep in git with the PDF built from it:
lines the PDF lost, reordered or garbled, and skills an ATS will not see.

Options:
  --source <file>          the resume source (Markdown, JSON Resume, LaTeX, HTML, text)
  --pdf <file>             the PDF built from it
  --source-format <f>      markdown | json-resume | latex | html | text (default: from extension/content)
  --min-fidelity <N>       exit 1 when fidelity (0-100) is below N
  --fail-on <rules>        exit 1 when the PDF breaks one of these rules, comma-separated:
                           section-lost, skill-lost, missing-lines, reordered, garbled,
                           or none (default: section-lost,skill-lost)
  --format <f>             text | json | markdown | github (default: text)
  -h, --help               this help
`;

/** Rules `--fail-on` can name: what in a report fails the check. */
export const FIDELITY_RULES = ["section-lost", "skill-lost", "missing-lines", "reordered", "garbled"] as const;

/** One of `FIDELITY_RULES`. */
export type FidelityRule = (typeof FIDELITY_RULES)[number];

/** The rules a CI check fails on when `--fail-on` is not given: the PDF lost a whole section, or a skill. */
export const DEFAULT_FIDELITY_FAIL_ON: readonly FidelityRule[] = ["section-lost", "skill-lost"];

/** `--fail-on` as a rule list, or a usage message. */
function parseFailOn(raw: string | boolean | undefined): FidelityRule[] | string {
  if (raw === undefined) return [...DEFAULT_FIDELITY_FAIL_ON];
  const names = String(raw).split(",").map((x) => x.trim()).filter(Boolean);
  if (names.length === 1 && names[0] === "none") return [];
  const bad = names.filter((n) => !(FIDELITY_RULES as readonly string[]).includes(n));
  if (bad.length > 0 || names.length === 0) return `unknown --fail-on rule "${bad[0] ?? ""}" (use ${FIDELITY_RULES.join(", ")}, or none).`;
  return names as FidelityRule[];
}

/** Why a report breaks the given rules, one sentence each (empty: it passes). */
export function fidelityFailures(report: FidelityReport, rules: readonly FidelityRule[]): string[] {
  const out: string[] = [];
  const n = (k: number, one: string): string => `${k} ${one}${k === 1 ? "" : "s"}`;
  for (const rule of rules) {
    if (rule === "section-lost" && report.sectionsLost.length) out.push(`the PDF lost ${n(report.sectionsLost.length, "section")} of the source: ${report.sectionsLost.map((s) => `"${s.name}"`).join(", ")} [section-lost]`);
    if (rule === "skill-lost" && report.skillsLost.length) out.push(`an ATS will not see ${n(report.skillsLost.length, "skill")} of the source: ${report.skillsLost.map((s) => s.name).join(", ")} [skill-lost]`);
    if (rule === "missing-lines" && report.missing.length) out.push(`${n(report.missing.length, "source line")} missing from the PDF text [missing-lines]`);
    if (rule === "reordered" && report.reordered.length) out.push(`${n(report.reordered.length, "line")} read out of order [reordered]`);
    if (rule === "garbled" && report.garbled.length) out.push(`${n(report.garbled.length, "line")} damaged in the PDF text [garbled]`);
  }
  return out;
}

/** The fidelity command's flags, as `parseArgs` reads them. */
const FIDELITY_OPTIONS = {
  source: { type: "string" },
  pdf: { type: "string" },
  "source-format": { type: "string" },
  "min-fidelity": { type: "string" },
  "fail-on": { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Runs the fidelity command; resolves to the exit code. */
export async function runFidelityCommand(args: string[], io: CommandIo, options: Pick<CompareOptions, "catalog"> = {}): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: FIDELITY_OPTIONS,
    }));
  } catch (e) {
    io.stderr.write(`resume-ats fidelity: ${(e as Error).message}\n\n${FIDELITY_USAGE}`);
    return 2;
  }
  if (values.help) { io.stdout.write(FIDELITY_USAGE); return 0; }
  const usage = (msg: string): number => { io.stderr.write(`resume-ats fidelity: ${msg}\n\n${FIDELITY_USAGE}`); return 2; };
  const source = values.source;
  const pdf = values.pdf;
  if (typeof source !== "string" || !source) return usage("--source is required.");
  if (typeof pdf !== "string" || !pdf) return usage("--pdf is required.");
  const format = (values.format ?? "text") as string;
  if (!(FIDELITY_FORMATS as readonly string[]).includes(format)) return usage(`unknown --format "${format}" (use ${FIDELITY_FORMATS.join(", ")}).`);
  const sourceFormat = values["source-format"];
  if (sourceFormat !== undefined && !isSourceFormat(sourceFormat)) return usage(`unknown --source-format "${String(sourceFormat)}".`);
  let min: number | null = null;
  if (values["min-fidelity"] !== undefined) {
    const raw = String(values["min-fidelity"]);
    min = /^\d+(?:\.\d+)?$/u.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isFinite(min) || min < 0 || min > 100) return usage(`--min-fidelity must be a number from 0 to 100, got "${raw}".`);
  }
  const failOn = parseFailOn(values["fail-on"]);
  if (typeof failOn === "string") return usage(failOn);
  try {
    const report = await compareSource(
      { path: resolve(io.cwd, source), ...(sourceFormat ? { format: sourceFormat } : {}) },
      resolve(io.cwd, pdf),
      options,
    );
    // Show the paths as the user typed them.
    report.source = source;
    report.pdf = pdf;
    io.stdout.write(formatFidelity(report, format as FidelityFormat));
    const reasons = fidelityFailures(report, failOn);
    if (min !== null && report.fidelity < min) reasons.unshift(`fidelity ${report.fidelity}% is below --min-fidelity ${min}`);
    for (const r of reasons) io.stderr.write(`resume-ats fidelity: ${r}.\n`);
    return reasons.length > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof ResumeAtsError) {
      io.stderr.write(`resume-ats fidelity: ${e.message} [${e.code}]\n`);
      return 2;
    }
    throw e;
  }
}
