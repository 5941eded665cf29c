/**
 * Baselines the speed bench compares us with, in the same process:
 * - pdf-parse's own `getText()` on the same PDFs (extraction alone, no layout);
 * - a naive matcher (one case-insensitive, whole-word regex per alias run over
 *   the resume text) against our trie matcher, on catalogs grown to 300, 3,000
 *   and 30,000 aliases with synthetic skills.
 */
import { buildCatalog } from "../../src/keywords/build-catalog.js";
import type { Catalog } from "../../src/keywords/catalog.js";
import type { Skill } from "../../src/keywords/schema.js";
import { createMatcher } from "../../src/match/index.js";
import type { SegmentedResume } from "../../src/types.js";
import { median } from "./stats.js";
import { rng } from "./rng.js";

/** Time of pdf-parse `getText()` (load, every page's text, destroy) on one PDF, in ms. */
export async function pdfParseGetTextMs(bytes: Uint8Array): Promise<number> {
  const { PDFParse } = await import("pdf-parse");
  const t0 = performance.now();
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    await parser.getText();
  } finally {
    await parser.destroy();
  }
  return performance.now() - t0;
}

/** Every alias string of a skill (its name plus string or object aliases). */
function aliasTexts(s: Skill): string[] {
  return [s.name, ...(s.aliases ?? []).map((a) => (typeof a === "string" ? a : a.text))];
}

/** Number of alias strings in a catalog (names included). */
export function aliasCount(catalog: Catalog): number {
  return catalog.skills.reduce((n, s) => n + aliasTexts(s).length, 0);
}


const SYLLABLES = ["ka", "zu", "mo", "rex", "vin", "tal", "qo", "ber", "nix", "lu", "dra", "sey", "pho", "gri", "wen", "xal", "yor", "fen", "cru", "jo"];

function pseudoWord(next: () => number): string {
  const n = 2 + Math.floor(next() * 3);
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return w;
}

/**
 * A catalog of about `aliases` alias strings: below the built-in catalog's
 * size, its first skills by id (implications to dropped skills removed);
 * above, the built-in catalog grown with synthetic skills (1–3 pseudo-words
 * per alias, four aliases each). Deterministic.
 */
export function syntheticCatalog(base: Catalog, aliases: number): Catalog {
  const next = rng(aliases);
  const skills: Skill[] = [];
  let count = 0;
  for (const s of base.skills) {
    if (count >= aliases) break;
    skills.push(s);
    count += aliasTexts(s).length;
  }
  if (skills.length < base.skills.length) {
    const kept = new Set(skills.map((s) => s.id));
    for (let i = 0; i < skills.length; i++) {
      const implies = skills[i].implies;
      if (implies) skills[i] = { ...skills[i], implies: implies.filter((id) => kept.has(id)) };
    }
  }
  for (let i = 0; count < aliases; i++) {
    const words = (): string => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pseudoWord(next)).join(" ");
    const name = words();
    const extra = [words(), words(), `${name}-js`];
    skills.push({ id: `synthetic-skill-${i}`, name, category: "tool", aliases: extra });
    count += 1 + extra.length;
  }
  return buildCatalog({ version: `synthetic-${aliases}`, skills, roles: [], avoid: [] });
}

/** A naive matcher: one compiled regex per alias, tested over the whole text. */
export interface NaiveMatcher {
  match(text: string): string[];
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** Compiles a naive matcher over every alias of `catalog` (whole words, case-insensitive, hyphen = space). */
export function naiveMatcher(catalog: Catalog): NaiveMatcher {
  const rules: Array<[string, RegExp]> = [];
  for (const s of catalog.skills) {
    for (const a of aliasTexts(s)) {
      const body = escapeRegex(a).replace(/[\s-]+/gu, "[\\s-]+");
      // Word edges by lookaround on ASCII word characters: the plain regex a naive implementation writes.
      rules.push([s.id, new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, "i")]);
    }
  }
  return {
    match(text: string): string[] {
      const found = new Set<string>();
      for (const [id, re] of rules) if (!found.has(id) && re.test(text)) found.add(id);
      return [...found].sort();
    },
  };
}

/** One row of the matcher-scaling comparison. */
export interface ScalingRow {
  aliases: number;
  /** Median ms per resume, naive regex matcher. */
  naiveMs: number;
  /** Median ms per resume, our matcher (whole `match`, rules included). */
  oursMs: number;
  /** Time to compile our tries for this catalog, ms (once per catalog). */
  compileMs: number;
}

/**
 * Times both matchers per resume at each catalog size: one warm-up pass, then
 * `passes` timed passes; the figure is the median over resumes × passes.
 */
export function matcherScaling(base: Catalog, resumes: ReadonlyArray<{ resume: SegmentedResume; text: string }>, sizes: readonly number[], passes: number): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const size of sizes) {
    const catalog = syntheticCatalog(base, size);
    const t0 = performance.now();
    const ours = createMatcher(catalog);
    const compileMs = performance.now() - t0;
    const naive = naiveMatcher(catalog);
    const naiveTimes: number[] = [];
    const ourTimes: number[] = [];
    for (let p = 0; p <= passes; p++) {
      for (const r of resumes) {
        let t = performance.now();
        naive.match(r.text);
        const n = performance.now() - t;
        t = performance.now();
        ours.match(r.resume);
        const o = performance.now() - t;
        if (p > 0) {
          naiveTimes.push(n);
          ourTimes.push(o);
        }
      }
    }
    rows.push({ aliases: aliasCount(catalog), naiveMs: median(naiveTimes), oursMs: median(ourTimes), compileMs });
  }
  return rows;
}
