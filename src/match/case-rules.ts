/**
 * Case rules of a candidate: a case-sensitive alias as written (or with
 * extra capitals inside a word), a camel-case name split into capitalized
 * words.
 */
import type { AliasEntry } from "./compile.js";
import type { MatchUnit } from "./units.js";

/** True when a word starts with a capital letter or a digit. */
export function startsCapital(text: string): boolean {
  const c = text.charAt(0);
  return (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || (c !== c.toLowerCase() && c === c.toUpperCase());
}

/**
 * True when `got` is `want` with extra capitals inside a mixed-case word:
 * the first letter as written, every capital of `want` kept, and a
 * lower-case letter left ("XCode" for "Xcode", "GraphQl" for "GraphQL" is
 * not: it drops one). A case-sensitive name guards against the common word
 * ("safe", "Safe" for SAFe; "go" for Go) and against another name in
 * capitals ("IOS" for iOS): neither gains a capital inside the word.
 */
export function addsInnerCapitals(got: string, want: string): boolean {
  if (got.length !== want.length || got.length < 2 || got.charAt(0) !== want.charAt(0)) return false;
  let lower = false;
  for (let i = 0; i < got.length; i++) {
    const g = got.charAt(i);
    const w = want.charAt(i);
    if (g.toLowerCase() !== w.toLowerCase()) return false;
    if (w !== w.toLowerCase() && g !== w) return false;
    if (g !== g.toUpperCase()) lower = true;
  }
  return lower;
}

/**
 * True when the units at `k` are written in a case the alias accepts: as in
 * the catalog for a case-sensitive alias, or with extra capitals inside a
 * word (see {@link addsInnerCapitals}); each word capitalized for a
 * camel-case name the compiler split into words ("Type Script").
 */
export function caseMatches(entry: AliasEntry, units: readonly MatchUnit[], k: number): boolean {
  if (entry.capitalized) {
    for (let i = 0; i < entry.caseUnits.length; i++) if (!startsCapital(units[k + i].text)) return false;
    return true; // the trie already compared the words case-insensitively
  }
  if (!entry.caseSensitive) return true;
  for (let i = 0; i < entry.caseUnits.length; i++) {
    const got = units[k + i].text;
    const want = entry.caseUnits[i];
    if (got !== want && !addsInnerCapitals(got, want)) return false;
  }
  return true;
}
