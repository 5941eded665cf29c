import { describe, expect, it } from "vitest";
import { layoutPage, type PositionedItem } from "../../src/extract/pdf-lines.js";

const FS = 9;

/** One word per item at character cell `col` of a fixed-pitch line (every character 0.6 em wide). */
function courierLine(words: readonly string[], y: number, x0 = 59): PositionedItem[] {
  const out: PositionedItem[] = [];
  let col = 0;
  for (const w of words) {
    out.push({ str: w, x: x0 + col * 0.6 * FS, y, width: w.length * 0.6 * FS, fontSize: FS, bold: false, icon: false });
    col += w.length + 1;
  }
  return out;
}

/** A proportional-font word run at `x` (about 0.5 em per character). */
function run(str: string, x: number, y: number): PositionedItem {
  return { str, x, y, width: str.length * 0.5 * FS, fontSize: FS, bold: false, icon: false };
}

const geo = { page: 1, width: 612, height: 792 };

describe("layoutPage on fixed-pitch text", () => {
  it("word spaces that line up down a plain-text page are no column gutter", () => {
    // Every line breaks words at the same character cells: blank cells form straight "rivers".
    const items = Array.from({ length: 14 }, (_, k) => courierLine(["word", "with", "four", "char", "long", "item", "rows", "over", "page", "text", "that", "runs", "wide", "here", "ends"], 100 + k * 9)).flat();
    const page = layoutPage(items, geo);
    expect(page.columns).toBe(1);
    expect(page.lines[0]?.text).toBe("word with four char long item rows over page text that runs wide here ends");
  });
  it("a real gutter between two proportional columns still splits the page", () => {
    const items = Array.from({ length: 14 }, (_, k) => [run("Left column text of a resume line", 40, 100 + k * 12), run("Right column sidebar words", 340, 100 + k * 12)]).flat();
    expect(layoutPage(items, geo).columns).toBe(2);
  });
});
