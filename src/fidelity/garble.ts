/**
 * Names the damage between a source text and the PDF text found in its
 * place: broken ligatures, unreadable glyphs, glued or split words.
 */
import { charRatio } from "./lcs.js";
import { compactLetters, foldText, hasBadGlyphs } from "./tokens.js";
import type { GarbleKind } from "./types.js";
import { escapeRegExp } from "../util/regexp.js";

const KIND_RANK: Readonly<Record<GarbleKind, number>> = { glyph: 4, ligature: 3, spacing: 2, other: 1 };

/**
 * True when `pdf` equals `src` except that ligature letter pairs (fi, fl, ff,
 * ffi, ffl...) were dropped, split by a space, or replaced by one or two
 * other characters — what a font without a Unicode map for its ligature
 * glyphs does to "certified" ("certied", "certi ed", "certi#ed").
 */
export function isLigatureLoss(src: string, pdf: string): boolean {
  const s = compactLetters(src);
  const p = foldText(pdf).replace(/\s+/gu, "");
  if (!/ff|fi|fl/u.test(s) || s === compactLetters(pdf)) return false;
  if (p.length > s.length + 4) return false;
  const parts = s.split(/ffi|ffl|ff|fi|fl/u).map(escapeRegExp);
  const re = new RegExp(`^[^\\p{L}\\p{N}]*${parts.join("[^\\p{L}\\p{N}]{0,2}.{0,1}")}[^\\p{L}\\p{N}]*$`, "u");
  return re.test(p);
}

/** Share of non-space characters that are unreadable glyphs. */
export function badGlyphShare(text: string): number {
  const chars = [...text.replace(/\s+/gu, "")];
  if (chars.length === 0) return 0;
  return chars.filter((c) => hasBadGlyphs(c)).length / chars.length;
}

/**
 * The damage kind when `pdf` stands where `src` was expected, or null when
 * the two do not look like the same text.
 * `strict` (whole-line comparison) asks for a closer resemblance for "other".
 */
export function classifyGarble(src: string, pdf: string, strict: boolean): GarbleKind | null {
  const sc = compactLetters(src);
  const pc = compactLetters(pdf);
  if (hasBadGlyphs(pdf)) {
    if (charRatio(sc, pc) >= 0.5 || badGlyphShare(pdf) >= 0.3) return "glyph";
  }
  if (isLigatureLoss(src, pdf)) return "ligature";
  if (sc.length > 0 && sc === pc) return "spacing";
  if (!strict) return "other";
  return sc.length >= 4 && charRatio(sc, pc) >= 0.8 ? "other" : null;
}

/** The worse of two kinds (glyph > ligature > spacing > other). */
export function worseKind(a: GarbleKind | null, b: GarbleKind | null): GarbleKind | null {
  if (a === null) return b;
  if (b === null) return a;
  return KIND_RANK[a] >= KIND_RANK[b] ? a : b;
}
