/**
 * Output formats, listed once (as textlint's `builtinFormatterList`): each
 * with a one-line description and a loader, all with one signature
 * `(input, ctx) => string`. The CLI's `--format` values and their help come
 * from this table; adding a format is adding its module and one entry here.
 * Loaders import the module on use, so the CLI starts without any of them.
 */
import type { CheckOptions, FormatInput } from "./format-common.js";

/** What every formatter may be told; each reads what applies to it. */
export interface FormatContext extends CheckOptions {
  /** ANSI colors (text). */
  color?: boolean;
  /** Component details, ignored candidates, sections, role ranking (text). */
  verbose?: boolean;
  /** The tool version to write into the output (SARIF). */
  toolVersion?: string;
  /** Leave out rows of files that could not be read, which the caller shows elsewhere (text: the CLI prints them on stderr). */
  skipErrorRows?: boolean;
}

/** A formatter: one report or a batch of rows to a string. */
export type Formatter = (input: FormatInput, ctx?: FormatContext) => string;

/** An entry of the table. */
export interface FormatterEntry {
  /** One line for `--help`. */
  description: string;
  /** Read at leisure by a person: the CLI turns the writing rules on for it unless `--no-writing` (`WRITING_RULES`: they load compromise, which batch machine formats skip). */
  forPeople?: true;
  load(): Promise<Formatter>;
}

/** Every output format. */
export const FORMATTERS = {
  text: { description: "readable text, colored on a terminal", load: async () => (await import("./format-text.js")).formatText },
  json: { description: "the report object (an array for several files)", load: async () => (await import("./format-json.js")).formatJson },
  ndjson: { description: "one report object per line, written as each file finishes", load: async () => (await import("./format-ndjson.js")).formatNdjson },
  markdown: { description: "Markdown for PR comments and $GITHUB_STEP_SUMMARY", forPeople: true, load: async () => (await import("./format-markdown.js")).formatMarkdown },
  github: { description: "GitHub Actions annotations (::error file=...,line=...,col=...::)", load: async () => (await import("./format-github.js")).formatGithub },
  junit: { description: "JUnit XML, one test case per check", load: async () => (await import("./format-junit.js")).formatJunit },
  sarif: { description: "SARIF 2.1.0 for code scanning", load: async () => (await import("./format-sarif.js")).formatSarif },
  html: { description: "one self-contained page: the resume with its keywords lit and hints in place", forPeople: true, load: async () => (await import("./format-html.js")).formatHtml },
} as const satisfies Record<string, FormatterEntry>;

/** An output format name. */
export type OutputFormat = keyof typeof FORMATTERS;

/** Every output format name, in table order. */
export const FORMAT_NAMES = Object.keys(FORMATTERS) as OutputFormat[];

/** Formats `input` with the named formatter (loaded on first use). */
export async function formatReport(format: OutputFormat, input: FormatInput, ctx: FormatContext = {}): Promise<string> {
  return (await FORMATTERS[format].load())(input, ctx);
}
