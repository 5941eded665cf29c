import { describe, expect, it } from "vitest";
import { alignLines, weightedLis } from "../../src/fidelity/align.js";
import { classifyGarble, isLigatureLoss } from "../../src/fidelity/garble.js";
import type { SourceLine } from "../../src/fidelity/types.js";

const src = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ line: i + 1, text }));

describe("garble classification", () => {
  it("recognizes dropped, split and replaced ligatures", () => {
    expect(isLigatureLoss("certified", "certied")).toBe(true);
    expect(isLigatureLoss("certified", "certi ed")).toBe(true);
    expect(isLigatureLoss("office workflows", "o#ce workows")).toBe(true);
    expect(isLigatureLoss("certified", "certified")).toBe(false);
    expect(isLigatureLoss("python", "pyton")).toBe(false);
  });

  it("names glyph, spacing and other damage", () => {
    expect(classifyGarble("Kubernetes", "Kub\uFFFDrnetes", true)).toBe("glyph");
    expect(classifyGarble("Kubernetes", "\uE001\uE002\uE003\uE004\uE005", true)).toBe("glyph");
    expect(classifyGarble("worked on", "workedon", true)).toBe("spacing");
    expect(classifyGarble("Kubernetes", "Kubernctes", true)).toBe("other");
    expect(classifyGarble("Kubernetes", "Salesforce", true)).toBeNull();
  });
});

describe("alignLines", () => {
  it("matches a source line wrapped over two PDF lines", () => {
    const a = alignLines(src(["Built a streaming pipeline in Kafka that handles three million events a day"]), [
      "Built a streaming pipeline in Kafka that handles",
      "three million events a day",
    ]);
    expect(a.inOrderShare).toBe(1);
    expect(a.verdicts[0]).toMatchObject({ status: "present", pdfFirst: 0, pdfLast: 1, outOfOrder: false });
  });

  it("marks a block read before its place as out of order, and a line nowhere as missing", () => {
    const a = alignLines(src(["Experience", "Led the payments team of six", "Skills", "Go, Rust, Postgres", "Hobbies: chess"]), [
      "Skills", "Go, Rust, Postgres", "Experience", "Led the payments team of six",
    ]);
    expect(a.verdicts.map((v) => [v.status, v.outOfOrder])).toEqual([
      ["present", false], ["present", false], ["present", true], ["present", true], ["missing", false],
    ]);
    expect(a.inOrderShare).toBeCloseTo(7 / 13, 5);
  });

  it("finds a damaged copy of a short line between its neighbours", () => {
    const a = alignLines(src(["Jane Doe", "Profile", "Backend engineer"]), ["Jane Doe", "Prole", "Backend engineer"]);
    expect(a.verdicts[1]).toMatchObject({ status: "garbled", kind: "ligature", pdfFirst: 1 });
  });

  it("never compares synthetic lines", () => {
    const a = alignLines([{ line: 1, text: "Experience", heading: true, synthetic: true }, { line: 1, text: "Built APIs" }], ["Built APIs"]);
    expect(a.verdicts[0].status).toBe("ignored");
    expect(a.inOrderShare).toBe(1);
  });

  it("weightedLis keeps the heaviest in-order run", () => {
    expect([...weightedLis([{ pos: 5, weight: 1 }, { pos: 1, weight: 3 }, { pos: 2, weight: 3 }, { pos: 9, weight: 1 }])].sort()).toEqual([1, 2, 3]);
  });
});
