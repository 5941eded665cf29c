/**
 * `parseJobDescription`: a job posting → title, seniority, years asked for,
 * required and preferred catalog skills, other significant terms, sections.
 */
import { extractResume } from "../extract/index.js";
import type { Catalog } from "../keywords/catalog.js";
import { phraseKey } from "../match/units.js";
import type { ExtractOptions, ExtractedDocument, ResumeInput } from "../types.js";
import { linesOfDocument, linesOfText } from "./lines.js";
import { postingSkills, type PostingSkillOptions } from "./posting-skills.js";
import { splitSections, type JobLine } from "./sections.js";
import { significantTerms, type TermOptions } from "./terms.js";
import { findTitle, seniorityOf, yearsIn } from "./title.js";
import type { JobPosting } from "./types.js";
import { jsonJobLines, parseJsonJob } from "./json-job.js";
import { loadInput } from "../extract/input.js";
import { DEFAULT_LIMITS } from "../extract/limits.js";

/** Options of `parseJobDescription` / `parseJobText`. */
export interface ParseJobOptions extends PostingSkillOptions {
  /** Passed to `extractResume` for files and bytes. */
  extract?: ExtractOptions;
  /** Tuning of the other-terms search. */
  terms?: Omit<TermOptions, "exclude">;
}

function isExtracted(x: unknown): x is ExtractedDocument {
  return typeof x === "object" && x !== null && Array.isArray((x as ExtractedDocument).lines) && typeof (x as ExtractedDocument).format === "string";
}

const catalogWords = new WeakMap<Catalog, Set<string>>();

/** Every folded word of every catalog skill name and alias (and vocabulary name, when attached): these are skills, never "other terms". */
function skillWords(catalog: Catalog): Set<string> {
  const hit = catalogWords.get(catalog);
  if (hit) return hit;
  const set = new Set<string>();
  const vocabularyTexts = (catalog.vocabulary?.names ?? []).map((n) => ({ name: n.name, acronym: undefined, aliases: (n.aliases ?? []).map((a) => (typeof a === "string" ? a : a.text)) }));
  for (const s of [...catalog.skills, ...vocabularyTexts]) {
    const texts = [s.name, s.acronym, ...(s.aliases ?? []).map((a) => (typeof a === "string" ? a : a.text))];
    for (const t of texts) {
      if (!t) continue;
      const units = phraseKey(t);
      if (units.length === 1) set.add(units[0]);
      const whole = t.toLowerCase();
      if (!whole.includes(" ")) set.add(whole);
    }
  }
  catalogWords.set(catalog, set);
  return set;
}

/** `text` with each [start, end) span replaced by spaces, in one pass. */
function blankSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    parts.push(text.slice(at, from), " ".repeat(e - from));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** Parse posting lines (the shared core of the sync and async entry points). */
export function parseJobLines(lines: readonly JobLine[], catalog: Catalog, options: ParseJobOptions = {}): JobPosting {
  const split = splitSections(lines);
  const title = findTitle(lines);
  const titleLine = lines.find((l) => l.text.trim() !== "")?.line ?? null;
  const { required, preferred, occurrences, listTerms } = postingSkills(lines, split, titleLine, catalog, options);

  // Years: the largest "N years" in the requirements, else anywhere outside About/Benefits ("5+ years, 2 of them in Go" → 5).
  const inReq: number[] = [];
  const elsewhere: number[] = [];
  lines.forEach((l, i) => {
    const kind = split.sections[split.sectionOf[i]].kind;
    if (kind === "about" || kind === "benefits") return;
    const ys = yearsIn(l.text);
    (kind === "requirements" ? inReq : elsewhere).push(...ys);
  });
  const pool = inReq.length > 0 ? inReq : elsewhere;
  const yearsRequired = pool.length > 0 ? Math.max(...pool) : null;

  // Other terms: from the posting outside About/Benefits and the lines before the first heading
  // but the title (company name, location); mentions of catalog skills blanked out.
  const spansByLine = new Map<number, Array<[number, number]>>();
  for (const o of occurrences) {
    const list = spansByLine.get(o.line) ?? [];
    list.push([o.start, o.end]);
    spansByLine.set(o.line, list);
  }
  const exclude = skillWords(catalog);
  const headerWords = new Set<string>();
  const body: string[] = [];
  lines.forEach((l, i) => {
    const section = split.sections[split.sectionOf[i]];
    const text = blankSpans(l.text, spansByLine.get(l.line) ?? []);
    const untitledHead = section.heading === "" && split.sectionOf[i] === 0 && l.line !== titleLine && i < 4;
    if (section.kind === "about" || section.kind === "benefits" || untitledHead) {
      for (const w of text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u)) if (w) headerWords.add(w);
      return;
    }
    if (split.isHeading[i]) return;
    body.push(text);
  });
  const allExcluded = new Set([...exclude, ...headerWords]);
  const otherTerms = significantTerms(body.join("\n"), { ...options.terms, exclude: allExcluded });

  return {
    title,
    seniority: seniorityOf(title),
    yearsRequired,
    required,
    preferred,
    otherTerms,
    listTerms,
    sections: split.sections.map((s) => ({ ...s })),
  };
}

/**
 * Parse a posting given as text, synchronously: plain text, Markdown, or a
 * JSON Resume job (`sample.job.json`), which is read by its schema.
 */
export function parseJobText(text: string, catalog: Catalog, options: ParseJobOptions = {}): JobPosting {
  const job = parseJsonJob(text);
  if (job) {
    const { lines, seniority } = jsonJobLines(job, text);
    const posting = parseJobLines(lines, catalog, options);
    return posting.seniority === null && seniority !== null ? { ...posting, seniority } : posting;
  }
  return parseJobLines(linesOfText(text), catalog, options);
}

/** The text of bytes that start like a JSON object (after a BOM and white space), else null. */
function jsonText(bytes: Uint8Array): string | null {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] !== 0x7b) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Parse a job posting: a path or bytes (PDF, DOCX, text; read with
 * `extractResume`), `{ text }`, or an already extracted document.
 */
export async function parseJobDescription(
  input: ResumeInput | ExtractedDocument,
  catalog: Catalog,
  options: ParseJobOptions = {},
): Promise<JobPosting> {
  if (isExtracted(input)) return parseJobLines(linesOfDocument(input), catalog, options);
  if (typeof input === "object" && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer) && "text" in input && input.format !== "json-resume") {
    return parseJobText(input.text, catalog, options);
  }
  if (typeof input === "string" || input instanceof Uint8Array || input instanceof ArrayBuffer) {
    // A JSON Resume job file is read by its schema, not as resume text.
    const loaded = await loadInput(input, options.extract?.maxBytes ?? DEFAULT_LIMITS.maxBytes);
    const text = loaded.kind === "bytes" ? jsonText(loaded.bytes) : null;
    if (text !== null && parseJsonJob(text)) return parseJobText(text, catalog, options);
  }
  const doc = await extractResume(input, options.extract ?? {});
  if (doc.format === "text" || doc.format === "markdown") return parseJobText(doc.text, catalog, options);
  return parseJobLines(linesOfDocument(doc), catalog, options);
}
