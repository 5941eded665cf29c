/**
 * Character-level clean-up shared by every format: NFKC, invisible
 * characters, bullet glyphs, letter-spaced words, line-end hyphenation.
 */

/** Bullet glyphs recognized at the start of a line (besides private-use icons). */
export const BULLET_GLYPHS: ReadonlySet<string> = new Set([
  "•", "▪", "▫", "●", "○", "◦", "‣", "∙", "·", "■", "□", "➢", "➤", "►", "▶", "▸", "▹", "✓", "✔", "❖", "◆", "◇", "⁃", "⦁", "⚫", "♦", "➔", "→", "✦", "✧", "★", "☆", "◉", "⊙", "⋅",
]);

/**
 * Angle marks that CSS themes draw as list markers ("› Replicated key-value store…"), bullets only when a space
 * follows: German text opens quotations with them (»Zitat«, ›Wort‹).
 */
const SPACED_GLYPHS: ReadonlySet<string> = new Set(["›", "»", "❯", "❱"]);

/** ASCII/dash markers that are bullets only when followed by whitespace. */
const DASH_MARKERS = new Set(["-", "*", "+", "–", "—", "o"]);

const PUA = /[\uE000-\uF8FF]/u;
// ANSI CSI escape sequences (colour codes pasted from terminals).
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/gu;
// Zero-width and bidi formatting characters, soft hyphen, BOM, other Cf/Cc (tab kept).
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u061C\u180E]/gu;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;
// A drawn rule typed as characters ("Skills ______", "────"): four or more underscores, bars or box-drawing lines.
const TYPED_RULE = /[_\u2014\u2015\u2500-\u2501\u2550]{4,}/gu;

/**
 * Normalizes one line of text: strips ANSI escapes, zero-width/bidi
 * characters and soft hyphens, removes control characters, applies NFKC
 * (ligatures ﬁ → fi, fullwidth → ASCII), removes rules typed as characters
 * ("Skills ______"), turns tabs and odd spaces into spaces and trims. Newlines must already be split off.
 */
export function cleanLineText(raw: string): string {
  let s = raw.replace(ANSI, "").replace(INVISIBLE, "").replace(CONTROLS, "");
  s = s.normalize("NFKC");
  // NFKC can expose new format characters (rare); strip again cheaply.
  s = s.replace(INVISIBLE, "");
  return s.replace(TYPED_RULE, " ").replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu, " ").replace(/ {2,}/g, " ").trim();
}

/** Result of bullet detection on a cleaned line. */
export interface BulletSplit {
  bullet: boolean;
  /** The text, starting with "• " when it is a bullet. */
  text: string;
}

/**
 * Maps a leading bullet glyph (•, ▪, ●, ➢, ✓, private-use icons...) to "• ".
 * `allowDashes` also accepts "-", "*", "+", "–", "o" followed by a space,
 * and `allowNumbers` accepts "1." / "2)" list numbers (plain text, Markdown).
 * `iconFont` says the first character was drawn with a symbol/icon font.
 */
