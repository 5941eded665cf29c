/**
 * The posting's list terms: items of its requirement and preferred lists
 * that neither the catalog nor the vocabulary knows, written like names
 * ("Foobar DB", "k9s"). A resume that has the same words meets them, even
 * though neither side's term is a known skill.
 */
import type { UnrecognizedTerm } from "../types.js";
import { termKey } from "../match/unrecognized.js";
import type { JobLine, PostingSections } from "./sections.js";

/** Fewest items of the list a term comes from: a lone bullet is a sentence, not a list. */
export const MIN_LIST_ITEMS = 3;

/** Most words of a list term. */
export const MAX_LIST_TERM_WORDS = 3;

/**
 * True when a term is written like a name: at most three words, each with a
 * capital or a digit (first letter, or inside: "k9s", "gRPC"), at least
 * three letters or digits in all ("Excellent communication" is not).
 */
export function writtenLikeName(term: string): boolean {
  const words = term.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_LIST_TERM_WORDS) return false;
  if (term.replace(/[^\p{L}\p{N}]/gu, "").length < 3) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /[\p{Lu}\p{N}#+]/u.test(w.slice(1)));
}

/** The posting's list terms, in order of their first line, each once. */
export function postingListTerms(terms: readonly UnrecognizedTerm[], lines: readonly JobLine[], split: PostingSections): string[] {
  const indexOfLine = new Map(lines.map((l, i) => [l.line, i] as const));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of terms) {
    const i = indexOfLine.get(t.line);
    if (i === undefined) continue;
    const kind = split.sections[split.sectionOf[i]].kind;
    if (kind !== "requirements" && kind !== "preferred") continue;
    if (t.listSize < MIN_LIST_ITEMS || !writtenLikeName(t.term)) continue;
    const k = termKey(t.term);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t.term);
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * True when `text` has the term's words in order, as whole words, with case,
 * hyphens, dots and spacing aside ("Foobar-DB" = "foobar db").
 */
export function hasSameWords(text: string, term: string): boolean {
  const words = term.split(/[\s\-_./]+/).filter(Boolean);
  if (words.length === 0) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join("[\\s\\-_./]*")}(?![\\p{L}\\p{N}])`, "iu");
  return re.test(text);
}
