import { describe, expect, it } from "vitest";
import { latexToLines, looksLikeLatex } from "../../src/fidelity/latex.js";

const doc = String.raw`\documentclass[11pt]{article}
\usepackage{hyperref} % not text
\newcommand{\role}[2]{\textbf{#1} \hfill #2}
\title{Preamble title}
\begin{document}
{\LARGE \textbf{Jane Q. Doe}}\\
\href{mailto:jane@example.com}{jane@example.com} \textbar{} +1 555 010 0199 % phone
\section*{Experience}
\role{Senior Engineer, Acme \& Co.}{2020 -- present}
\vspace{2mm}
\begin{itemize}
  \item Cut p95 latency by 40\% using \emph{Redis} caching
  \item[--] Built APIs in Go~and Python---fast.
\end{itemize}
\begin{tabular}{l r}
Skills & Kubernetes, \textcolor{blue}{Docker} \\
\multicolumn{2}{c}{Caf\'e na\"ive}
\end{tabular}
\end{document}
ignored after the end`;

describe("latexToLines", () => {
  const lines = latexToLines(doc);

  it("keeps visible text only, numbered by source line", () => {
    expect(lines.map((l) => [l.line, l.text.normalize("NFC")])).toEqual([
      [6, "Jane Q. Doe"],
      [7, "jane@example.com | +1 555 010 0199"],
      [8, "Experience"],
      [9, "Senior Engineer, Acme & Co. 2020 – present"],
      [12, "Cut p95 latency by 40% using Redis caching"],
      [13, "Built APIs in Go and Python—fast."],
      [16, "Skills Kubernetes, Docker"],
      [17, "Café naïve"],
    ]);
  });

  it("marks sections as headings and items as bullets", () => {
    expect(lines.filter((l) => l.heading).map((l) => l.text)).toEqual(["Experience"]);
    expect(lines.filter((l) => l.bullet).map((l) => l.line)).toEqual([12, 13]);
  });

  it("reads a fragment without \\begin{document} and survives unbalanced braces", () => {
    expect(latexToLines(String.raw`\textbf{Go \emph{and} Rust`).map((l) => l.text)).toEqual(["Go and Rust"]);
    expect(latexToLines("a } b { c").map((l) => l.text)).toEqual(["a b c"]);
  });

  it("detects LaTeX", () => {
    expect(looksLikeLatex(doc)).toBe(true);
    expect(looksLikeLatex("# Jane\n\n- Go")).toBe(false);
  });
});
