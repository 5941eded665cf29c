import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";

/** Longest word the stemmer is asked about; longer words are returned as they are. */
const MAX_STEM_LENGTH = 40;
/** Memo size cap, so hostile input with many distinct words cannot grow it without bound. */
const MAX_MEMO = 50_000;

const memo = new Map<string, string>();

function isAsciiLowerWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

/**
 * Porter stem of a lower-case word, memoized. Only plain ASCII words (a-z) of
 * at most 40 letters are stemmed; anything else ("node.js", "c++", "2021",
 * "münchen") is returned unchanged.
 */
export function stemWord(folded: string): string {
  if (folded.length > MAX_STEM_LENGTH || !isAsciiLowerWord(folded)) return folded;
  const hit = memo.get(folded);
  if (hit !== undefined) return hit;
  const stem = PorterStemmer.stem(folded);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(folded, stem);
  return stem;
}
