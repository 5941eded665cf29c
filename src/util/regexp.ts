/** The one RegExp escaper. */

/** Escapes `s` for use as a literal inside a RegExp (also with the `u` flag). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
