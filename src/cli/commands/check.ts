/**
 * `resume-ats check`: analyze files (on the library's shared worker pool),
 * format, apply the CI gate and the baseline, and pick the exit code. Results
 * are written as they finish, in input order, with `--format ndjson`, with
 * `--format json`, and into an `--output` file, so an interrupted batch keeps
 * what was done.
 */
import path from "node:path";
import type { ResumeReport } from "../../report/types.js";
import { evaluateChecks, isErrorRow, type CheckOptions, type ReportRow } from "../../report/format-common.js";
import { failOnProblems } from "../../report/fail-on.js";
import { FORMATTERS, type OutputFormat } from "../../report/formatters.js";
import { withWritingRules } from "../../hints/writing-rules.js";
import { DEFAULT_LIMITS } from "../../extract/limits.js";
import type { CheckFlags } from "../args.js";
import { loadApi, type AnalyzeOptions } from "../api.js";
import { compareBaseline, readBaseline, updateBaseline, type Baseline, type Regression } from "../baseline.js";
import { runBatch } from "../batch.js";
import { expandPatterns } from "../glob.js";
import { FileOutput } from "../output-stream.js";
import { Progress, wantsProgress } from "../progress.js";
import { checkStdinUse, readAll, STDIN_ARG, STDIN_NAME, type ChunkSource } from "../stdin.js";
import type { ResumeInput } from "../../types.js";
import { UsageError } from "../usage-error.js";
import { packageVersion } from "../package-info.js";

/** Default per-file time budget (ms): the library's own. */
export const DEFAULT_TIMEOUT_MS = DEFAULT_LIMITS.timeoutMs;

/** A stream the command writes to; `onFailure` is there when the CLI guards it (see output-stream.ts). */
export interface CheckStream {
  write(s: string): unknown;
  isTTY?: boolean;
  /** Width of the terminal, when the stream is one. */
  columns?: number;
  onFailure?(fn: (e: Error) => void): void;
}

/** Where the command reads and writes. */
export interface CheckIo {
  cwd: string;
  stdout: CheckStream;
  stderr: CheckStream;
  env: NodeJS.ProcessEnv;
  /** Standard input, read for "-" and "--jd -". */
  stdin?: ChunkSource;
}

/** Checks `--fail-on` values: a check name or a hint code of the registry; else a usage error with the closest name. */
export function validateFailOn(rules: string[] | undefined): void {
  const problems = failOnProblems(rules ?? []);
  if (problems.length > 0) throw new UsageError(`--fail-on: ${problems[0]}`);
}

/**
 * Whether text output gets ANSI colors. The command line wins (--color,
 * --no-color), then the environment: FORCE_COLOR set (not empty) forces them,
 * unless it is "0" or "false" (as in Node and force-color.org); NO_COLOR set
 * (not empty) turns them off (no-color.org). Otherwise: colors on a terminal
 * (not TERM=dumb), never into an --output file.
 */
export function useColor(flags: CheckFlags, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (flags.color === false) return false;
  if (flags.color === true) return true;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return Boolean(isTTY) && flags.output === undefined && env.TERM !== "dumb";
}

/** Standard input, or a usage error when the CLI runs without one. */
function stdinOf(io: CheckIo): ChunkSource {
  if (!io.stdin) throw new UsageError(`"-" reads standard input, and there is none here.`);
  return io.stdin;
}

/** The baseline key of a file: its path relative to cwd, with forward slashes. */
export function baselineKey(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join("/");
}

/**
 * Runs the analysis of every file on the shared pool (`--concurrency` sets its
 * size); rows are in input order, and `onRow` gets each as soon as it and
 * every earlier one are done.
 */
export async function analyzeFiles(
  files: string[],
  options: AnalyzeOptions,
  flags: CheckFlags,
  io: CheckIo,
  onRow?: (row: ReportRow, index: number) => void,
  extra: { inputs?: ReadonlyMap<number, () => Promise<ResumeInput>>; progress?: Progress | null; keepRows?: boolean } = {},
): Promise<ReportRow[]> {
  const api = await loadApi();
  const size = flags.concurrency !== undefined ? api.configureWorkerPool({ size: flags.concurrency }).size : api.workerPoolConfig().size;
  const controller = new AbortController();
  // A closed stdout (`| head`) or a full disk: stop reading files nobody will see.
  io.stdout.onFailure?.(() => controller.abort());
  io.stderr.onFailure?.(() => controller.abort());
  return runBatch(api, files, {
    cwd: io.cwd,
    options,
    timeoutMs: flags.timeout ?? DEFAULT_TIMEOUT_MS,
    maxAhead: Math.max(16, size * 8),
    signal: controller.signal,
    ...(onRow ? { onRow } : {}),
    ...(extra.inputs ? { inputs: extra.inputs } : {}),
    ...(extra.keepRows === false ? { keepRows: false } : {}),
    ...(extra.progress ? { onStart: (i: number, file: string) => extra.progress?.start(i, file), onSettled: (_d: number, _t: number, i: number) => extra.progress?.settle(i) } : {}),
  });
}

