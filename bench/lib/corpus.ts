/**
 * The speed bench's corpus: every PDF, DOCX and Markdown file under the
 * shared dev corpus, in a stable (sorted) order, read into memory once.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One corpus file, bytes in memory. */
export interface CorpusFile {
  /** Path relative to the corpus root. */
  name: string;
  path: string;
  kind: "pdf" | "docx" | "md";
  bytes: Uint8Array;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** Loads every .pdf / .docx / .md file under `root`, sorted by path. */
export function loadCorpus(root: string): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const p of walk(root)) {
    const m = /\.(pdf|docx|md)$/iu.exec(p);
    if (!m) continue;
    out.push({ name: relative(root, p), path: p, kind: m[1].toLowerCase() as CorpusFile["kind"], bytes: new Uint8Array(readFileSync(p)) });
  }
  return out;
}
