/**
 * LaTeX source → visible text lines: comments and preamble dropped, text
 * commands unwrapped (\textbf, \emph, \href{url}{text}...), \section as a
 * heading, \item as a bullet, escapes (\&, \%, ~, --, ---) decoded.
 * A small converter for resumes, not a TeX engine: unknown commands keep the
 * text of their brace arguments.
 */
import { LineWriter, lineLocator } from "./line-writer.js";
import type { SourceLine } from "./types.js";

const HEADINGS = new Set(["part", "chapter", "section", "subsection", "subsubsection", "paragraph"]);

/** Commands whose first N brace arguments are not text (dropped). Optional [..] arguments are always dropped. */
const DROP_ARGS: ReadonlyMap<string, number> = new Map([
  ["vspace", 1], ["hspace", 1], ["setlength", 2], ["addtolength", 2], ["setcounter", 2], ["addtocounter", 2],
  ["includegraphics", 1], ["color", 1], ["pagecolor", 1], ["label", 1], ["ref", 1], ["pageref", 1], ["cite", 1],
  ["pagestyle", 1], ["thispagestyle", 1], ["fontsize", 2], ["usepackage", 1], ["RequirePackage", 1],
  ["documentclass", 1], ["geometry", 1], ["hypersetup", 1], ["definecolor", 3], ["linespread", 1],
  ["newcommand", 2], ["renewcommand", 2], ["providecommand", 2], ["newenvironment", 3], ["renewenvironment", 3],
  ["titleformat", 5], ["titlespacing", 4], ["rule", 2], ["raisebox", 1], ["fontfamily", 1], ["input", 1], ["include", 1],
  ["pdfbookmark", 2], ["bibliography", 1], ["bibliographystyle", 1], ["hyphenation", 1], ["phantom", 1], ["hphantom", 1], ["vphantom", 1],
]);

/** Commands (with their argument count) whose LAST argument is the text; the ones before it are dropped. */
const KEEP_LAST: ReadonlyMap<string, number> = new Map([
  ["href", 2], ["textcolor", 2], ["colorbox", 2], ["fcolorbox", 3], ["multicolumn", 3], ["multirow", 3], ["makebox", 1], ["mbox", 1], ["fbox", 1],
  ["parbox", 2], ["resizebox", 3], ["scalebox", 2], ["hyperlink", 2], ["hypertarget", 2], ["foreignlanguage", 2],
]);

/** Environment arguments that are not text. */
const ENV_ARGS: ReadonlyMap<string, number> = new Map([
  ["tabular", 1], ["tabular*", 2], ["tabularx", 2], ["tabulary", 2], ["longtable", 1], ["array", 1],
  ["minipage", 1], ["multicols", 1], ["multicols*", 1], ["wrapfigure", 2], ["list", 2], ["adjustbox", 1],
]);

/** Verbatim environments and math-less commands that print text. */
const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["LaTeX", "LaTeX"], ["TeX", "TeX"], ["LaTeXe", "LaTeX2e"], ["ldots", "…"], ["dots", "…"], ["textbullet", "•"],
  ["textbar", "|"], ["cdot", "·"], ["bullet", "•"], ["textendash", "–"], ["textemdash", "—"], ["textasciitilde", "~"],
  ["textbackslash", "\\"], ["textunderscore", "_"], ["textless", "<"], ["textgreater", ">"], ["copyright", "©"],
  ["textperiodcentered", "·"], ["quad", " "], ["qquad", " "], ["hfill", " "], ["hfil", " "], ["enspace", " "],
  ["space", " "], ["enskip", " "], ["textdegree", "°"], ["pounds", "£"], ["euro", "€"], ["S", "§"], ["ss", "ß"],
  ["ae", "æ"], ["AE", "Æ"], ["oe", "œ"], ["OE", "Œ"], ["o", "ø"], ["O", "Ø"], ["aa", "å"], ["AA", "Å"], ["l", "ł"], ["L", "Ł"], ["i", "ı"],
  ["times", "×"], ["rightarrow", "→"], ["to", "→"], ["leftarrow", "←"], ["pm", "±"], ["sim", "~"], ["approx", "≈"], ["ge", "≥"], ["le", "≤"], ["geq", "≥"], ["leq", "≤"], ["percent", "%"],
]);

const BREAKS = new Set(["newline", "linebreak", "par", "newpage", "clearpage", "pagebreak", "bigskip", "medskip", "smallskip", "vfill"]);

/** Accent commands (\'e, \"o, \c{c}...) → combining marks. */
const ACCENTS: ReadonlyMap<string, string> = new Map([
  ["'", "\u0301"], ["`", "\u0300"], ["^", "\u0302"], ['"', "\u0308"], ["~", "\u0303"], ["=", "\u0304"], [".", "\u0307"],
  ["u", "\u0306"], ["v", "\u030C"], ["H", "\u030B"], ["c", "\u0327"], ["k", "\u0328"], ["r", "\u030A"],
]);

