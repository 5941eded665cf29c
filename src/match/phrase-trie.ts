/**
 * A token trie: phrases are compiled once into a tree keyed by unit strings,
 * and one pass over a text's units finds every phrase. The work per position
 * is bounded by the longest phrase, so the cost grows with the text, not with
 * the number of phrases.
 */

const NO_HITS: readonly TrieHit<never>[] = Object.freeze([]);

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[];
}

/** Matches ending at one position: `length` units, with the values stored for that phrase. */
export interface TrieHit<T> {
  /** First unit of the match. */
  start: number;
  /** Number of units. */
  length: number;
  values: readonly T[];
}

/** A trie of unit-key sequences with values of type `T` at phrase ends. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: null, values: [] };
  private phraseCount = 0;
  private maxLen = 0;

  /** Number of phrases added. */
  get size(): number {
    return this.phraseCount;
  }

  /** Longest phrase, in units. */
  get maxLength(): number {
    return this.maxLen;
  }

  /** Add a phrase (its unit keys, already folded or stemmed) with a value. Empty keys are ignored. */
  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
    this.phraseCount++;
    if (keys.length > this.maxLen) this.maxLen = keys.length;
  }

  /**
   * Every phrase that starts at `start` in `keys`, longest first.
   * `keys[i]` is the key of unit i.
   */
  matchesAt(keys: readonly string[], start: number): readonly TrieHit<T>[] {
    let node: TrieNode<T> | undefined = this.root.next?.get(keys[start]);
    if (!node) return NO_HITS;
    const hits: TrieHit<T>[] = [];
    if (node.values.length > 0) hits.push({ start, length: 1, values: node.values });
    for (let i = start + 1; i < keys.length; i++) {
      node = node.next?.get(keys[i]);
      if (!node) break;
      if (node.values.length > 0) hits.push({ start, length: i - start + 1, values: node.values });
    }
    if (hits.length > 1) hits.reverse();
    return hits;
  }

  /**
   * Leftmost-longest, non-overlapping matches over the whole key sequence:
   * at each position the longest phrase wins and the scan resumes after it.
   */
  findAll(keys: readonly string[]): TrieHit<T>[] {
    const out: TrieHit<T>[] = [];
    let i = 0;
    while (i < keys.length) {
      const hits = this.matchesAt(keys, i);
      if (hits.length > 0) {
        out.push(hits[0]);
        i += hits[0].length;
      } else {
        i++;
      }
    }
    return out;
  }
}
