/**
 * The one string order: by UTF-16 code units, the same on every machine and
 * locale (unlike `localeCompare`), so sorted output is byte-for-byte stable.
 */

/** -1, 0 or 1 by code-unit order; `undefined` sorts as "". */
export function compareStrings(a: string | undefined, b: string | undefined): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}
