import type { AliasEntry } from "./compile.js";
import type { MatchUnit } from "./units.js";

/** True when a word starts with a capital letter or a digit. */
export function startsCapital(text: string): boolean {
  const c = text.charAt(0);
  return (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || (c !== c.toLowerCase() && c === c.toUpperCase());
}

/**
 * True when the units at `k` are written in a case the alias accepts: exactly
 * as in the catalog for a case-sensitive alias; each word capitalized for a
 * camel-case name the compiler split into words ("Type Script").
 */
export function caseMatches(entry: AliasEntry, units: readonly MatchUnit[], k: number): boolean {
  if (entry.capitalized) {
    for (let i = 0; i < entry.caseUnits.length; i++) if (!startsCapital(units[k + i].text)) return false;
    return true; // the trie already compared the words case-insensitively
  }
  if (!entry.caseSensitive) return true;
  for (let i = 0; i < entry.caseUnits.length; i++) if (units[k + i].text !== entry.caseUnits[i]) return false;
  return true;
}
