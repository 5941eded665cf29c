/** TINY_TEXT: PDF text set in a very small font. */
import { tinyLines, TINY_FONT_PT, TINY_FONT_RATIO } from "../../score/tiny-lines.js";
import { linesPlace } from "../place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "TINY_TEXT",
    scope: "document",
    severity: "error",
    description: "PDF text set in a very small font (< 6 pt or far below the body size): reads as hidden keywords.",
    docs: {
      why: "Keywords set in 1–4 pt type (or in white) to fool an ATS are an old trick; recruiters who spot them reject the resume, and some ATS flag the file. Legitimate text that small cannot be read in print either.",
      details: "Only formats that carry font sizes (PDF). A line is tiny below `minFontPt`, or below `minRatio` of the body's median size. The score leaves such lines out of its reading with the default sizes, whatever this rule's settings.",
      fires: {
        lines: [
          { text: "Jane Doe", fontSize: 18 },
          { text: "Backend engineer building payment APIs in Go", fontSize: 10 },
          { text: "Experience", fontSize: 12 },
          { text: "Built the payment API in Python for 3 mobile apps", fontSize: 10 },
          { text: "kubernetes kafka aws terraform java spring", fontSize: 3 },
        ],
      },
      passes: {
        lines: [
          { text: "Jane Doe", fontSize: 18 },
          { text: "Backend engineer building payment APIs in Go", fontSize: 10 },
          { text: "Experience", fontSize: 12 },
          { text: "Built the payment API in Python for 3 mobile apps", fontSize: 10 },
          { text: "Skills: Kubernetes, Kafka, AWS, Terraform", fontSize: 9 },
        ],
      },
    },
    options: {
      minFontPt: { type: "number", default: TINY_FONT_PT, minimum: 0, description: "Text below this size (points) is tiny whatever the body size." },
      minRatio: { type: "number", default: TINY_FONT_RATIO, minimum: 0, maximum: 1, description: "Text below this share of the body's median size is tiny." },
    },
  },
  check(t, ctx) {
    const { minFontPt, minRatio } = ctx.options;
    const { lines: tiny, body } = tinyLines(t.doc, minFontPt, minRatio);
    if (tiny.length === 0) return;
    const smallest = Math.min(...tiny.map((l) => l.fontSize!));
    const n = tiny.length;
    ctx.report({
      message: `${n} line${n === 1 ? " is" : "s are"} set in tiny type (down to ${smallest.toFixed(1)} pt; body text is ${body.toFixed(1)} pt). Tiny or hidden text reads as keyword stuffing and some ATS flag it; the score does not read it.`,
      place: linesPlace(tiny[0]!.index + 1, tiny[n - 1]!.index + 1),
      quote: tiny.map((l) => l.text).join(" | "),
      suggestion: `Set all text at ${Math.max(9, Math.round(body * 0.9))} pt or more, and remove any keywords that are not meant to be read.`,
    });
  },
});
