import { describe, expect, it } from "vitest";
import { decodeHtmlEntities, htmlToSourceLines, looksLikeHtml } from "../../src/fidelity/html.js";

const html = `<!doctype html><html><head><title>Not shown</title><style>p { color: red }</style></head>
<body><header><h1>Jane Doe</h1>
<p>jane@example.com &middot; <a href="https://github.com/jane">github.com/jane</a></p></header>
<script>var a = "<p>no</p>";</script>
<!-- <p>commented out</p> -->
<section><h2>Skills</h2><ul><li>Go &amp; Python</li>
<li>Kubernetes,
 Docker</li></ul><div hidden>secret</div><p style="display:none">also secret</p>
<p>Line one<br>Line two &#8211; &#x2014;</p></section></body></html>`;

describe("htmlToSourceLines", () => {
  const lines = htmlToSourceLines(html);

  it("turns blocks into lines, drops head/script/style/comments/hidden, decodes entities", () => {
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [2, "Jane Doe"],
      [3, "jane@example.com · github.com/jane"],
      [6, "Skills"],
      [6, "Go & Python"],
      [7, "Kubernetes, Docker"],
      [9, "Line one"],
      [9, "Line two – —"],
    ]);
  });

  it("marks headings and list items", () => {
    expect(lines.filter((l) => l.heading).map((l) => l.text)).toEqual(["Jane Doe", "Skills"]);
    expect(lines.filter((l) => l.bullet).map((l) => l.text)).toEqual(["Go & Python", "Kubernetes, Docker"]);
  });

  it("decodes entities and leaves unknown ones", () => {
    expect(decodeHtmlEntities("a &lt;b&gt; &unknown; &#65;")).toBe("a <b> &unknown; A");
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml("plain text")).toBe(false);
  });
});
