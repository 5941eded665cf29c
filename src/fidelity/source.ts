/**
 * Reads a resume source (Markdown, JSON Resume, LaTeX, HTML, text) into its
 * visible lines, each numbered by its line in the source file.
 * Markdown and JSON Resume go through `extractResume`, as the analyzer reads
 * them; LaTeX and HTML through this module's own small converters.
 */
import { readFile } from "node:fs/promises";
import { EmptyInputError, FileNotFoundError, InvalidOptionsError } from "../errors.js";
import { extractResume } from "../extract/index.js";
import { classifyText } from "../extract/detect.js";
import { htmlToSourceLines, looksLikeHtml } from "./html.js";
import { latexToLines, looksLikeLatex } from "./latex.js";
import { lineTokens } from "./tokens.js";
import type { SourceFormat, SourceLine, SourceSpec } from "./types.js";

const FORMATS: readonly SourceFormat[] = ["markdown", "json-resume", "latex", "html", "text"];

const BY_EXTENSION: ReadonlyMap<string, SourceFormat> = new Map([
  ["md", "markdown"], ["markdown", "markdown"], ["mdown", "markdown"], ["json", "json-resume"],
  ["tex", "latex"], ["latex", "latex"], ["ltx", "latex"], ["html", "html"], ["htm", "html"], ["xhtml", "html"],
  ["txt", "text"], ["text", "text"],
]);

/** True for a known source format name. */
export function isSourceFormat(value: unknown): value is SourceFormat {
  return typeof value === "string" && (FORMATS as readonly string[]).includes(value);
}

/** The source format: from the path's extension when known, else from the content. */
export function detectSourceFormat(text: string, path?: string): SourceFormat {
  const ext = path ? /\.([A-Za-z]+)$/u.exec(path)?.[1]?.toLowerCase() : undefined;
  const byExt = ext ? BY_EXTENSION.get(ext) : undefined;
  if (byExt) return byExt;
  if (looksLikeLatex(text)) return "latex";
  if (looksLikeHtml(text)) return "html";
  return classifyText(text);
}

/** Markdown link syntax whose URL a rendered PDF does not print: `[text](url)` → `text`. */
export function hideMarkdownLinkTargets(text: string): string {
  return text.replace(/(!?)\[([^\]\n]*)\]\(\s*<?[^)\s>]*>?(?:\s+"[^"\n]*")?\s*\)/gu, (_m, bang: string, label: string) => (bang ? "" : label));
}

/**
 * Numbers extracted lines by the source file line they came from: each line
 * is looked up from the previous one's position on (then from the top), by
 * its first tokens.
 */
export function locateLines(rawText: string, texts: readonly string[]): number[] {
  const raw = rawText.split(/\r\n|\r|\n/u).map((l, i) => new Set(lineTokens(l, i).map((t) => t.t)));
  const out: number[] = [];
  let cursor = 0;
  for (const text of texts) {
    const key = lineTokens(text, 0).slice(0, 4).map((t) => t.t);
    if (key.length === 0 || raw.length === 0) { out.push(cursor + 1); continue; }
    const need = Math.min(2, key.length);
    let found = -1;
    let best = -1;
    let bestScore = 0;
    for (let step = 0; step < raw.length && found < 0; step++) {
      const i = (cursor + step) % raw.length;
      const set = raw[i];
      if (!set.has(key[0])) continue;
      const score = key.filter((k) => set.has(k)).length;
      if (score >= need) found = i;
      else if (score > bestScore) { bestScore = score; best = i; }
    }
    const at = found >= 0 ? found : best >= 0 ? best : cursor;
    out.push(at + 1);
    cursor = at;
  }
  return out;
}

/**
 * JSON Resume lines in the order the author wrote them: section names are the
 * reader's (marked synthetic, placed before their section's first line) and
 * lines sorted by their line in the JSON file (themes follow the file's order).
 */
function jsonResumeOrder(lines: readonly SourceLine[]): SourceLine[] {
  const out = lines.map((l) => ({ ...l }));
  for (let k = out.length - 1; k >= 0; k--) {
    if (!out[k].heading) continue;
    out[k].synthetic = true;
    const next = out.slice(k + 1).find((l) => !l.heading);
    if (next) out[k].line = next.line;
  }
  return out
    .map((l, k) => ({ l, k }))
    .sort((a, b) => a.l.line - b.l.line || Number(b.l.synthetic === true) - Number(a.l.synthetic === true) || a.k - b.k)
    .map((x) => x.l);
}

/** The source text and its path (null when given as text). */
export async function loadSourceText(spec: SourceSpec): Promise<{ text: string; path: string | null }> {
  if (typeof spec.text === "string") return { text: spec.text, path: spec.path ?? null };
  if (!spec.path) throw new InvalidOptionsError("The source needs a path or a text.");
  try {
    return { text: await readFile(spec.path, "utf8"), path: spec.path };
  } catch (e) {
    throw new FileNotFoundError(`The source file "${spec.path}" does not exist or cannot be read.`, { cause: e, details: { path: spec.path } });
  }
}

/** Reads the source's visible lines (see the module comment). */
export async function readSourceLines(text: string, format: SourceFormat): Promise<SourceLine[]> {
  if (text.trim().length === 0) throw new EmptyInputError("The source is empty.");
  let lines: SourceLine[];
  if (format === "latex") lines = latexToLines(text);
  else if (format === "html") lines = htmlToSourceLines(text);
  else {
    const input = format === "markdown" ? hideMarkdownLinkTargets(text) : text;
    const doc = await extractResume({ text: input, format });
    const texts = doc.lines.map((l) => l.text.replace(/^•\s*/u, ""));
    const numbers = locateLines(text, texts);
    lines = doc.lines.map((l, k) => ({
      line: numbers[k],
      text: texts[k],
      ...(l.heading ? { heading: true } : {}),
      ...(l.bullet ? { bullet: true } : {}),
    }));
    if (format === "json-resume") lines = jsonResumeOrder(lines);
  }
  return lines.filter((l) => lineTokens(l.text, 0).length > 0);
}
