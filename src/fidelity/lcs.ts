/**
 * Longest common subsequence of token strings, with the matched index pairs.
 */

/** Most DP cells computed exactly; beyond it a greedy forward match is used. */
export const MAX_LCS_CELLS = 24_000_000;

/**
 * Matched index pairs `[i, j]` (a[i] === b[j]) of a longest common
 * subsequence, in increasing order. Ties prefer the earliest `b` positions,
 * so the result is deterministic. Inputs larger than `maxCells` get a greedy
 * in-order match (a lower bound of the LCS).
 */
export function lcsPairs(a: readonly string[], b: readonly string[], maxCells = MAX_LCS_CELLS): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  if (n * m > maxCells) return greedyPairs(a, b);
  // Suffix DP: len[i][j] = LCS of a[i..], b[j..]; walking forward from (0,0) then takes earliest matches.
  const dir = new Uint8Array(n * m);
  let next = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = n - 1; i >= 0; i--) {
    cur[m] = 0;
    const ai = a[i];
    for (let j = m - 1; j >= 0; j--) {
      if (ai === b[j]) {
        cur[j] = next[j + 1] + 1;
        dir[i * m + j] = 0;
      } else if (next[j] >= cur[j + 1]) {
        cur[j] = next[j];
        dir[i * m + j] = 1; // skip a[i]
      } else {
        cur[j] = cur[j + 1];
        dir[i * m + j] = 2; // skip b[j]
      }
    }
    const t = next;
    next = cur;
    cur = t;
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const d = dir[i * m + j];
    if (d === 0) { out.push([i, j]); i++; j++; }
    else if (d === 1) i++;
    else j++;
  }
  return out;
}

/** Greedy in-order match: each `a` token takes its next occurrence in `b` within a look-ahead window. */
function greedyPairs(a: readonly string[], b: readonly string[], window = 400): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const end = Math.min(b.length, j + window);
    for (let k = j; k < end; k++) {
      if (b[k] === a[i]) { out.push([i, k]); j = k + 1; break; }
    }
  }
  return out;
}

/** Character-level similarity 2·LCS/(|a|+|b|), 0–1 (1 for two empty strings). */
export function charRatio(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  const ca = [...a];
  const cb = [...b];
  if (ca.length * cb.length > 250_000) return ca.join("") === cb.join("") ? 1 : 0;
  return (2 * lcsPairs(ca, cb).length) / (ca.length + cb.length);
}
