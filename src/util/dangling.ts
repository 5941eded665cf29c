/**
 * Lines that end on a word that cannot end a sentence, an item or a header
 * ("…in accordance with the", "…mentored the"): the next line goes on with them.
 */

/** Function words a finished sentence, item or header does not end on. */
const FUNCTION_WORDS = ["the", "a", "an", "of", "with", "to", "and", "or", "for", "in", "on", "by", "from", "into", "via"];

/**
 * A pattern for text whose last word (after white space) is a function word,
 * or one of `extra`; built once by each caller, so no hot path compiles it.
 */
export function danglingEnd(extra: readonly string[] = []): RegExp {
  return new RegExp(`\\s(?:${[...FUNCTION_WORDS, ...extra].join("|")})$`);
}
