/**
 * An unheaded summary: the profile paragraph many resumes print under the
 * name without a "Summary" heading. Among the lines before the first heading,
 * a run of prose lines set alike (same left edge and font size where known)
 * with at least 18 words is that paragraph; a one-line tagline ("Backend
 * Engineer · Distributed Systems") and contact lines are not.
 */
import type { ExtractedLine } from "../types.js";
import { findEmail, findPhone } from "./contact.js";

/** Fewest words of an unheaded paragraph that counts as a summary. */
const MIN_WORDS = 18;

/** True when a line reads as prose: 4+ words, mostly lower-case words, no contact detail. */
export function isProseLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 2000 || t.startsWith("•")) return false;
  const words = t.split(/\s+/);
  if (words.length < 4) return false;
  if (/https?:|www\.|\.(?:com|io|dev|net|org)\b/iu.test(t) || findEmail(t) !== null || findPhone(t) !== null) return false;
  let lower = 0;
  for (const w of words) if (/^\p{Ll}{2,}/u.test(w)) lower++;
  return lower >= 2 && lower / words.length >= 0.4;
}

/** The style key that groups the lines of one paragraph: left edge (4 pt steps) and font size, where known. */
function styleKey(l: ExtractedLine): string {
  const size = l.fontSize !== undefined ? String(Math.round(l.fontSize)) : "";
  const x = l.x !== undefined ? String(Math.round(l.x / 4)) : "";
  return `${x}:${size}`;
}

/** A short last line of a paragraph ("debugging."). */
function endsParagraph(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length < 80 && /^\p{Ll}/u.test(t) && /[.!]$/u.test(t);
}

/**
 * The line indexes (ascending) of an unheaded summary paragraph among
 * `candidates` (indexes into `lines`, in reading order), or [] when there is
 * none. The lines of the paragraph are set alike and may be interleaved with
 * other lines (a name set beside it) or continue after a column break at the
 * same left edge and size; a line set alike that is not prose ends it.
 */
export function findUnheadedSummary(lines: readonly ExtractedLine[], candidates: readonly number[]): number[] {
  const runs = new Map<string, { idxs: number[]; words: number; closed: boolean }>();
  for (const i of candidates) {
    const l = lines[i] as ExtractedLine;
    const key = styleKey(l);
    const run = runs.get(key);
    const words = l.text.trim().split(/\s+/).length;
    if (isProseLine(l.text) || (run !== undefined && !run.closed && endsParagraph(l.text))) {
      if (run === undefined) runs.set(key, { idxs: [i], words, closed: false });
      else if (!run.closed) {
        run.idxs.push(i);
        run.words += words;
      }
    } else if (run !== undefined) {
      run.closed = true;
    }
  }
  let best: { idxs: number[]; words: number } | null = null;
  for (const run of runs.values()) if (run.words >= MIN_WORDS && (best === null || run.words > best.words)) best = run;
  return best ? [...best.idxs].sort((a, b) => a - b) : [];
}
