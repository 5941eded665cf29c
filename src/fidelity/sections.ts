/**
 * Section-level view of out-of-order lines: which section the PDF reads
 * before or after another, contrary to the source.
 */
import { weightedLis, type LineVerdict } from "./align.js";
import type { LostSection, SourceLine } from "./types.js";

/** A source section: its heading and its line indices. */
export interface SourceSection {
  /** The heading text ("(top)" for the lines before the first heading). */
  name: string;
  /** Indices into the source line list. */
  lines: number[];
}

/** Groups source lines by the nearest heading above them. */
export function sourceSections(source: readonly SourceLine[]): SourceSection[] {
  const out: SourceSection[] = [];
  source.forEach((l, i) => {
    if (l.heading || out.length === 0) out.push({ name: l.heading ? l.text : "(top)", lines: [] });
    out[out.length - 1].lines.push(i);
  });
  return out;
}

/** Sentences like "Section 'Skills' appears before section 'Summary' in the PDF; the source has it after." */
export function reorderSummary(source: readonly SourceLine[], verdicts: readonly LineVerdict[]): string[] {
  const sections = sourceSections(source)
    .map((s, order) => {
      const pos = s.lines.map((i) => verdicts[i]).filter((v) => v.pos >= 0).map((v) => v.pos).sort((a, b) => a - b);
      const weight = s.lines.reduce((n, i) => n + verdicts[i].tokens, 0);
      return { name: s.name, order, pos: pos.length ? pos[(pos.length - 1) >> 1] : -1, weight };
    })
    .filter((s) => s.pos >= 0);
  const keep = weightedLis(sections.map((s) => ({ pos: s.pos, weight: s.weight })));
  const byPdf = [...sections].sort((a, b) => a.pos - b.pos || a.order - b.order);
  const kept = new Set(sections.filter((_s, k) => keep.has(k)));
  // Moved sections grouped by the kept section they jump over (the next kept one in PDF order that the source has earlier).
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  byPdf.forEach((m, at) => {
    if (kept.has(m)) return;
    const next = byPdf.slice(at + 1).find((s) => kept.has(s));
    const prev = [...byPdf.slice(0, at)].reverse().find((s) => kept.has(s));
    if (next && next.order < m.order) before.set(next.name, [...(before.get(next.name) ?? []), m.name]);
    else if (prev && prev.order > m.order) after.set(prev.name, [...(after.get(prev.name) ?? []), m.name]);
  });
  const names = (list: string[]): string => `${list.length === 1 ? "section" : "sections"} ${list.map((n) => `"${n}"`).join(", ")}`;
  const out: string[] = [];
  for (const [anchor, moved] of before) {
    out.push(`Section "${anchor}" appears after ${names(moved)} in the PDF, but before ${moved.length === 1 ? "it" : "them"} in the source.`);
  }
  for (const [anchor, moved] of after) {
    out.push(`${names(moved).replace(/^s/u, "S")} ${moved.length === 1 ? "appears" : "appear"} after section "${anchor}" in the PDF, but before it in the source.`);
  }
  return out;
}

/** Share of a section's words the PDF must miss for the section to count as lost. */
export const LOST_SECTION_SHARE = 0.5;

/**
 * Sections the PDF lost: half or more of their words (heading included) are
 * missing from the PDF text. A section of the source's made-up headings (JSON
 * Resume) is judged by its lines alone. The lines before the first heading
 * (name, contact) count as a section "(top)".
 */
export function lostSections(source: readonly SourceLine[], verdicts: readonly LineVerdict[]): LostSection[] {
  const out: LostSection[] = [];
  for (const s of sourceSections(source)) {
    let total = 0;
    let missing = 0;
    for (const i of s.lines) {
      if (source[i].synthetic) continue;
      total += verdicts[i].tokens;
      if (verdicts[i].status === "missing") missing += verdicts[i].tokens;
    }
    if (total === 0 || missing / total < LOST_SECTION_SHARE) continue;
    out.push({ name: s.name, line: source[s.lines[0]].line, missingShare: Math.round((missing / total) * 1000) / 10 });
  }
  return out;
}
