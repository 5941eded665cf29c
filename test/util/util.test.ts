import { describe, expect, it } from "vitest";
import { wordCount } from "../../src/util/words.js";
import { compareStrings } from "../../src/util/compare.js";
import { truncate, MAX_QUOTE_CHARS } from "../../src/util/truncate.js";
import { didYouMean, editDistance } from "../../src/util/did-you-mean.js";
import { escapeRegExp } from "../../src/util/regexp.js";

describe("wordCount", () => {
  it("counts chunks holding a letter or digit, in any script", () => {
    expect(wordCount("Built the API — cut p95 by 40 %")).toBe(7);
    expect(wordCount("Software Engineer Intern → Junior Engineer")).toBe(5);
    expect(wordCount("  • R&D | C++ ")).toBe(2);
    expect(wordCount("Développé l'API\u00a0à Zürich")).toBe(4);
    expect(wordCount("")).toBe(0);
  });
});

describe("compareStrings", () => {
  it("orders by code units, the same in every locale, undefined as empty", () => {
    expect(["b", "B", "a", "é", "Z"].sort(compareStrings)).toEqual(["B", "Z", "a", "b", "é"]);
    expect(compareStrings(undefined, "")).toBe(0);
    expect(compareStrings(undefined, "a")).toBe(-1);
  });
});

describe("truncate", () => {
  it("trims, and cuts long text with an ellipsis inside the limit", () => {
    expect(truncate("  short  ")).toBe("short");
    const long = "x".repeat(200);
    expect(truncate(long)).toHaveLength(MAX_QUOTE_CHARS);
    expect(truncate(long).endsWith("...")).toBe(true);
    expect(truncate("abcdefghij", 8)).toBe("abcde...");
  });
  it("takes another mark, still inside the limit (the fidelity report cuts with '…')", () => {
    expect(truncate("abcdefghij", 8, "…")).toBe("abcdefg…");
    expect(truncate("abcdefgh", 8, "…")).toBe("abcdefgh");
  });
});

describe("didYouMean", () => {
  it("suggests the closest name when it is close, in any case", () => {
    const names = ["UNQUANTIFIED_BULLET", "WEAK_OPENING", "PASSIVE_VOICE", "missing-must-have"];
    expect(didYouMean("PASIVE_VOICE", names)).toBe("PASSIVE_VOICE");
    expect(didYouMean("weak_opening", names)).toBe("WEAK_OPENING");
    expect(didYouMean("missing-must-haves", names)).toBe("missing-must-have");
    expect(didYouMean("UNQUANTIFIED", names)).toBe("UNQUANTIFIED_BULLET");
    expect(didYouMean("typo-rule", names)).toBeNull();
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abc", "abcdefgh", 2)).toBe(3);
  });
});

describe("escapeRegExp", () => {
  it("escapes every metacharacter, also for the u flag", () => {
    const s = "C++ (.NET) [x] a|b ^$ {1} / \\";
    expect(new RegExp(escapeRegExp(s), "u").test(s)).toBe(true);
  });
});
