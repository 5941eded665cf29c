/**
 * Errors of the command line itself: printed without a stack, exit code 2.
 */

/** A command-line mistake (unknown flag, bad value, no file, unknown role). */
export class UsageError extends Error {
  /** `USAGE` for a bad command line, or a library code such as `UNKNOWN_ROLE`. */
  readonly code: string;
  constructor(message: string, code = "USAGE") {
    super(message);
    this.name = "UsageError";
    this.code = code;
  }
}
