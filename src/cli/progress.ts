/**
 * Progress of a batch on a terminal: files done / total, the time elapsed and
 * the file being read, redrawn in place on one line of stderr. Shown only to
 * a person watching: stderr is a TTY (not `TERM=dumb`), the batch has more
 * than a few files, and neither `--quiet` nor a CI environment (`CI`) asks
 * for plain output. Anything else written to the terminal meanwhile goes
 * through `around`, which erases the line first and redraws it after.
 */

/** Batches of more files than this show progress. */
export const PROGRESS_MIN_FILES = 3;

/** Erases the current terminal line: back to its start, then "erase in line" (ANSI EL 2). */
const ERASE = "\r\u001b[2K";

/** Where progress is drawn: a stream with `isTTY` and, on a terminal, `columns`. */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** True when `CI` is set to anything but "", "0" or "false" (GitHub Actions, GitLab, CircleCI... set `CI=true`). */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const v = env.CI;
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

/** Whether a batch of `files` files shows progress on `stream`. */
export function wantsProgress(files: number, stream: ProgressStream, env: NodeJS.ProcessEnv, quiet: boolean | undefined): boolean {
  return files > PROGRESS_MIN_FILES && stream.isTTY === true && quiet !== true && !isCi(env) && env.TERM !== "dumb";
}

/** "4s", "1m 05s", "1h 02m". */
export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}

/** Options of `Progress` (a clock and a redraw period for tests). */
export interface ProgressOptions {
  now?: () => number;
  /** Fewest ms between two redraws caused by files finishing (default 80). */
  minRedrawMs?: number;
  /** Redraw this often (ms) so the elapsed time moves while a slow file is read (default 1000; 0: never). */
  tickMs?: number;
}

/** The progress line of one batch. */
export class Progress {
  private readonly started = new Map<number, string>();
  private done = 0;
  private shown = false;
  private stopped = false;
  private lastDraw = -Infinity;
  private readonly t0: number;
  private readonly now: () => number;
  private readonly minRedrawMs: number;
  private readonly timer: ReturnType<typeof setInterval> | null;

  constructor(
    private readonly out: ProgressStream,
    private readonly total: number,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.t0 = this.now();
    this.minRedrawMs = options.minRedrawMs ?? 80;
    const tick = options.tickMs ?? 1000;
    this.timer = tick > 0 ? setInterval(() => this.draw(true), tick) : null;
    this.timer?.unref?.();
  }

  /** A file started. */
  start(index: number, file: string): void {
    this.started.set(index, file);
    this.draw(false);
  }

  /** A file finished (in any order). */
  settle(index: number): void {
    if (this.started.delete(index)) this.done++;
    this.draw(this.done === this.total);
  }

  /**
   * The line as it is drawn: "[12/40] 8s  cv/jane-doe.pdf". The file is the
   * earliest started one still being read (the one the ordered output waits for).
   */
  line(): string {
    const current = this.started.values().next().value;
    const head = `[${this.done}/${this.total}] ${formatElapsed(this.now() - this.t0)}`;
    const text = current === undefined ? head : `${head}  ${current}`;
    const width = this.out.columns !== undefined && this.out.columns > 10 ? this.out.columns - 1 : 120;
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  }

  /** Runs `write` (which prints whole lines) with the progress line erased, then draws the line again. */
  around(write: () => void): void {
    this.erase();
    write();
    this.draw(true);
  }

  /** Erases the line and stops redrawing. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.erase();
    this.stopped = true;
  }

  private erase(): void {
    if (this.shown) this.out.write(ERASE);
    this.shown = false;
  }

  private draw(force: boolean): void {
    if (this.stopped) return;
    const t = this.now();
    if (!force && t - this.lastDraw < this.minRedrawMs) return;
    this.lastDraw = t;
    this.out.write(`${ERASE}${this.line()}`);
    this.shown = true;
  }
}
