/**
 * Avoid phrases ("team player", "results-driven") found with the same
 * units and a phrase trie, with their line and offsets.
 */
import type { AvoidPhrase } from "../keywords/schema.js";
import type { SectionKind, SegmentedResume } from "../types.js";
import { lineAt } from "./blocks.js";
import { blocksWithUnits } from "./block-units.js";
import { PhraseTrie } from "./phrase-trie.js";
import { phraseKey } from "./units.js";
import { compareStrings } from "../util/compare.js";

/** One avoid phrase found in the resume. */
export interface PhraseHit {
  /** Avoid-phrase id. */
  id: string;
  /** The phrase as listed ("team player"). */
  phrase: string;
  /** The text as written in the resume. */
  matched: string;
  /** 1-based line. */
  line: number;
  section: SectionKind;
  /** Offsets in the line's text. */
  start: number;
  end: number;
  inBullet: boolean;
}

interface PhraseEntry {
  id: string;
  phrase: string;
}

const trieCache = new WeakMap<readonly AvoidPhrase[], PhraseTrie<PhraseEntry>>();

function compilePhrases(phrases: readonly AvoidPhrase[]): PhraseTrie<PhraseEntry> {
  const cached = trieCache.get(phrases);
  if (cached) return cached;
  const trie = new PhraseTrie<PhraseEntry>();
  for (const p of phrases) {
    const seen = new Set<string>();
    for (const text of [p.phrase, ...(p.aliases ?? [])]) {
      const key = phraseKey(text);
      const k = key.join(" ");
      if (key.length === 0 || seen.has(k)) continue;
      seen.add(k);
      trie.add(key, { id: p.id, phrase: p.phrase });
    }
  }
  trieCache.set(phrases, trie);
  return trie;
}

/**
 * Find avoid phrases ("team player", "results-driven") in a resume with the
 * same tokenizer and a phrase trie: case-insensitive, hyphen = space, whole
 * words only, longest match first. Sorted by line, then offset.
 */
export function findPhrases(resume: SegmentedResume, phrases: readonly AvoidPhrase[]): PhraseHit[] {
  const trie = compilePhrases(phrases);
  const hits: PhraseHit[] = [];
  if (trie.size === 0) return hits;
  for (const { block, units } of blocksWithUnits(resume)) {
    if (units.length === 0) continue;
    const keys = units.map((u) => u.folded);
    for (const h of trie.findAll(keys)) {
      const s = units[h.start].start;
      const e = units[h.start + h.length - 1].end;
      const li = lineAt(block, s);
      const line = block.lines[li];
      const lineStart = block.lineStarts[li];
      const seen = new Set<string>();
      for (const v of h.values) {
        if (seen.has(v.id)) continue;
        seen.add(v.id);
        hits.push({
          id: v.id,
          phrase: v.phrase,
          matched: block.rawText.slice(s, e),
          line: line.line,
          section: line.section,
          start: s - lineStart,
          end: Math.min(e - lineStart, line.text.length),
          inBullet: block.inBullet,
        });
      }
    }
  }
  hits.sort((a, b) => a.line - b.line || a.start - b.start || compareStrings(a.id, b.id));
  return hits;
}
