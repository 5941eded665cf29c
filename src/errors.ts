/**
 * Typed errors. Every failure the library reports on bad input is a
 * `ResumeAtsError` subclass with a stable `code`; callers switch on `code`,
 * never on the message.
 */

/** Stable error codes. Part of the public API: never renamed. */
export type ErrorCode =
  | "EMPTY_INPUT"
  | "UNSUPPORTED_FORMAT"
  | "CORRUPT_FILE"
  | "ENCRYPTED_PDF"
  | "NO_TEXT_LAYER"
  | "TOO_LARGE"
  | "TIMEOUT"
  | "RESOURCE_LIMIT"
  | "ABORTED"
  | "INVALID_KEYWORDS"
  | "INVALID_OPTIONS"
  | "UNKNOWN_ROLE"
  | "FILE_NOT_FOUND";

/** Base class of every error this library throws on purpose. */
export class ResumeAtsError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Extra facts (file, limit, actual value, JSON path...). */
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options?.details) this.details = options.details;
  }

  /** Plain object for JSON output. */
  toJSON(): { name: string; code: ErrorCode; message: string; details?: Record<string, unknown> } {
    return { name: this.name, code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** The input has no bytes or no text at all. */
export class EmptyInputError extends ResumeAtsError {
  constructor(message = "The input is empty: there is no resume to read.", options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("EMPTY_INPUT", message, options);
  }
}

/** The bytes are a format we do not read (.doc, .odt, image, other zip, binary). */
export class UnsupportedFormatError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("UNSUPPORTED_FORMAT", message, options);
  }
}

/** The file claims a format but is broken (truncated, bad structure). */
export class CorruptFileError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("CORRUPT_FILE", message, options);
  }
}

/** The PDF needs a password to open. */
export class EncryptedPdfError extends ResumeAtsError {
  constructor(message = "The PDF is password-protected. Save a copy without a password (or print it to PDF) and try again.", options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("ENCRYPTED_PDF", message, options);
  }
}

/** The PDF's pages carry no text (a scan or an image export). */
export class NoTextLayerError extends ResumeAtsError {
  constructor(message = "The PDF has no text layer (it looks like a scan or an image). An ATS cannot read it either: export a text PDF from your editor.", options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("NO_TEXT_LAYER", message, options);
  }
}

/** A size, page or expansion limit was exceeded. */
export class TooLargeError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("TOO_LARGE", message, options);
  }
}

/** The work took longer than `timeoutMs`. */
export class TimeoutError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("TIMEOUT", message, options);
  }
}

/** A worker hit its memory cap. */
export class ResourceLimitError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("RESOURCE_LIMIT", message, options);
  }
}

/** The caller's AbortSignal fired. */
export class AbortedError extends ResumeAtsError {
  constructor(message = "The analysis was aborted.", options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("ABORTED", message, options);
  }
}

/** A keyword (skill/role/avoid) file does not match the schema or references unknown ids. */
export class InvalidKeywordsError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("INVALID_KEYWORDS", message, options);
  }
}

/** Options passed to the API or CLI are invalid. */
export class InvalidOptionsError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("INVALID_OPTIONS", message, options);
  }
}

/** The requested role id is not in the catalog. */
export class UnknownRoleError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("UNKNOWN_ROLE", message, options);
  }
}

/** A file path given as input does not exist or cannot be read. */
export class FileNotFoundError extends ResumeAtsError {
  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super("FILE_NOT_FOUND", message, options);
  }
}

/** True when `e` is one of ours. */
export function isResumeAtsError(e: unknown): e is ResumeAtsError {
  return e instanceof ResumeAtsError;
}

const CLASS_BY_CODE: Record<ErrorCode, new (message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) => ResumeAtsError> = {
  EMPTY_INPUT: EmptyInputError,
  UNSUPPORTED_FORMAT: UnsupportedFormatError,
  CORRUPT_FILE: CorruptFileError,
  ENCRYPTED_PDF: EncryptedPdfError,
  NO_TEXT_LAYER: NoTextLayerError,
  TOO_LARGE: TooLargeError,
  TIMEOUT: TimeoutError,
  RESOURCE_LIMIT: ResourceLimitError,
  ABORTED: AbortedError,
  INVALID_KEYWORDS: InvalidKeywordsError,
  INVALID_OPTIONS: InvalidOptionsError,
  UNKNOWN_ROLE: UnknownRoleError,
  FILE_NOT_FOUND: FileNotFoundError,
};

/** Rebuild the right subclass from a code (e.g. an error that crossed a thread boundary). */
export function createError(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }): ResumeAtsError {
  const Cls = CLASS_BY_CODE[code];
  return Cls ? new Cls(message, options) : new ResumeAtsError(code, message, options);
}
