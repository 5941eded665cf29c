/**
 * `npm run keywords:gaps <dir> [--top N] [--json]`: the catalog's to-do list.
 * Reads every resume under `dir` (PDF, DOCX, Markdown, text; recursively),
 * matches it with the catalog and the vocabulary, and counts the terms of
 * skills lists and lists of technologies that matched nothing
 * (`report.unrecognized`), most frequent first: in how many files each term
 * (case and spacing folded) appears, with its most common written form and a
 * few of the files.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractResume } from "../src/extract/index.js";
import { getBuiltinCatalog } from "../src/keywords/load.js";
import { loadVocabulary, withVocabulary } from "../src/keywords/vocabulary.js";
import { createMatcher } from "../src/match/index.js";
import { termKey } from "../src/match/unrecognized.js";
import { segment } from "../src/segment/index.js";

/** One counted term. */
export interface GapRow {
  /** The most frequent written form. */
  term: string;
  /** Files that list it. */
  files: number;
  /** Mentions over all files (each file's first mention counted once per place). */
  mentions: number;
  /** Up to three of those files, relative to the folder. */
  examples: string[];
}

const RESUME_EXTENSIONS = /\.(pdf|docx|md|markdown|txt)$/i;

function resumeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (RESUME_EXTENSIONS.test(name) && !/^(readme|licen[cs]e)/i.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Count the unrecognized terms of every resume under `dir`; most files first, then mentions, then term. */
export async function countGaps(dir: string): Promise<{ rows: GapRow[]; files: number; unreadable: string[] }> {
  const catalog = withVocabulary(getBuiltinCatalog(), await loadVocabulary());
  const matcher = createMatcher(catalog);
  const byKey = new Map<string, { forms: Map<string, number>; files: Set<string>; mentions: number }>();
  const files = resumeFiles(dir);
  const unreadable: string[] = [];
  for (const file of files) {
    const rel = relative(dir, file);
    let terms;
    try {
      const doc = await extractResume(file);
      terms = matcher.match(segment(doc)).unrecognized ?? [];
    } catch {
      unreadable.push(rel);
      continue;
    }
    for (const t of terms) {
      const k = termKey(t.term);
      const row = byKey.get(k) ?? { forms: new Map<string, number>(), files: new Set<string>(), mentions: 0 };
      row.forms.set(t.term, (row.forms.get(t.term) ?? 0) + 1);
      row.files.add(rel);
      row.mentions++;
      byKey.set(k, row);
    }
  }
  const rows: GapRow[] = [...byKey.values()].map((r) => ({
    term: [...r.forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0],
    files: r.files.size,
    mentions: r.mentions,
    examples: [...r.files].sort().slice(0, 3),
  }));
  rows.sort((a, b) => b.files - a.files || b.mentions - a.mentions || (a.term.toLowerCase() < b.term.toLowerCase() ? -1 : a.term.toLowerCase() > b.term.toLowerCase() ? 1 : 0));
  return { rows, files: files.length, unreadable };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const dirArg = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--top");
  if (!dirArg) {
    console.error("usage: npm run keywords:gaps <dir> [--top N] [--json]");
    process.exit(2);
  }
  const topAt = args.indexOf("--top");
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 50;
  const dir = resolve(dirArg);
  const { rows, files, unreadable } = await countGaps(dir);
  if (args.includes("--json")) {
    console.log(JSON.stringify({ files, unreadable, terms: rows }, null, 2));
  } else {
    console.log(`${files} resumes under ${dirArg}: ${rows.length} distinct unrecognized terms${unreadable.length ? ` (${unreadable.length} unreadable: ${unreadable.join(", ")})` : ""}\n`);
    console.log(`${"files".padStart(5)} ${"mentions".padStart(8)}  term  (examples)`);
    for (const r of rows.slice(0, Number.isFinite(top) && top > 0 ? top : 50)) {
      console.log(`${String(r.files).padStart(5)} ${String(r.mentions).padStart(8)}  ${r.term}  (${r.examples.join(", ")})`);
    }
  }
}