/**
 * `JSON.stringify(row, null, 2)` as an element of a pretty-printed array (each
 * line indented by two spaces): the row stringified inside a one-element array,
 * without the brackets. JSON.stringify indents it natively; a regex adding the
 * indent after every line break also broke the strings that hold U+2028 or
 * U+2029 (JSON leaves them unescaped), and cost about a third more.
 */
function arrayElement(row: ReportRow): string {
  return JSON.stringify([row], null, 2).slice(2, -2);
}

/** The formatter of `fmt` from the table, loaded once, as a synchronous function of the rows (so rows can be written the moment they finish). */
async function loadFormatter(fmt: OutputFormat, flags: CheckFlags, color: boolean): Promise<(rows: ReportRow[]) => string> {
  const format = await FORMATTERS[fmt].load();
  // Unreadable files are reported on stderr as they finish: the text format leaves them out.
  const ctx = { minScore: flags.minScore, failOn: flags.failOn, color, verbose: flags.verbose, toolVersion: packageVersion(), skipErrorRows: true };
  return (rows) => format((rows.length === 1 ? rows[0] : rows) as ResumeReport | ReportRow[], ctx);
}

/**
 * How the output is written while the batch runs: `ndjson` a line per file;
 * `json` on several files an array, element by element; any other format into
 * an `--output` file, each file's own rendering as it finishes, the file then
 * rewritten with the whole-batch document (a summary, one XML or SARIF document).
 */
function streamingWriter(fmt: OutputFormat, files: number, sink: { write(s: string): unknown; regular?: boolean } | null, render: (rows: ReportRow[]) => string) {
  if (sink === null) return null;
  if (fmt === "ndjson") return { row: (r: ReportRow) => void sink.write(JSON.stringify(r) + "\n"), end: () => undefined, final: false };
  if (fmt === "json" && files > 1) {
    let first = true;
    return {
      row: (r: ReportRow) => {
        sink.write(`${first ? "[\n" : ",\n"}${arrayElement(r)}`);
        first = false;
      },
      end: () => void sink.write("\n]\n"),
      final: false,
    };
  }
  // Only a regular file can be rewritten at the end; on a device or pipe the rows would be printed twice.
  if (files > 1 && sink.regular === true) {
    let first = true;
    return {
      row: (r: ReportRow) => {
        const text = render([r]);
        if (text === "") return;
        sink.write(first ? text : `\n${text}`);
        first = false;
      },
      end: () => undefined,
      final: true,
    };
  }
  return null;
}

/** The files the patterns name, in order; "-" is standard input, read (once, under the size limit) when its turn comes, and named <stdin> in the output. */
async function resolveFiles(patterns: string[], flags: CheckFlags, io: CheckIo): Promise<{ files: string[]; inputs: Map<number, () => Promise<ResumeInput>> }> {
  const { files: given, unmatched } = await expandPatterns(patterns, io.cwd);
  if (unmatched.length > 0) throw new UsageError(`no file matches ${unmatched.map((u) => `"${u}"`).join(", ")}.`);
  checkStdinUse(given, flags.jd);
  const files = given.map((f) => (f === STDIN_ARG ? STDIN_NAME : f));
  const inputs = new Map<number, () => Promise<ResumeInput>>();
  const stdinAt = given.indexOf(STDIN_ARG);
  if (stdinAt >= 0) {
    const source = stdinOf(io);
    inputs.set(stdinAt, () => readAll(source, DEFAULT_LIMITS.maxBytes));
  }
  return { files, inputs };
}

/** The library options the flags ask for (a job description on standard input is read here). */
async function analyzeOptionsOf(flags: CheckFlags, fmt: keyof typeof FORMATTERS, io: CheckIo): Promise<AnalyzeOptions> {
  const options: AnalyzeOptions = {};
  if (flags.role !== undefined) options.role = flags.role;
  if (flags.level !== undefined) options.level = flags.level;
  if (flags.keywords !== undefined) options.keywords = path.resolve(io.cwd, flags.keywords);
  if (flags.jd === STDIN_ARG) options.jobDescription = await readAll(stdinOf(io), DEFAULT_LIMITS.maxBytes, "The job description on standard input");
  else if (flags.jd !== undefined) options.jobDescription = path.resolve(io.cwd, flags.jd);
  // Reports read at leisure (markdown, html) get the writing rules (compromise, ~0.4 s cold); text, the CI check's
  // format, and the machine formats stay as configured unless --writing asks.
  const writing = flags.writing ?? "forPeople" in FORMATTERS[fmt];
  const rules = writing ? withWritingRules(flags.rules) : flags.rules;
  if (rules !== undefined) options.rules = rules;
  return options;
}

