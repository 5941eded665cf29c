import { describe, expect, it } from "vitest";
import { extractResume } from "../../src/extract/index.js";
import { attachLinks, pageLinks } from "../../src/extract/pdf-links.js";
import type { PositionedItem } from "../../src/extract/pdf-lines.js";
import { segment } from "../../src/segment/index.js";
import { makeLinkPdf } from "./make-pdf.js";

const item = (str: string, x: number, y: number, width: number): PositionedItem => ({ str, x, y, width, fontSize: 10, bold: false, icon: false });

describe("pageLinks", () => {
  it("reads web, mail and phone links with the words drawn inside them, and skips other annotations", () => {
    const items = [item("jane@example.com | LinkedIn | Github", 100, 100, 180)];
    // Page top at y = 800 (PDF space): a rectangle from y 696 to 708 covers the baseline at 100 from the top.
    const links = pageLinks(
      [
        { subtype: "Link", url: "https://www.linkedin.com/in/jane/", rect: [205, 696, 243, 708] },
        { subtype: "Link", url: "javascript:alert(1)", rect: [0, 0, 10, 10] },
        { subtype: "Widget", url: "https://example.com", rect: [0, 0, 10, 10] },
        { subtype: "Link", url: "https://x.io", rect: [1, 2, 3] },
      ],
      items,
      1,
      0,
      800,
    );
    expect(links.map((l) => [l.url, l.text])).toEqual([["https://www.linkedin.com/in/jane/", "LinkedIn"]]);
  });
  it("ties a link to the line of its own column", () => {
    const links = [{ url: "https://github.com/jane", text: "GitHub", page: 1, x0: 400, x1: 440, top: 90, bottom: 102 }];
    const lines = [
      { text: "Left column text", page: 1, index: 0, x: 40, y: 100 },
      { text: "GitHub", page: 1, index: 1, x: 398, y: 100 },
    ];
    expect(attachLinks(links, lines)[0]?.line).toBe(1);
  });
});

describe("links end to end", () => {
  it("a LinkedIn or GitHub text whose address is only in the annotation fills the contact", async () => {
    const doc = await extractResume(makeLinkPdf(), { timeoutMs: 60_000 });
    expect(doc.links?.map((l) => [l.url, l.text, l.line])).toEqual([
      ["https://www.linkedin.com/in/jane-doe/", "LinkedIn", 1],
      ["https://github.com/janedoe", "GitHub", 1],
      ["https://github.com/janedoe/project", "Project page", 4],
    ]);
    const r = segment(doc);
    expect(r.contact.linkedin).toBe("https://www.linkedin.com/in/jane-doe/");
    expect(r.contact.github).toBe("https://github.com/janedoe");
  });
});
