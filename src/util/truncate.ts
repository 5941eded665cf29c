/**
 * The one text shortener: quotes in hints and labels in score items are cut
 * here, with "..." marking the cut.
 */

/** Longest quote a hint carries (characters). */
export const MAX_QUOTE_CHARS = 160;

/** `text` trimmed, cut to at most `max` characters with "..." at the end when longer. */
export function truncate(text: string, max: number = MAX_QUOTE_CHARS): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}