const MAX_DEPTH = 64;

class LatexConverter {
  private readonly w: LineWriter;
  constructor(private readonly s: string) {
    this.w = new LineWriter(lineLocator(s));
  }

  run(start: number, end: number): SourceLine[] {
    this.walk(start, end, 0);
    return this.w.finish();
  }

  /** Skips spaces (not blank lines) from `i`. */
  private skipSpace(i: number, end: number): number {
    while (i < end && (this.s[i] === " " || this.s[i] === "\t" || (this.s[i] === "\n" && !this.blankAfter(i)))) i++;
    return i;
  }

  private blankAfter(nl: number): boolean {
    let j = nl + 1;
    while (j < this.s.length && (this.s[j] === " " || this.s[j] === "\t" || this.s[j] === "\r")) j++;
    return j >= this.s.length || this.s[j] === "\n";
  }

  /** A group opened at `i`: [contentStart, contentEnd, after] (an unclosed group runs to `end`). */
  private groupSpan(i: number, end: number): [number, number, number] {
    const after = this.closeOf(i, end);
    return after === null ? [i + 1, end, end] : [i + 1, after - 1, after];
  }

  /** Position after a balanced group opened at `i` ('{' or '['); `end` when it is not closed. */
  private groupEnd(i: number, end: number): number {
    return this.closeOf(i, end) ?? end;
  }

  /** Position after the bracket closing the group opened at `i`, or null when it is not closed before `end`. */
  private closeOf(i: number, end: number): number | null {
    const open = this.s[i];
    const close = open === "{" ? "}" : "]";
    let depth = 0;
    for (let j = i; j < end; j++) {
      const c = this.s[j];
      if (c === "\\") { j++; continue; }
      if (c === "%") { while (j < end && this.s[j] !== "\n") j++; continue; }
      if (c === open) depth++;
      else if (c === close) { depth--; if (depth === 0) return j + 1; }
    }
    return null;
  }

  /** Skips optional [..] arguments. */
  private skipOptional(i: number, end: number): number {
    let j = i;
    for (;;) {
      let k = j;
      while (k < end && (this.s[k] === " " || this.s[k] === "\t")) k++;
      if (this.s[k] !== "[") return j;
      j = this.groupEnd(k, end);
    }
  }

  /** Reads one brace argument (or a single token) at `i`: [contentStart, contentEnd, after]. */
  private arg(i: number, end: number): [number, number, number] | null {
    let j = this.skipSpace(i, end);
    while (j < end && this.s[j] === "[") j = this.skipSpace(this.groupEnd(j, end), end);
    if (j >= end) return null;
    if (this.s[j] === "{") return this.groupSpan(j, end);
    if (this.s[j] === "\\") {
      let k = j + 1;
      while (k < end && /[A-Za-z]/u.test(this.s[k])) k++;
      if (k === j + 1) k++;
      return [j, k, k];
    }
    if (this.s[j] === "}" ) return null;
    return [j, j + 1, j + 1];
  }

  private walk(start: number, end: number, depth: number): void {
    const s = this.s;
    const w = this.w;
    let i = start;
    while (i < end) {
      const c = s[i];
      if (c === "%") { while (i < end && s[i] !== "\n") i++; continue; }
      if (c === "\n") {
        w.breakLine();
        i++;
        continue;
      }
      if (c === "{" || c === "}" || c === "$" || c === "\r") { i++; continue; }
      if (c === "~") { w.write(" ", i); i++; continue; }
      if (c === "&") { w.write("  ", i); i++; continue; }
      if (c === "-" && s.startsWith("---", i)) { w.write("—", i); i += 3; continue; }
      if (c === "-" && s.startsWith("--", i)) { w.write("–", i); i += 2; continue; }
      if ((c === "`" || c === "'") && s[i + 1] === c) { w.write('"', i); i += 2; continue; }
      if (c !== "\\") {
        let j = i + 1;
        while (j < end && !"%\n{}$~&-\\`'\r".includes(s[j])) j++;
        w.write(s.slice(i, j), i);
        i = j;
        continue;
      }
      i = this.command(i, end, depth);
    }
  }