export function splitBullet(text: string, opts: { allowDashes?: boolean; allowNumbers?: boolean; iconFont?: boolean } = {}): BulletSplit {
  if (text.length === 0) return { bullet: false, text };
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0);
  const rest = text.slice(first.length);
  const isGlyph = BULLET_GLYPHS.has(first) || PUA.test(first) || (opts.iconFont === true && !/[\p{L}\p{N}]/u.test(first)) || (SPACED_GLYPHS.has(first) && /^\s+\S/u.test(rest));
  // A symbol-font glyph glued to a bracket is a math letter ("O(n log n)" in TeX's symbol font), not a bullet.
  if (isGlyph && !BULLET_GLYPHS.has(first) && /^[([]/u.test(rest)) return { bullet: false, text };
  if (isGlyph) {
    const body = rest.replace(/^[\s\uE000-\uF8FF•]+/u, "").trim();
    if (body.length === 0) return { bullet: false, text: "" };
    return { bullet: true, text: `• ${body}` };
  }
  // A brace standing alone at the start is a symbol-font bullet read as ASCII (moderncv's "{" glyph), unless the line closes it.
  if (opts.allowDashes && first === "{" && /^\s+[\p{L}\p{N}(]/u.test(rest) && !rest.includes("}")) return { bullet: true, text: `• ${rest.trim()}` };
  if (opts.allowDashes && DASH_MARKERS.has(first) && /^\s+\S/u.test(rest)) {
    // "o " is a Word bullet only when followed by a capital or digit (avoid "o the...").
    if (first === "o" && !/^\s+[\p{Lu}\p{N}]/u.test(rest)) return { bullet: false, text };
    return { bullet: true, text: `• ${rest.trim()}` };
  }
  if (opts.allowNumbers) {
    const m = /^(\d{1,2})[.)]\s+(\S.*)$/u.exec(text);
    if (m) return { bullet: true, text: `• ${m[2]}` };
  }
  return { bullet: false, text };
}

/** Removes private-use icon glyphs inside a line (icons used as separators), keeping a space. */
export function stripInlineIcons(text: string): string {
  if (!PUA.test(text)) return text;
  return text.replace(/[\uE000-\uF8FF]+/gu, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * Collapses letter-spaced text: "J O H N   D O E" → "JOHN DOE". Applies only
 * when every word group is made of single characters separated by one space
 * and at least four letters are spaced out.
 */
export function collapseLetterSpacing(text: string): string {
  const groups = text.split(/ {2,}| \| /u);
  let letters = 0;
  for (const g of groups) {
    if (!/^(?:\S )+\S$/u.test(g)) return text;
    letters += (g.length + 1) / 2;
  }
  if (letters < 4) return text;
  return groups.map((g) => g.replace(/ /g, "")).join(" ");
}

/** A line that can take part in de-hyphenation. */
export interface HyphenLine {
  text: string;
  bullet?: boolean;
}

/** Second halves of hyphenated compounds ("event-driven", "cloud-native"): a line-end hyphen before them is kept. */
const COMPOUND_TAILS: ReadonlySet<string> = new Set([
  "driven", "based", "oriented", "native", "facing", "time", "level", "scale", "side", "end", "friendly", "aware",
  "free", "ready", "first", "only", "owned", "managed", "hosted", "critical", "sensitive", "heavy", "intensive",
  "agnostic", "specific", "wide", "tolerant", "safe", "proof", "grade", "term", "party", "source", "stack", "tenant",
  "service", "commerce", "mail", "learning", "defined", "centric", "led", "made", "known", "quality", "performing",
]);
/** First halves of hyphenated compounds ("small-business", "cross-team"): a line-end hyphen after them is kept. */
const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  "self", "cross", "multi", "non", "full", "high", "low", "real", "long", "short", "well", "small", "large", "open",
  "mission", "event", "domain", "user", "customer", "client", "third", "cost", "fault", "zero", "peer", "company",
  "behavior", "behaviour",
]);

/**
 * Joins words broken by a hyphen at line end: "develop-" + "ment ..." →
 * "development" on the first line, the rest stays on the second. The hyphen
 * may be "-" or U+2010/U+2011 (Chromium prints U+2010 where it breaks a word
 * at a soft hyphen); a kept compound hyphen is written "-". Only when
 * the hyphen follows a lowercase letter and the next line starts with a
 * lowercase letter (so "event-" + "Driven" and "C-" + "Suite" stay apart).
 * `sameBlock(i)` says lines i and i+1 belong together (same page/column).
 * Returns a new array; a line emptied by the join is dropped.
 */
export function joinHyphenatedLines<T extends HyphenLine>(lines: readonly T[], sameBlock: (a: T, b: T) => boolean): T[] {
  const out: T[] = lines.map((l) => ({ ...l }));
  for (let i = 0; i + 1 < out.length; i++) {
    const cur = out[i];
    const next = out[i + 1];
    if (!sameBlock(cur, next) || next.bullet) continue;
    // "-", or the Unicode hyphen Chromium/Skia prints where it breaks a word at a soft hyphen ("Cassan\u2010" / "dra").
    const m = /(\p{Ll}{2,})[-\u2010\u2011]$/u.exec(cur.text);
    if (!m || /\s[-\u2010\u2011]$/u.test(cur.text)) continue;
    const n = /^(\p{Ll}[\p{L}]*)([.,;:!?)]*)(?:\s+|$)/u.exec(next.text);
    if (!n) continue;
    // "domain-" / "driven", "small-" / "business": a compound keeps its hyphen; "develop-" / "ment" joins.
    const head = /(\p{L}+)[-\u2010\u2011]$/u.exec(cur.text)?.[1]?.toLowerCase() ?? "";
    const keep = COMPOUND_TAILS.has(n[1].toLowerCase()) || COMPOUND_HEADS.has(head);
    cur.text = cur.text.slice(0, -1) + (keep ? "-" : "") + n[1] + n[2];
    next.text = next.text.slice(n[0].length).trim();
  }
  return out.filter((l) => l.text.length > 0);
}
