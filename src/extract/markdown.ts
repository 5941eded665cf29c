/**
 * Markdown input: format sniffing and conversion to lines (inline syntax
 * stripped, link URLs kept visible, headings and list items marked).
 */
import { cleanLineText, splitBullet } from "./glyphs.js";
import type { DraftLine } from "./lines.js";
import { splitLines } from "./text.js";

/**
 * Heuristic: true when the text reads as Markdown (ATX headings together with
 * lists, emphasis or links; or several distinct Markdown signals).
 */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const lines = splitLines(sample);
  let headings = 0;
  let lists = 0;
  let fences = 0;
  let refDefs = 0;
  for (const l of lines) {
    if (l.length > 2_000) continue;
    if (/^#{1,6}\s+\S/u.test(l)) headings++;
    else if (/^\s{0,3}[-*+]\s+\S/u.test(l)) lists++;
    else if (/^\s{0,3}(?:```|~~~)/u.test(l)) fences++;
    else if (/^\s{0,3}\[[^\]]{1,100}\]:\s*\S/u.test(l)) refDefs++;
  }
  const bold = /\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__/u.test(sample);
  const links = /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)|<https?:\/\/[^>\s]{1,500}>/u.test(sample);
  const underlined = /^[^\n]{1,100}\n(?:={3,}|-{3,})\s*$/mu.test(sample);
  const signals = [headings > 0 || underlined, lists > 0, bold, links, fences > 0, refDefs > 0].filter(Boolean).length;
  return headings >= 2 || ((headings > 0 || underlined) && signals >= 2) || signals >= 3;
}

/** Reference-style link definitions: `[label]: url "title"` (labels lower-cased). */
function collectReferences(lines: readonly string[]): Map<string, string> {
  const refs = new Map<string, string>();
  for (const l of lines) {
    const m = /^\s{0,3}\[([^\]]{1,100})\]:\s*<?([^\s>]+)>?/u.exec(l);
    if (m) refs.set(m[1].trim().toLowerCase(), m[2]);
  }
  return refs;
}

/** Removes inline Markdown syntax; links become "text (url)". Linear-time patterns only. */
export function stripInlineMarkdown(s: string, refs: ReadonlyMap<string, string>): string {
  let t = s;
  // Images: keep the alt text only.
  t = t.replace(/!\[([^\]]*)\]\([^)]*\)/gu, "$1");
  // Inline links [text](url "title").
  t = t.replace(/\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/gu, (_m, text: string, url: string) => linkText(text, url));
  // Full and collapsed reference links [text][ref], [text][].
  t = t.replace(/\[([^\]]+)\]\[([^\]]*)\]/gu, (m, text: string, ref: string) => {
    const url = refs.get((ref || text).trim().toLowerCase());
    return url === undefined ? text : linkText(text, url);
  });
  // Shortcut reference links [text] with a definition.
  t = t.replace(/\[([^\]]+)\](?![(:[])/gu, (m, text: string) => {
    const url = refs.get(text.trim().toLowerCase());
    return url === undefined ? m : linkText(text, url);
  });
  // Autolinks <https://...> and <mail@x>.
  t = t.replace(/<((?:https?:\/\/|mailto:)[^>\s]+|[^>\s@]+@[^>\s]+)>/gu, "$1");
  // Inline code, emphasis, strikethrough.
  t = t.replace(/`+([^`]*)`+/gu, "$1");
  t = t.replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/gu, "$2");
  t = t.replace(/(^|[\s(])[*_](?=\S)([^*_]*?\S)[*_](?=$|[\s).,;:!?])/gu, "$1$2");
  t = t.replace(/~~(?=\S)([^~]*?\S)~~/gu, "$1");
  // Escapes and raw HTML tags.
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!|])/gu, "$1");
  t = t.replace(/<\/?[a-zA-Z][^>]{0,200}>/gu, "");
  return t;
}

function linkText(text: string, url: string): string {
  const clean = text.trim();
  if (!url) return clean;
  const bare = url.replace(/^mailto:/u, "");
  if (clean.length === 0) return bare;
  // Text that already shows the address ("github.com/x" for https://github.com/x) needs no repeat.
  if (clean === bare || clean === url || (/[./@]/u.test(clean) && bare.endsWith(clean))) return clean;
  return `${clean} (${bare})`;
}

/** Markdown → draft lines. `#` headings and setext headings are `heading`, list items are bullets. */
export function markdownToLines(text: string): DraftLine[] {
  const raw = splitLines(text);
  const refs = collectReferences(raw);
  const out: DraftLine[] = [];
  let inFence = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (/^\s{0,3}(?:```|~~~)/u.test(line)) { inFence = !inFence; continue; }
    if (!inFence) {
      if (/^\s{0,3}\[[^\]]{1,100}\]:\s*\S/u.test(line)) continue;
      if (/^\s{0,3}(?:[-*_]\s*){3,}$/u.test(line)) continue; // thematic break
      if (/^\s{0,3}(?:=+|-+)\s*$/u.test(line) && out.length > 0 && i > 0 && raw[i - 1].trim().length > 0) {
        const prev = out[out.length - 1];
        if (!prev.bullet) prev.heading = true; // setext underline
        continue;
      }
      if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u.test(line)) continue; // table rule
    }
    let body = line;
    let heading = false;
    const h = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/u.exec(body);
    if (!inFence && h) { body = h[2]; heading = true; }
    body = body.replace(/^\s{0,3}>\s?/u, "");
    if (!inFence && /^\s*\|.*\|\s*$/u.test(body)) body = body.trim().slice(1, -1).split("|").map((c) => c.trim()).filter(Boolean).join(" | ");
    const listM = inFence ? null : /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/u.exec(body);
    const content = cleanLineText(inFence ? body : stripInlineMarkdown(listM ? listM[1] : body, refs));
    if (content.length === 0) continue;
    if (listM) out.push({ text: `• ${content.replace(/^•\s*/u, "")}`, page: 1, bullet: true });
    else {
      const b = heading ? { bullet: false, text: content } : splitBullet(content);
      out.push({ text: b.text, page: 1, ...(heading ? { heading: true } : {}), ...(b.bullet ? { bullet: true } : {}) });
    }
  }
  return out;
}
