/**
 * A light singular form for matching multi-word names whatever their number:
 * "systems architecture" = "system architecture", "database technologies" =
 * "database technology", "processes" = "process", "APIs" = "API". It is a
 * key, not a word: singular and plural map to the same string, and the same
 * function runs on catalog aliases and on resume text.
 *
 * Rules (ASCII lower-case words longer than three letters only):
 * - "…ss", "…us" and "…is" stay ("process", "status", "redis"), except a
 *   short acronym plural ("apis", "kpis" → "api", "kpi");
 * - "…ies" → "…y" ("technologies" → "technology");
 * - else a final "s" goes ("systems" → "system");
 * - then a final "e" after s/x/z/ch/sh goes, in both numbers, so
 *   "processes" and "process", "caches" and "cache" meet.
 */
export function numberKey(folded: string): string {
  if (folded.length <= 3 || folded.charCodeAt(folded.length - 1) !== 0x73 /* s */ && folded.charCodeAt(folded.length - 1) !== 0x65 /* e */) return folded;
  const hit = memo.get(folded);
  if (hit !== undefined) return hit;
  const key = computeNumberKey(folded);
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(folded, key);
  return key;
}

/** Memo size cap, so hostile input with many distinct words cannot grow it without bound. */
const MAX_MEMO = 50_000;
const memo = new Map<string, string>();

function computeNumberKey(folded: string): string {
  const n = folded.length;
  if (n <= 3 || !isAsciiLowerWord(folded)) return folded;
  if (folded.charCodeAt(n - 1) !== 0x73 /* s */) return dropSibilantE(folded);
  if (folded.endsWith("is") && n === 4) return folded.slice(0, -1);
  if (folded.endsWith("ss") || folded.endsWith("us") || folded.endsWith("is")) return folded;
  if (folded.endsWith("ies") && n > 4) return folded.slice(0, -3) + "y";
  return dropSibilantE(folded.slice(0, -1));
}

function dropSibilantE(w: string): string {
  if (!w.endsWith("e") || w.length < 4) return w;
  const before = w.slice(-3, -1);
  const c = before.charAt(1);
  if (before === "ss" || before === "ch" || before === "sh" || c === "x" || c === "z") return w.slice(0, -1);
  return w;
}

function isAsciiLowerWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
