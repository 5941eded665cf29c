/**
 * The one text shortener: quotes in hints, labels in score items and the
 * fidelity report's lines are cut here, with a mark ("..." by default) at the cut.
 */

/** Longest quote a hint carries (characters). */
export const MAX_QUOTE_CHARS = 160;

/** `text` trimmed, cut to at most `max` characters with `mark` at the end when longer. */
export function truncate(text: string, max: number = MAX_QUOTE_CHARS, mark = "..."): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - mark.length)}${mark}` : t;
}
