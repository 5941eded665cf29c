/**
 * Aligns source lines with PDF lines: each source line is looked up in the
 * PDF token stream (in-order token match inside a few consecutive PDF lines,
 * so wrapped lines match), then the found positions are checked for order
 * (a weighted longest increasing subsequence: lines off it are out of order).
 */
import { classifyGarble, worseKind } from "./garble.js";
import { lcsPairs } from "./lcs.js";
import { compactLetters, lineTokens, type CompareToken } from "./tokens.js";
import type { GarbleKind, SourceLine } from "./types.js";
import { compareStrings } from "../util/compare.js";

/** What the alignment decided for one source line. */
export interface LineVerdict {
  /** Index in the source line list. */
  index: number;
  /** "ignored": a synthetic line (see `SourceLine.synthetic`), never compared. */
  status: "present" | "garbled" | "missing" | "ignored";
  /** Garbled only. */
  kind?: GarbleKind;
  /** Source tokens of the line. */
  tokens: number;
  /** Tokens found (in order) in the PDF. */
  found: number;
  /** Flat PDF token position of the match (for order checks); -1 when missing. */
  pos: number;
  /** 0-based PDF lines of the match, first and last; -1 when missing. */
  pdfFirst: number;
  pdfLast: number;
  /** True when found out of the source's order. */
  outOfOrder: boolean;
}

/** The alignment of a source with a PDF. */
export interface Alignment {
  /** Source tokens found in order in the PDF text, over all source tokens (0–1). */
  inOrderShare: number;
  sourceTokens: number;
  verdicts: LineVerdict[];
}

interface Match { found: number; pairs: Array<[number, number]>; startLine: number }

/** Most PDF lines a window (a source line wrapped over several PDF lines) spans. */
const MAX_WINDOW_LINES = 6;
/** A line may be "partly there" (garbled) from this share of its tokens on, when its gaps look like damage. */
const PARTIAL_SHARE = 0.5;
/** From this share on, a line is garbled ("other") even when the lost words do not look like damage. */
const MOSTLY_SHARE = 0.8;
/** Small words a template may add or drop between fields ("B.S. in Computer Engineering"): never damage. */
const FILLER = new Set(["a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with", "present", "current", "now"]);

class PdfStream {
  readonly flat: CompareToken[] = [];
  readonly lineStart: number[] = [];
  readonly postings = new Map<string, number[]>();
  constructor(readonly lines: readonly string[]) {
    lines.forEach((text, i) => {
      this.lineStart.push(this.flat.length);
      for (const t of lineTokens(text, i)) {
        const list = this.postings.get(t.t) ?? [];
        list.push(this.flat.length);
        this.postings.set(t.t, list);
        this.flat.push(t);
      }
    });
    this.lineStart.push(this.flat.length);
  }

  /** Token range of lines [from, to). */
  range(from: number, to: number): [number, number] {
    return [this.lineStart[Math.max(0, from)], this.lineStart[Math.min(this.lines.length, to)]];
  }
}

/** Best in-order match of `toks` in a window of PDF lines, preferring windows at or after `expectLine`. */
function findLine(toks: readonly string[], pdf: PdfStream, expectLine: number): Match | null {
  const present = [...new Set(toks)].filter((t) => pdf.postings.has(t));
  if (present.length === 0) return null;
  present.sort((a, b) => (pdf.postings.get(a)?.length ?? 0) - (pdf.postings.get(b)?.length ?? 0) || compareStrings(a, b));
  const starts = new Set<number>();
  for (const t of present.slice(0, 3)) {
    for (const p of pdf.postings.get(t) ?? []) {
      const line = pdf.flat[p].line;
      starts.add(line);
      if (line > 0) starts.add(line - 1);
    }
  }
  let best: Match | null = null;
  let bestKey = [-1, -Infinity, -Infinity];
  for (const start of [...starts].sort((a, b) => a - b)) {
    let end = start + 1;
    while (end < pdf.lines.length && end - start < MAX_WINDOW_LINES && pdf.lineStart[end] - pdf.lineStart[start] < toks.length * 2 + 4) end++;
    const [a, b] = pdf.range(start, end);
    const window = pdf.flat.slice(a, b).map((t) => t.t);
    const pairs = lcsPairs(toks, window).map(([i, j]): [number, number] => [i, j + a]);
    if (pairs.length === 0) continue;
    const first = pdf.flat[pairs[0][1]].line;
    const last = pdf.flat[pairs[pairs.length - 1][1]].line;
    const dist = first >= expectLine ? first - expectLine : 1e6 + (expectLine - first);
    // More tokens, then a tighter span, then the nearest place at/after the expected line.
    const key = [pairs.length, -(last - first), -dist];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      best = { found: pairs.length, pairs, startLine: first };
      bestKey = key;
    }
  }
  return best;
}

