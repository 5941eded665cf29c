/**
 * Turns mammoth's HTML (a small, well-formed tag set) into lines: paragraphs,
 * headings, list items, table cells, `<br>` breaks, bold paragraphs, links
 * with their URL kept visible.
 */
import { cleanLineText, splitBullet, stripInlineIcons } from "./glyphs.js";
import type { DraftLine } from "./lines.js";

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "ul", "ol", "div", "blockquote"]);

/** Decodes the entities mammoth writes (named basics and numeric references). */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);/gu, (m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "nbsp") return "\u00a0";
    const code = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "";
  });
}

interface Block {
  heading: boolean;
  bullet: boolean;
  table: boolean;
  text: string;
  strongChars: number;
  chars: number;
}

/** A table row being read: where its lines start in the output, and where each cell's lines start. */
interface Row {
  start: number;
  cells: number[];
}

/**
 * A row whose cells each hold one short line ("Containers | Docker, Kubernetes")
 * reads as one line, as the same table does in a PDF; a layout table whose
 * cells hold whole sections keeps its lines.
 */
function joinRow(out: DraftLine[], row: Row): void {
  const lines = out.slice(row.start);
  if (row.cells.length < 2 || lines.length < 2) return;
  const bounds = [...row.cells, out.length];
  for (let c = 0; c < row.cells.length; c++) if (bounds[c + 1] - bounds[c] > 1) return;
  if (lines.some((l) => l.heading || l.bullet || l.text.length > 160)) return;
  const joined: DraftLine = { text: lines.map((l) => l.text).join(" "), page: 1, part: "table" };
  if (lines.every((l) => l.bold)) joined.bold = true;
  out.splice(row.start, lines.length, joined);
}

/**
 * Converts mammoth HTML to draft lines (page 1; `part: "table"` for cells).
 * long-function: one pass of a tag state machine whose closures share the
 * open-tag stack and the current block.
 */
export function htmlToLines(html: string): DraftLine[] {
  const out: DraftLine[] = [];
  const stack: string[] = [];
  let strong = 0;
  let tableDepth = 0;
  let href: string | null = null;
  let linkText = "";
  let block: Block = { heading: false, bullet: false, table: false, text: "", strongChars: 0, chars: 0 };
  let continuation = false;

  const rows: Row[] = [];
  const inList = (): boolean => stack.lastIndexOf("li") > stack.lastIndexOf("td") && stack.includes("li");
  const flush = (): void => {
    const raw = cleanLineText(block.text);
    if (raw) {
      let text = stripInlineIcons(raw);
      let bullet = false;
      if (block.bullet && !continuation) { text = `• ${text.replace(/^•\s*/u, "")}`; bullet = true; }
      else if (!block.heading) {
        const b = splitBullet(text, { allowDashes: false });
        text = b.text; bullet = b.bullet;
      }
      if (text) {
        const line: DraftLine = { text, page: 1 };
        if (block.heading) line.heading = true;
        if (bullet) line.bullet = true;
        if (block.chars > 0 && block.strongChars / block.chars >= 0.9) line.bold = true;
        if (block.table) line.part = "table";
        out.push(line);
        continuation = true;
      }
    }
    block.text = ""; block.strongChars = 0; block.chars = 0;
  };
  const open = (tag: string): void => {
    flush();
    continuation = false;
    block = { heading: /^h[1-6]$/u.test(tag), bullet: tag === "li" || (inList() && tag === "p"), table: tableDepth > 0, text: "", strongChars: 0, chars: 0 };
  };

  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    if (m[4] !== undefined) {
      const t = decodeEntities(m[4]);
      block.text += t;
      if (href !== null) linkText += t;
      const n = t.replace(/\s/gu, "").length;
      block.chars += n;
      if (strong > 0) block.strongChars += n;
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    if (tag === "br") { flush(); continue; }
    if (tag === "strong" || tag === "b") { strong = Math.max(0, strong + (closing ? -1 : 1)); continue; }
    if (tag === "a") {
      if (!closing) {
        const h = /href="([^"]*)"/u.exec(m[3]);
        href = h ? decodeEntities(h[1]) : null;
        linkText = "";
      } else if (href !== null) {
        const url = href.replace(/^mailto:/u, "");
        const shown = linkText.trim();
        if (/^(?:https?:|mailto:)/u.test(href) && shown && !shown.includes(url) && !(/[./@]/u.test(shown) && url.endsWith(shown))) block.text += ` (${url})`;
        href = null;
      }
      continue;
    }
    if (!BLOCKS.has(tag)) continue;
    if (!closing) {
      if (tag === "table") tableDepth++;
      if (tag === "tr") rows.push({ start: out.length, cells: [] });
      if ((tag === "td" || tag === "th") && rows.length > 0) { flush(); rows[rows.length - 1].cells.push(out.length); }
      stack.push(tag);
      open(tag);
    } else {
      flush();
      if (tag === "tr") { const row = rows.pop(); if (row) joinRow(out, row); }
      const i = stack.lastIndexOf(tag);
      if (i >= 0) stack.length = i;
      if (tag === "table") tableDepth = Math.max(0, tableDepth - 1);
      // Text after a nested list inside an <li> continues that item.
      block = { heading: false, bullet: false, table: tableDepth > 0, text: "", strongChars: 0, chars: 0 };
    }
  }
  flush();
  return out;
}
