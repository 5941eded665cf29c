/**
 * `npx tsx scripts/keywords-hits.ts [skill-id ...] [--file skills.json]`:
 * runs extract → segment → match over every resume of the dev corpus
 * (`../shared/corpus/dev`, PDF, DOCX and Markdown, truth or not) and
 * prints each direct (not implied) mention of the named skills with its line,
 * plus the candidates the matcher ignored for them. With no ids, prints every
 * skill of the skill files given with `--file` (default: all skills).
 *
 * A review aid for catalog changes: read every hit of a new alias by eye
 * before trusting it (precision on resumes nobody has labelled).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractResume } from "../src/extract/index.js";
import { getBuiltinCatalog } from "../src/keywords/load.js";
import { createMatcher } from "../src/match/index.js";
import { segment } from "../src/segment/index.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "..", "shared", "corpus", "dev");

/** Every resume file under `dir`, sorted. */
export function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p));
    else if (/\.(pdf|docx|md)$/i.test(name)) out.push(p);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fileAt = args.indexOf("--file");
  let ids = new Set(args.filter((a, i) => !a.startsWith("--") && i !== fileAt + 1));
  if (fileAt !== -1) {
    const skills = (JSON.parse(readFileSync(args[fileAt + 1], "utf8")) as { skills: Array<{ id: string }> }).skills;
    ids = new Set([...ids, ...skills.map((s) => s.id)]);
  }
  const catalog = getBuiltinCatalog();
  const matcher = createMatcher(catalog);
  for (const file of corpusFiles(CORPUS)) {
    let lines: string[] = [];
    try {
      const seg = segment(await extractResume(file));
      const textOf = new Map(seg.lines.map((l) => [l.line, l.text]));
      const result = matcher.match(seg, { now: 2026 });
      for (const s of result.skills) {
        if (s.implied || (ids.size > 0 && !ids.has(s.id))) continue;
        for (const o of s.occurrences) lines.push(`  + ${s.id} ← '${o.matched}' [${o.section}] ${String(textOf.get(o.line) ?? "").trim().slice(0, 110)}`);
      }
      for (const ig of result.ignored) {
        if (ids.size > 0 && !ids.has(ig.skillId)) continue;
        lines.push(`  - ${ig.skillId}: ${ig.reason}`);
      }
    } catch (e) {
      lines = [`  ! ${(e as Error).message}`];
    }
    if (lines.length > 0) console.log(`# ${relative(CORPUS, file)}\n${lines.join("\n")}`);
  }
}

await main();