/** Writes the baseline (--update-baseline) or compares with it; true when a report regressed. */
async function applyBaseline(baselineFile: string, shown: string, baseline: Baseline | null, reports: Array<{ key: string; report: ResumeReport }>, flags: CheckFlags, io: CheckIo): Promise<boolean> {
  if (flags.updateBaseline) {
    await updateBaseline(baselineFile, reports);
    if (!flags.quiet) io.stderr.write(`resume-ats: baseline ${shown} updated (${reports.length} file${reports.length === 1 ? "" : "s"}).\n`);
    return false;
  }
  const regressions: Regression[] = compareBaseline(baseline ?? {}, reports);
  for (const r of regressions) io.stderr.write(`resume-ats: ${r.file}: regression: ${r.message}\n`);
  if (regressions.length > 0) return true;
  if (!flags.quiet) io.stderr.write(`resume-ats: no regression against ${shown}.\n`);
  return false;
}

/** Ends the stream and, when the format is written whole, writes (or rewrites the --output file with) the batch's document. */
function writeWhole(rows: ReportRow[], stream: ReturnType<typeof streamingWriter>, render: (rows: ReportRow[]) => string, output: FileOutput | null, io: CheckIo): void {
  stream?.end();
  if (!stream || stream.final) {
    const text = render(rows);
    if (output) output.rewrite(text);
    else if (text !== "") io.stdout.write(text);
  }
  output?.close();
}

/** Runs `check`; returns the exit code. */
export async function runCheck(patterns: string[], flags: CheckFlags, io: CheckIo): Promise<number> {
  validateFailOn(flags.failOn);
  if (patterns.length === 0) throw new UsageError("no resume given. Try: resume-ats resume.pdf --role backend-developer (or set \"files\" in resume-ats.config.json).");
  const { files, inputs } = await resolveFiles(patterns, flags, io);
  const fmt = flags.format ?? "text";
  const options = await analyzeOptionsOf(flags, fmt, io);
  const color = useColor(flags, io.env, io.stdout.isTTY);
  const checks: CheckOptions = { minScore: flags.minScore, failOn: flags.failOn };

  // Before any file is read: a broken baseline or an output that cannot be opened fails at once.
  const baselineFile = flags.baseline !== undefined ? path.resolve(io.cwd, flags.baseline) : null;
  const baseline: Baseline | null = baselineFile !== null && !flags.updateBaseline ? await readBaseline(baselineFile) : null;
  if (baselineFile !== null && flags.updateBaseline) await readBaseline(baselineFile);
  const output = flags.output !== undefined ? new FileOutput(path.resolve(io.cwd, flags.output)) : null;

  try {
    const streamTo = output ?? (fmt === "ndjson" || fmt === "json" ? io.stdout : null);
    const render = await loadFormatter(fmt, flags, color);
    const stream = streamingWriter(fmt, files.length, streamTo, render);
    let emitted = 0;
    const progress = wantsProgress(files.length, io.stderr, io.env, flags.quiet) ? new Progress(io.stderr, files.length) : null;
    // Rows are kept only for what needs them all at the end: a format written whole, or the baseline.
    const keepRows = !stream || stream.final || baselineFile !== null;
    let failed = false;
    let errors = false;
    let rows: ReportRow[];
    try {
      const write = (row: ReportRow): void => {
        if (isErrorRow(row)) io.stderr.write(`resume-ats: ${row.file}: ${row.error.code}: ${row.error.message}\n`);
        stream?.row(row); // a write that fails throws, which stops the batch
      };
      rows = await analyzeFiles(files, options, flags, io, (row) => {
        emitted++;
        if (isErrorRow(row)) errors = true;
        else if (!evaluateChecks(row, checks).every((c) => c.passed)) failed = true;
        // The progress line is erased while anything else is written (stdout may be the same terminal).
        if (progress) progress.around(() => write(row));
        else write(row);
      }, { inputs, progress, keepRows });
    } finally {
      progress?.stop();
    }
    if (emitted < files.length) return 2; // stopped early: the output failed (the caller reports it)
    writeWhole(rows, stream, render, output, io);

    if (baselineFile !== null && flags.baseline !== undefined) {
      const reports = rows.flatMap((r, i) => (isErrorRow(r) ? [] : [{ key: baselineKey(io.cwd, files[i]), report: r }]));
      if (await applyBaseline(baselineFile, flags.baseline, baseline, reports, flags, io)) failed = true;
    }
    if (errors) return 2;
    return failed ? 1 : 0;
  } finally {
    try {
      output?.close();
    } catch {
      /* already reported by the write that failed */
    }
  }
}
