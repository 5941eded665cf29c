/**
 * "Did you mean ...?" for misspelled names (rule codes, `--fail-on` values,
 * config keys): the closest candidate by edit distance, when it is close.
 */

/** Levenshtein distance, case-insensitive; stops early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * The candidate closest to `word` (ties: the first in `candidates`), or null
 * when none is within a third of the longer name's length (at least 2 edits).
 * A candidate that contains the word, or is contained in it, also counts
 * ("UNQUANTIFIED" → "UNQUANTIFIED_BULLET").
 */
export function didYouMean(word: string, candidates: readonly string[]): string | null {
  const w = word.trim();
  if (w === "") return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const limit = Math.max(2, Math.floor(Math.max(w.length, c.length) / 3));
    const d = editDistance(w, c, limit);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== null) return best;
  const lw = w.toLowerCase();
  if (lw.length >= 4) for (const c of candidates) if (c.toLowerCase().includes(lw)) return c;
  return null;
}

/** " Did you mean X?" or "" (to append to an error message). */
export function didYouMeanSuffix(word: string, candidates: readonly string[]): string {
  const m = didYouMean(word, candidates);
  return m === null ? "" : ` Did you mean ${m}?`;
}
