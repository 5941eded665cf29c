/**
 * Node flags a worker thread may inherit. A worker takes the parent's
 * `process.execArgv` by default, and some flags there make `new Worker()`
 * throw (`--input-type` is only valid with `--eval`); drop those.
 */
const NOT_FOR_WORKERS = /^(--input-type|--eval|-e|--print|-p|--check|-c|--interactive|-i|--test|--watch|--watch-path|--prof-process)(=|$)/;

/** The parent's exec flags that are valid for a worker thread. */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] {
  return argv.filter((a) => !NOT_FOR_WORKERS.test(a));
}