/**
 * Kind of damage for a partly found line, from the PDF text standing between
 * its found tokens; `unexplained` counts lost words (not filler) whose place
 * in the PDF holds nothing like them.
 */
function gapKind(src: SourceLine, toks: readonly CompareToken[], m: Match, pdf: PdfStream): { kind: GarbleKind | null; unexplained: number } {
  const folded = src.text.normalize("NFKC").toLowerCase();
  const matched = new Map(m.pairs.map(([i, j]) => [i, j]));
  let kind: GarbleKind | null = null;
  let unexplained = 0;
  let i = 0;
  while (i < toks.length) {
    if (matched.has(i)) { i++; continue; }
    let e = i;
    while (e < toks.length && !matched.has(e)) e++;
    const srcGap = folded.slice(toks[i].start, toks[e - 1].end);
    const before = i > 0 ? matched.get(i - 1) : undefined;
    const after = e < toks.length ? matched.get(e) : undefined;
    const gap = pdfGap(pdf, before, after);
    const k = classifyGarble(srcGap, gap, true);
    if (k) kind = worseKind(kind, k);
    else unexplained += toks.slice(i, e).filter((t) => !FILLER.has(t.t)).length;
    i = e;
  }
  return { kind, unexplained };
}

/** PDF text between two flat token positions (either side may be open: then up to the line's edge). */
function pdfGap(pdf: PdfStream, before: number | undefined, after: number | undefined): string {
  const fold = (line: number): string => pdf.lines[line].normalize("NFKC").toLowerCase();
  if (before === undefined && after === undefined) return "";
  if (before === undefined) {
    const t = pdf.flat[after as number];
    return fold(t.line).slice(0, t.start);
  }
  const a = pdf.flat[before];
  if (after === undefined) return fold(a.line).slice(a.end);
  const b = pdf.flat[after];
  if (a.line === b.line) return fold(a.line).slice(a.end, b.start);
  const parts = [fold(a.line).slice(a.end)];
  for (let l = a.line + 1; l < b.line && parts.length < 4; l++) parts.push(fold(l));
  parts.push(fold(b.line).slice(0, b.start));
  return parts.join(" ");
}

/** A damaged copy of a line nobody else matched: looked for among the PDF lines near where it should be. */
function rescue(src: SourceLine, pdf: PdfStream, fromLine: number, toLine: number): { kind: GarbleKind; line: number } | null {
  const lo = Math.max(0, fromLine);
  const hi = Math.min(pdf.lines.length, Math.max(toLine, lo + 1), lo + 40);
  let best: { kind: GarbleKind; line: number; rank: number } | null = null;
  const rank = { glyph: 4, ligature: 3, spacing: 2, other: 1 } as const;
  const srcLen = compactLetters(src.text).length;
  for (let q = lo; q < hi; q++) {
    for (const text of [pdf.lines[q], q + 1 < hi ? `${pdf.lines[q]} ${pdf.lines[q + 1]}` : null]) {
      if (text === null) continue;
      const len = [...text.replace(/\s+/gu, "")].length;
      if (len > srcLen * 2 + 6 || len * 2 + 4 < srcLen) continue;
      const kind = classifyGarble(src.text, text, true);
      if (kind && (!best || rank[kind] > best.rank)) best = { kind, line: q, rank: rank[kind] };
    }
  }
  return best ? { kind: best.kind, line: best.line } : null;
}

