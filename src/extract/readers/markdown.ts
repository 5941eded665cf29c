/** The Markdown reader: ATX headings with lists, emphasis or links (or several such signals). */
import { looksLikeMarkdown, markdownToLines } from "../markdown.js";
import { textResult, type TextReader } from "./reader.js";

export const markdownReader: TextReader<"markdown"> = {
  format: "markdown",
  input: "text",
  description: "Markdown: inline syntax stripped, link URLs kept visible, headings and list items marked.",
  emptyMessage: "The input has no readable text.",
  sniff: looksLikeMarkdown,
  read: (text) => textResult(markdownToLines(text)),
};
