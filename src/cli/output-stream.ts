/**
 * Where the CLI writes, with every failure turned into one `OutputError`:
 * a closed pipe (`resume-ats … | head`), a full disk, a file that cannot be
 * opened. The CLI then prints one line and exits 2, never a stack trace, and
 * a batch stops instead of analyzing files nobody can read.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, writeSync } from "node:fs";

/** Failure to write the output (stdout, stderr or `--output`): exit code 2. */
export class OutputError extends Error {
  /** Stable code, as the CLI's other one-line errors. */
  readonly code = "OUTPUT_ERROR";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "OutputError";
  }
}

/** True for an `OutputError`, also one from another copy of this module (the CLI bundle may inline it twice). */
export function isOutputError(e: unknown): e is OutputError {
  return e instanceof OutputError || (e instanceof Error && (e as { code?: unknown }).code === "OUTPUT_ERROR");
}

const WHY: Record<string, string> = {
  EPIPE: "the reading end of the pipe was closed",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EROFS: "read-only file system",
  EISDIR: "it is a folder",
  ENOENT: "its folder does not exist",
  EBADF: "the stream is closed",
  ERR_STREAM_DESTROYED: "the stream is closed",
};

/** "cannot write to stdout: EPIPE (the reading end of the pipe was closed)". */
export function describeWriteError(target: string, e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string") return `cannot write to ${target}: ${code}${WHY[code] ? ` (${WHY[code]})` : ""}`;
  return `cannot write to ${target}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
}

/** A stream as the CLI gets it: a process stream, or a plain `{ write }` object in tests. */
export type WritableLike = { write(s: string, cb?: (e?: Error | null) => void): unknown; isTTY?: boolean; columns?: number; on?: (event: "error", fn: (e: Error) => void) => unknown; off?: (event: "error", fn: (e: Error) => void) => unknown };

/** A guarded stream: `write` throws `OutputError` once the stream has failed. */
export interface GuardedStream {
  write(s: string): void;
  readonly isTTY?: boolean;
  /** The terminal's width now (it changes when the window is resized), when the stream is one. */
  readonly columns?: number;
  /** The first failure, or null. */
  failure(): OutputError | null;
  /** Calls `fn` once, on the first failure. */
  onFailure(fn: (e: OutputError) => void): void;
  /** Resolves when what was written has been handed to the system (or failed). */
  flush(): Promise<void>;
  /** Stops listening to the stream's errors. */
  dispose(): void;
}

/** Wraps a stream so its asynchronous errors (EPIPE arrives after the write) are caught and remembered. */
export function guardStream(stream: WritableLike, target: string): GuardedStream {
  let failed: OutputError | null = null;
  const callbacks: Array<(e: OutputError) => void> = [];
  const fail = (e: unknown): OutputError => {
    if (!failed) {
      failed = isOutputError(e) ? e : new OutputError(describeWriteError(target, e), { cause: e });
      for (const cb of callbacks.splice(0)) cb(failed);
    }
    return failed;
  };
  const onError = (e: Error): void => {
    fail(e);
  };
  stream.on?.("error", onError);
  return {
    isTTY: stream.isTTY,
    get columns() {
      return stream.columns;
    },
    write(s: string): void {
      if (failed) throw failed;
      try {
        stream.write(s);
      } catch (e) {
        throw fail(e);
      }
      if (failed) throw failed;
    },
    failure: () => failed,
    onFailure(fn) {
      if (failed) fn(failed);
      else callbacks.push(fn);
    },
    flush(): Promise<void> {
      if (failed || typeof stream.on !== "function") return Promise.resolve();
      return new Promise((resolve) => {
        try {
          stream.write("", (e?: Error | null) => {
            if (e) fail(e);
            resolve();
          });
        } catch (e) {
          fail(e);
          resolve();
        }
      });
    },
    dispose() {
      stream.off?.("error", onError);
    },
  };
}

/**
 * The `--output` file: opened at once (so a bad path fails before any work),
 * written with synchronous writes as results finish (what was written is in
 * the file even if the process is killed), and, for a regular file,
 * rewritten in place at the end with the whole-batch document (same inode:
 * symlinks and permissions stay). A device or a pipe (`-o /dev/stdout`) is
 * only ever appended to.
 */
export class FileOutput {
  private fd: number | null;
  /** True for a regular file, which can be rewritten from its start. */
  readonly regular: boolean;

  constructor(readonly path: string) {
    try {
      this.fd = openSync(path, "w");
      this.regular = fstatSync(this.fd).isFile();
    } catch (e) {
      throw new OutputError(describeWriteError(path, e), { cause: e });
    }
  }

  private writeAll(text: string, position: number | null): void {
    if (this.fd === null) throw new OutputError(`cannot write to ${this.path}: it is closed`);
    try {
      const buf = Buffer.from(text, "utf8");
      let off = 0;
      while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off, position === null ? null : position + off);
    } catch (e) {
      throw new OutputError(describeWriteError(this.path, e), { cause: e });
    }
  }

  /** Appends `text`. */
  write(text: string): void {
    this.writeAll(text, null);
  }

  /** Replaces what was written with `text` (a regular file is truncated first; anything else is appended to). */
  rewrite(text: string): void {
    if (!this.regular) return this.write(text);
    if (this.fd === null) throw new OutputError(`cannot write to ${this.path}: it is closed`);
    try {
      ftruncateSync(this.fd, 0);
    } catch (e) {
      throw new OutputError(describeWriteError(this.path, e), { cause: e });
    }
    this.writeAll(text, 0);
  }

  /** Closes the file (idempotent). */
  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      closeSync(fd);
    } catch (e) {
      throw new OutputError(describeWriteError(this.path, e), { cause: e });
    }
  }
}

/**
 * Hands results over in input order as they finish: `put(i, value)` in any
 * order; `emit` is called for 0, 1, 2… as soon as each and all before it
 * are in. Only results waiting for an earlier one are held.
 */
export class InOrder<T> {
  private next = 0;
  private readonly waiting = new Map<number, T>();

  constructor(private readonly emit: (value: T, index: number) => void) {}

  /** Number of results emitted so far. */
  get emitted(): number {
    return this.next;
  }

  /** Number of results held back for an earlier one. */
  get held(): number {
    return this.waiting.size;
  }

  put(index: number, value: T): void {
    this.waiting.set(index, value);
    while (this.waiting.has(this.next)) {
      const v = this.waiting.get(this.next) as T;
      this.waiting.delete(this.next);
      const i = this.next++;
      this.emit(v, i);
    }
  }
}