/** Indices (into `items`) of a maximum-weight non-decreasing subsequence of `pos`; ties keep earlier items. */
export function weightedLis(items: ReadonlyArray<{ pos: number; weight: number }>): Set<number> {
  const n = items.length;
  const score = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    score[i] = items[i].weight;
    for (let j = 0; j < i; j++) {
      if (items[j].pos <= items[i].pos && score[j] + items[i].weight > score[i]) {
        score[i] = score[j] + items[i].weight;
        prev[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || score[i] > score[end]) end = i;
  const keep = new Set<number>();
  for (let i = end; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/** Lines not found whole: marks a damaged copy between their found neighbours as garbled, in place. */
function rescueMissing(verdicts: LineVerdict[], source: readonly SourceLine[], pdf: PdfStream): void {
  verdicts.forEach((v, k) => {
    if (v.status !== "missing") return;
    let from = 0;
    for (let j = k - 1; j >= 0; j--) if (verdicts[j].pdfLast >= 0) { from = verdicts[j].pdfLast; break; }
    let to = pdf.lines.length;
    for (let j = k + 1; j < verdicts.length; j++) if (verdicts[j].pdfFirst >= 0) { to = verdicts[j].pdfFirst + 1; break; }
    if (to <= from) to = Math.min(pdf.lines.length, from + 12);
    const r = rescue(source[v.index], pdf, from, to);
    if (r) {
      v.status = "garbled";
      v.kind = r.kind;
      v.pdfFirst = r.line;
      v.pdfLast = r.line;
      v.pos = pdf.lineStart[r.line];
    }
  });
}

/** Aligns the source lines with the PDF lines (see the module comment). */
export function alignLines(source: readonly SourceLine[], pdfLines: readonly string[]): Alignment {
  const pdf = new PdfStream(pdfLines);
  const srcToks = source.map((l, i) => (l.synthetic ? [] : lineTokens(l.text, i)));
  const flatSrc = srcToks.flat().map((t) => t.t);
  const inOrder = lcsPairs(flatSrc, pdf.flat.map((t) => t.t)).length;

  const verdicts: LineVerdict[] = [];
  let expect = 0;
  source.forEach((src, index) => {
    const toks = srcToks[index];
    const m = findLine(toks.map((t) => t.t), pdf, expect);
    const share = m ? m.found / toks.length : 0;
    const base = { index, tokens: toks.length, found: m?.found ?? 0, outOfOrder: false };
    if (toks.length === 0) {
      verdicts.push({ ...base, status: "ignored", pos: -1, pdfFirst: -1, pdfLast: -1 });
      return;
    }
    const gaps = m && share >= PARTIAL_SHARE && m.found < toks.length ? gapKind(src, toks, m, pdf) : null;
    const keep = m !== null && (m.found === toks.length || (gaps !== null && (gaps.unexplained === 0 || share >= MOSTLY_SHARE)));
    if (m && keep) {
      const first = m.pairs[0][1];
      const last = m.pairs[m.pairs.length - 1][1];
      const damaged = gaps !== null && (gaps.kind !== null || gaps.unexplained > 0);
      const v: LineVerdict = {
        ...base,
        status: damaged ? "garbled" : "present",
        pos: first,
        pdfFirst: pdf.flat[first].line,
        pdfLast: pdf.flat[last].line,
      };
      if (damaged) v.kind = gaps.kind ?? "other";
      verdicts.push(v);
      expect = v.pdfLast;
    } else {
      verdicts.push({ ...base, status: "missing", pos: -1, pdfFirst: -1, pdfLast: -1 });
    }
  });

  rescueMissing(verdicts, source, pdf);

  const placed = verdicts.filter((v) => v.pos >= 0);
  const keep = weightedLis(placed.map((v) => ({ pos: v.pos, weight: v.tokens })));
  placed.forEach((v, k) => { if (!keep.has(k)) v.outOfOrder = true; });

  return { inOrderShare: flatSrc.length ? inOrder / flatSrc.length : 1, sourceTokens: flatSrc.length, verdicts };
}
