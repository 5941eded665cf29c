/**
 * Names of a slash group that share a head word ("Unit/E2E Testing").
 */
import type { AliasEntry } from "./compile.js";
import type { PhraseTrie } from "./phrase-trie.js";
import type { MatchUnit } from "./units.js";

/**
 * Slash groups sharing a head word: "Unit/Perf/E2E Testing" names unit
 * testing, performance testing and end-to-end testing. The group's last
 * member with the head must itself be a catalog name ("E2E Testing"), which
 * shows the head is shared; each earlier member then counts when the member
 * plus the same head is an alias ("Unit Testing", "Perf Testing"). Only
 * members joined by a bare "/" (one token: "Unit/Perf/E2E"), and only
 * aliases that need neither context nor exact case, so nothing here can find
 * a name the plain matcher would have rejected.
 */

/** A name found by distributing a shared head over a slash group. */
export interface GroupedHit {
  entry: AliasEntry;
  /** The member's unit. */
  k: number;
  /** Units from the member to the end of the head. */
  len: number;
}

function usable(e: AliasEntry): boolean {
  return !e.caseSensitive && !e.requiresContext;
}

/** The exact (folded keys) and stemmed (stem keys) alias tries. */
export interface AliasTries {
  exact: PhraseTrie<AliasEntry>;
  stemmed: PhraseTrie<AliasEntry>;
}

/** Hits at `at` in either trie, longest first. */
function hitsAt(tries: AliasTries, folded: readonly string[], stems: readonly string[], at: number): Array<{ length: number; values: readonly AliasEntry[] }> {
  const all = [...tries.exact.matchesAt(folded, at), ...tries.stemmed.matchesAt(stems, at)];
  return all.sort((a, b) => b.length - a.length);
}

/** Grouped names of a block (`skip[k]`: the member is already inside an accepted name, e.g. "CI" in "CI/CD"). */
export function groupedHits(text: string, units: readonly MatchUnit[], tries: AliasTries, skip: readonly boolean[]): GroupedHit[] {
  const out: GroupedHit[] = [];
  const folded = units.map((u) => u.folded);
  const stems = units.map((u) => u.stem);
  let k0 = 0;
  while (k0 < units.length) {
    let kn = k0;
    while (kn + 1 < units.length && text.slice(units[kn].end, units[kn + 1].start) === "/") kn++;
    const h = kn + 1;
    if (kn > k0 && h < units.length && /^\s+$/.test(text.slice(units[kn].end, units[h].start))) {
      // Longest name made of the last member and a head.
      let headLen = 0;
      for (const hit of hitsAt(tries, folded, stems, kn)) {
        if (hit.length >= 2 && hit.values.some(usable)) {
          headLen = hit.length - 1;
          break;
        }
      }
      if (headLen > 0) {
        for (let i = k0; i < kn; i++) {
          if (skip[i]) continue;
          const keys = [folded[i], ...folded.slice(h, h + headLen)];
          const stemKeys = [stems[i], ...stems.slice(h, h + headLen)];
          const seen = new Set<string>();
          const values = hitsAt(tries, keys, stemKeys, 0)
            .filter((x) => x.length === keys.length)
            .flatMap((x) => x.values);
          for (const e of values) {
            if (!usable(e) || seen.has(e.skillId)) continue;
            seen.add(e.skillId);
            out.push({ entry: e, k: i, len: h + headLen - i });
          }
        }
      }
    }
    k0 = kn + 1;
  }
  return out;
}
