import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeText, tokenize } from "../../src/normalize/index.js";
import { countWork } from "../work-counter.js";

describe("normalizeText", () => {
  it("applies NFKC and removes invisible characters", () => {
    expect(normalizeText("ﬁnancial ﬂow")).toBe("financial flow");
    expect(normalizeText("\uFEFFKuber\u00ADnetes\u200B")).toBe("Kubernetes");
    expect(normalizeText("Ｐｙｔｈｏｎ")).toBe("Python");
  });
  it("unifies dashes and quotes", () => {
    expect(normalizeText("2019 – 2021 — now‐here −5")).toBe("2019 - 2021 - now-here -5");
    expect(normalizeText("“quoted” ‘single’")).toBe("\"quoted\" 'single'");
  });
  it("collapses whitespace, keeping one newline per line break run", () => {
    expect(normalizeText("  a \t\u00A0 b\r\n\r\n  c  ")).toBe("a b\nc");
  });
  it("is linear on a long line (work counted, not timed)", () => {
    const small = "x\u200By—".repeat(20_000);
    const big = small.repeat(5);
    expect(countWork(() => normalizeText(big)) / countWork(() => normalizeText(small))).toBeLessThan(7.5); // linear ≈ 5, quadratic ≈ 25
  });
});

function texts(s: string): string[] {
  return tokenize(s).map((t) => t.text);
}

describe("tokenize", () => {
  it("keeps punctuation inside technology names", () => {
    const names = ["C++", "C#", "F#", ".NET", "ASP.NET", "Node.js", "Vue.js", "CI/CD", "TCP/IP", "UI/UX", "scikit-learn", "OAuth2", "HTTP/2", "Express.js", "k8s", "gRPC", "S3", "EC2"];
    for (const n of names) expect(texts(`Used ${n} daily`)).toEqual(["Used", n, "daily"]);
    expect(texts("OAuth 2.0")).toEqual(["OAuth", "2.0"]);
  });
  it("drops trailing sentence punctuation", () => {
    expect(texts("Redis. Node.js, C#; C++! (AWS) \"Go\"")).toEqual(["Redis", "Node.js", "C#", "C++", "AWS", "Go"]);
    expect(texts("end-")).toEqual(["end"]);
    expect(texts("C#/.NET")).toEqual(["C#", ".NET"]);
  });
  it("gives offsets into the input, folded and stemmed forms", () => {
    const s = "  Mentored ENGINEERS on Node.js";
    const toks = tokenize(s);
    for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.folded)).toEqual(["mentored", "engineers", "on", "node.js"]);
    expect(toks[0].stem).toBe("mentor");
    expect(toks[3].stem).toBe("node.js");
  });
  it("folds invisible characters and NFKC inside a token", () => {
    const [t] = tokenize("Kuber\u00ADnetes");
    expect(t.text).toBe("Kuber\u00ADnetes");
    expect(t.folded).toBe("kubernetes");
    expect(tokenize("ﬁnance")[0].folded).toBe("finance");
    expect(texts("Telefónica Sénior Руthon")).toEqual(["Telefónica", "Sénior", "Руthon"]);
  });
  it("produces ordered, non-overlapping tokens that match their offsets (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "B", "1", ".", "-", "/", "+", "#", " ", ",", "\u00AD", "é", "_", "\n") , maxLength: 60 }), (s) => {
        let prev = 0;
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(prev);
          expect(t.end).toBeGreaterThan(t.start);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(/[.\-/_&]$/.test(t.text)).toBe(false);
          prev = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
  it("is linear on a long line without spaces (work counted, not timed; speed is in npm run bench)", () => {
    const word = "ab.c-d/e_f+";
    const small = word.repeat(Math.ceil(200_000 / word.length));
    const big = small.repeat(5);
    expect(countWork(() => tokenize(big)) / countWork(() => tokenize(small))).toBeLessThan(7.5); // linear ≈ 5, quadratic ≈ 25
  });
});
