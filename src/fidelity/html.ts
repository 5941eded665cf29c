/**
 * HTML source → visible text lines: block elements end lines, `<li>` items
 * are bullets, `<h1>`–`<h6>` headings, `<br>` breaks, entities decoded,
 * `<head>`, `<script>`, `<style>`, `<template>` and comments dropped.
 */
import { LineWriter, lineLocator } from "./line-writer.js";
import type { SourceLine } from "./types.js";

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
  "tfoot", "tr", "td", "th", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "summary", "details",
]);
const HIDDEN = new Set(["script", "style", "head", "template", "noscript", "svg", "title", "object", "iframe", "textarea", "select"]);
const CELL = new Set(["td", "th"]);

const NAMED: ReadonlyMap<string, string> = new Map([
  ["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"], ["nbsp", "\u00a0"], ["ndash", "–"], ["mdash", "—"],
  ["bull", "•"], ["middot", "·"], ["hellip", "…"], ["copy", "©"], ["reg", "®"], ["trade", "™"], ["rsquo", "’"], ["lsquo", "‘"],
  ["rdquo", "”"], ["ldquo", "“"], ["euro", "€"], ["pound", "£"], ["times", "×"], ["rarr", "→"], ["larr", "←"], ["vert", "|"],
  ["verbar", "|"], ["sdot", "⋅"], ["ensp", " "], ["emsp", " "], ["thinsp", " "], ["zwj", ""], ["zwnj", ""], ["shy", ""],
  ["eacute", "é"], ["egrave", "è"], ["aacute", "á"], ["agrave", "à"], ["ouml", "ö"], ["uuml", "ü"], ["auml", "ä"], ["szlig", "ß"],
  ["ccedil", "ç"], ["ntilde", "ñ"], ["iacute", "í"], ["oacute", "ó"], ["uacute", "ú"], ["deg", "°"], ["plusmn", "±"],
]);

/** Decodes named (common set) and numeric character references; unknown ones stay as written. */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/gu, (m, e: string) => {
    if (e[0] !== "#") return NAMED.get(e) ?? NAMED.get(e.toLowerCase()) ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
  });
}

/** Converts HTML source to its visible lines, numbered by source line. */
export function htmlToSourceLines(html: string): SourceLine[] {
  const s = html.replace(/\r\n?/gu, "\n");
  const w = new LineWriter(lineLocator(s));
  const tag = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gu;
  let pos = 0;
  let hidden = 0;
  let hiddenTag = "";
  let pre = 0;
  for (let m = tag.exec(s); m !== null; m = tag.exec(s)) {
    if (hidden === 0 && m.index > pos) writeText(w, s.slice(pos, m.index), pos, pre > 0);
    pos = m.index + m[0].length;
    const name = (m[2] ?? "").toLowerCase();
    if (!name) continue;
    const closing = m[1] === "/";
    const selfClosing = /\/\s*$/u.test(m[3] ?? "");
    if (hidden > 0) {
      if (name === hiddenTag) hidden += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (HIDDEN.has(name) && !closing && !selfClosing) { hidden = 1; hiddenTag = name; continue; }
    if (/\bhidden\b|display\s*:\s*none/iu.test(m[3] ?? "") && !closing && !selfClosing && !/^(?:br|img|input|hr|meta|link)$/u.test(name)) {
      hidden = 1;
      hiddenTag = name;
      continue;
    }
    if (name === "br") { w.breakLine(); continue; }
    if (name === "pre") pre += closing ? -1 : 1;
    if (name === "img" && !closing) {
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/iu.exec(m[3] ?? "");
      if (alt) writeText(w, ` ${alt[1] ?? alt[2]} `, m.index, false);
      continue;
    }
    if (CELL.has(name)) { if (!closing) w.write("  ", m.index); continue; }
    if (BLOCK.has(name)) {
      w.breakLine();
      if (!closing && /^h[1-6]$/u.test(name)) w.markHeading();
      if (!closing && name === "li") w.markBullet();
    }
  }
  if (hidden === 0 && pos < s.length) writeText(w, s.slice(pos), pos, pre > 0);
  return w.finish();
}

function writeText(w: LineWriter, raw: string, offset: number, pre: boolean): void {
  if (!pre) {
    // Whitespace collapses in HTML: a source newline is not a visible break.
    w.write(decodeHtmlEntities(raw.replace(/\s+/gu, " ")), offset + (raw.length - raw.trimStart().length));
    return;
  }
  const parts = raw.split("\n");
  let at = offset;
  parts.forEach((p, k) => {
    if (k > 0) w.breakLine();
    w.write(decodeHtmlEntities(p), at);
    at += p.length + 1;
  });
}

/** True when the text reads as HTML. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return true;
  const tags = text.slice(0, 100_000).match(/<(?:div|p|h[1-6]|ul|li|span|section|body|table)\b[^>]*>/giu);
  return (tags?.length ?? 0) >= 5;
}