  /**
   * Handles the command at `i` (a backslash); returns the position after it.
   * long-function: one dispatch over the LaTeX commands a resume uses, each
   * case a line or two; split up, the cases would only move apart.
   */
  private command(i: number, end: number, depth: number): number {
    const s = this.s;
    const w = this.w;
    const next = s[i + 1] ?? "";
    if (!/[A-Za-z]/u.test(next)) {
      if (next === "\\") { w.breakLine(); return this.skipOptional(i + 2, end); }
      if (ACCENTS.has(next)) {
        const a = this.arg(i + 2, end);
        if (!a) return i + 2;
        w.write(s.slice(a[0], a[1]).replace(/[{}\\]/gu, "") + ACCENTS.get(next), i);
        return a[2];
      }
      if (next === "," || next === ";" || next === " " || next === ":" || next === "!" || next === "\n") { w.write(" ", i); return i + 2; }
      if (next === "-" || next === "/" || next === "@") return i + 2;
      w.write(next, i);
      return i + 2;
    }
    let j = i + 1;
    while (j < end && /[A-Za-z]/u.test(s[j])) j++;
    const name = s.slice(i + 1, j);
    if (s[j] === "*") j++;
    if (depth >= MAX_DEPTH) return j;
    if (ACCENTS.has(name) && name.length === 1) {
      const a = this.arg(j, end);
      if (!a) return j;
      w.write(s.slice(a[0], a[1]).replace(/[{}\\]/gu, "") + ACCENTS.get(name), i);
      return a[2];
    }
    if (SYMBOLS.has(name)) { w.write(SYMBOLS.get(name) ?? "", i); return j; }
    if (BREAKS.has(name)) { w.breakLine(); return j; }
    if (HEADINGS.has(name)) {
      const a = this.arg(j, end);
      w.breakLine();
      w.markHeading();
      if (a) this.walk(a[0], a[1], depth + 1);
      w.breakLine();
      return a ? a[2] : j;
    }
    if (name === "item") {
      w.breakLine();
      w.markBullet();
      const k = this.skipSpace(j, end);
      return s[k] === "[" ? this.groupEnd(k, end) : j;
    }
    if (name === "begin" || name === "end") {
      const a = this.arg(j, end);
      w.breakLine();
      if (!a) return j;
      const env = s.slice(a[0], a[1]).trim();
      if (name === "end") return a[2];
      if (env === "verbatim" || env === "comment") {
        const close = s.indexOf(`\\end{${env}}`, a[2]);
        const stop = close < 0 ? end : Math.min(close, end);
        if (env === "verbatim") { w.write(s.slice(a[2], stop), a[2]); w.breakLine(); }
        return stop;
      }
      let k = a[2];
      for (let n = ENV_ARGS.get(env) ?? 0; n > 0; n--) { const b = this.arg(k, end); if (!b) break; k = b[2]; }
      const after = this.skipSpace(k, end);
      return s[after] === "[" ? this.groupEnd(after, end) : k;
    }
    if (name === "url" || name === "nolinkurl") {
      const a = this.arg(j, end);
      if (a) { w.write(s.slice(a[0], a[1]), a[0]); return a[2]; }
      return j;
    }
    const drop = DROP_ARGS.get(name);
    if (drop !== undefined) {
      let k = j;
      for (let n = drop; n > 0; n--) { const b = this.arg(k, end); if (!b) break; k = b[2]; }
      return k;
    }
    const keepLast = KEEP_LAST.get(name);
    if (keepLast !== undefined) {
      let k = j;
      for (let n = keepLast - 1; n > 0; n--) { const b = this.arg(k, end); if (!b) break; k = b[2]; }
      const t = this.arg(k, end);
      if (t && s[t[0] - 1] === "{") { this.walk(t[0], t[1], depth + 1); return t[2]; }
      return k;
    }
    // Unknown or text command: keep the text of the brace arguments that follow directly.
    let k = j;
    for (;;) {
      let m = k;
      while (m < end && (s[m] === " " || s[m] === "\t")) m++;
      while (m < end && s[m] === "[") m = this.groupEnd(m, end);
      if (s[m] !== "{") return k === j ? j : k;
      const [from, to, after] = this.groupSpan(m, end);
      if (k !== j) w.write(" ", m);
      this.walk(from, to, depth + 1);
      k = after;
    }
  }
}

/** Where the document body starts and ends (the whole text when there is no `\begin{document}`). */
function bodyRange(text: string): [number, number] {
  const b = /\\begin\s*\{document\}/u.exec(text);
  const start = b ? b.index + b[0].length : 0;
  const e = /\\end\s*\{document\}/u.exec(text.slice(start));
  return [start, e ? start + e.index : text.length];
}

/** Converts LaTeX source to its visible lines, numbered by source line. */
export function latexToLines(text: string): SourceLine[] {
  const clean = text.replace(/\r\n?/gu, "\n");
  const [start, end] = bodyRange(clean);
  return new LatexConverter(clean).run(start, end);
}

/** True when the text reads as LaTeX (a document class or several LaTeX commands). */
export function looksLikeLatex(text: string): boolean {
  if (/\\documentclass\b|\\begin\s*\{document\}/u.test(text)) return true;
  const hits = text.match(/\\(?:section|textbf|emph|item|begin|end|href|hfill|vspace)\b/gu);
  return (hits?.length ?? 0) >= 4;
}
