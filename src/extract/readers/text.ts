/** The plain-text reader: any decoded text no other reader claims. */
import { textToLines } from "../text.js";
import { textResult, type TextReader } from "./reader.js";

export const textReader: TextReader<"text"> = {
  format: "text",
  input: "text",
  description: "Plain UTF-8 (or UTF-16 with a BOM) text: list markers (-, *, •, 1.) become bullets.",
  emptyMessage: "The input has no readable text.",
  sniff: () => true,
  read: (text) => textResult(textToLines(text)),
};
