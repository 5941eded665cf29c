/**
 * Property tests on hostile text: the text stages never throw, keep their
 * offsets consistent and stay linear; bad bytes always end in a typed error;
 * the score is deterministic and bounded.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeResume, analyzeText } from "../../src/analyze/index.js";
import { ResumeAtsError } from "../../src/errors.js";
import { findMetrics } from "../../src/hints/metrics.js";
import { closeIsolatedWorkers } from "../../src/isolate/index.js";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { countWork } from "../work-counter.js";
import { normalizeText, tokenize } from "../../src/normalize/index.js";
import { segment } from "../../src/segment/index.js";
import type { ExtractedDocument, ExtractedLine } from "../../src/types.js";

afterAll(async () => {
  await closeIsolatedWorkers();
});

/** Any unicode, weighted towards what breaks text code: controls, format chars, surrogates, marks, digits, punctuation. */
const nasty = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 120 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.constantFrom(
          "a", "Z", "1", "0", ".", ",", "%", "$", "€", "+", "#", "-", "–", "/", "@", " ", "\t", "\n", "\r", "\u00ad",
          "\u200b", "\u200d", "\u202e", "\ufeff", "\u0000", "\u001b", "\ud800", "\udc00", "\u0301", "ﬁ", "Ｔ", "①", "½",
          "k", "M", "x", "ms", "users", "Python", "Node.js", "C++", "• ", "1,234.5", "10x", "from 5 to 9", "by 30%",
        ),
        { maxLength: 120 },
      )
      .map((a) => a.join("")),
  },
);

/** Shapes known to trip regex backtracking and quadratic loops (hostile-input notes). */
const SHAPES: Record<string, string> = {
  resume: "Led a team of 5 engineers, cut p95 latency by 40% and saved $1.2M/yr with Node.js, PostgreSQL and Kafka. ",
  sentences: "Led team. ",
  numbers: "1,234,567.89 ",
  alnumDots: "a1b2c3d4e5.",
  spaces: "        ",
  noSpace: "aaaaaaaaaaaaaaaa",
  mixed: "Py\u200bthon Ｔｙｐｅ ١٢٣ 中文 한국어 😀\u202e ",
  percents: "%%%%$$$$1.1.1.1-",
};

function sized(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/**
 * Work at 25k and 100k characters, counted (see work-counter.ts), never
 * timed: a linear function does about 4× the work on 4× the input, a
 * quadratic one 16×. The count depends only on the input, so the check
 * cannot flake (the timed version failed on busy machines and on a V8 cost
 * step between 100k and 200k characters).
 */
function workRatio(fn: (s: string) => unknown, unit: string): { small: number; big: number; ratio: number } {
  const small = countWork(() => fn(sized(unit, 25_000)));
  const big = countWork(() => fn(sized(unit, 100_000)));
  return { small, big, ratio: big / Math.max(1, small) };
}

function expectLinear(name: string, fn: (s: string) => unknown): void {
  for (const [shape, unit] of Object.entries(SHAPES)) {
    const { small, big, ratio } = workRatio(fn, unit);
    expect(ratio, `${name} on ${shape}: work ${small} → ${big} for 4× the input`).toBeLessThan(6);
  }
}

describe("the linear-time check itself", () => {
  it("catches a planted quadratic, in a regex loop, a search loop and a character loop", () => {
    // Each re-scans the text from the start for every position: the kind of slip a refactor makes.
    const viaRegex = (s: string): number => {
      let n = 0;
      for (let i = 0; i < s.length; i += 500) if (/\d+%$/.exec(s.slice(0, i))) n++;
      return n;
    };
    const viaSearch = (s: string): number => {
      let n = 0;
      for (let i = 0; i < s.length; i += 500) n += s.indexOf("\u0000", 0) === -1 ? 1 : 0;
      return n;
    };
    const viaChars = (s: string): number => {
      let n = 0;
      for (let i = 0; i < s.length; i += 500) for (let j = 0; j < i; j++) n += s.charCodeAt(j) === 32 ? 1 : 0;
      return n;
    };
    for (const [name, fn] of Object.entries({ viaRegex, viaSearch, viaChars })) {
      const { ratio } = workRatio(fn, SHAPES.resume);
      expect(ratio, name).toBeGreaterThan(12);
    }
    // And a linear twin reads as linear.
    const linearTwin = (s: string): number => {
      let n = 0;
      for (const m of s.matchAll(/\d+%/g)) n += m[0].length;
      for (let i = 0; i < s.length; i++) n += s.charCodeAt(i) === 32 ? 1 : 0;
      return n;
    };
    expect(workRatio(linearTwin, SHAPES.resume).ratio).toBeLessThan(4.5);
  });
});

describe("normalizeText / tokenize", () => {
  it("never throw, and token offsets slice to the token text", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const norm = normalizeText(s);
        expect(typeof norm).toBe("string");
        for (const text of [s, norm]) {
          const tokens = tokenize(text);
          let prevEnd = 0;
          for (const t of tokens) {
            expect(t.start).toBeGreaterThanOrEqual(prevEnd);
            expect(t.end).toBeGreaterThan(t.start);
            expect(text.slice(t.start, t.end)).toBe(t.text);
            expect(typeof t.folded).toBe("string");
            expect(typeof t.stem).toBe("string");
            prevEnd = t.end;
          }
        }
      }),
      { numRuns: 400, seed: 20240601 },
    );
  });

  it("normalizeText is idempotent", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("stay linear (work counted at 25k vs 100k chars)", () => {
    expectLinear("normalizeText", normalizeText);
    expectLinear("tokenize", tokenize);
  });
});

describe("findMetrics", () => {
  it("never throws, and metric offsets slice to the metric text, in order", () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const metrics = findMetrics(s);
        for (const m of metrics) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(m.start, m.end)).toBe(m.text);
        }
        const starts = metrics.map((m) => m.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      { numRuns: 400, seed: 99 },
    );
  });

  it("stays linear (work counted at 25k vs 100k chars)", () => {
    expectLinear("findMetrics", findMetrics);
  });
});

describe("segment", () => {
  const line = fc.record({
    text: nasty,
    page: fc.integer({ min: 1, max: 3 }),
    x: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
    y: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
    fontSize: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: undefined }),
    bold: fc.option(fc.boolean(), { nil: undefined }),
    heading: fc.option(fc.boolean(), { nil: undefined }),
    bullet: fc.option(fc.boolean(), { nil: undefined }),
    column: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  });
  const headingWords = fc.constantFrom("EXPERIENCE", "Skills", "Education", "Work History", "Summary", "Projects", "• Built APIs", "2019 – Present", "Jan 2020 - Dec 2021");
  const lines = fc.array(fc.oneof({ weight: 3, arbitrary: line }, { weight: 1, arbitrary: line.chain((l) => headingWords.map((t) => ({ ...l, text: t }))) }), { maxLength: 40 });

  it("never throws on arbitrary line arrays", () => {
    fc.assert(
      fc.property(lines, fc.constantFrom("pdf", "docx", "text", "markdown"), (raw, format) => {
        const ls: ExtractedLine[] = raw.map((l, index) => {
          const out: ExtractedLine = { text: l.text, page: l.page, index };
          for (const k of ["x", "y", "fontSize", "bold", "heading", "bullet", "column"] as const) {
            if (l[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = l[k];
          }
          return out;
        });
        const doc: ExtractedDocument = {
          format: format as ExtractedDocument["format"],
          text: ls.map((l) => l.text).join("\n"),
          lines: ls,
          pageCount: Math.max(1, ...ls.map((l) => l.page)),
          metadata: {},
          warnings: [],
        };
        const r = segment(doc, { now: new Date("2025-01-01T00:00:00Z") });
        expect(Array.isArray(r.sections)).toBe(true);
        expect(Array.isArray(r.bullets)).toBe(true);
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});

describe("analyzeResume on random bytes", () => {
  const PREFIXES = ["", "%PDF-1.4\n", "PK\u0003\u0004", "{\"basics\":", "# Jane\n", "\u00d0\u00cf\u0011\u00e0"];
  const bytes = fc
    .tuple(fc.constantFrom(...PREFIXES), fc.uint8Array({ minLength: 0, maxLength: 3000 }))
    .map(([p, b]) => {
      const head = Uint8Array.from([...p].map((c) => c.charCodeAt(0) & 0xff));
      const out = new Uint8Array(head.length + b.length);
      out.set(head);
      out.set(b, head.length);
      return out;
    });

  async function check(input: Uint8Array, isolate: boolean): Promise<void> {
    try {
      const r = await analyzeResume(input, { isolate, now: new Date("2025-01-01T00:00:00Z") });
      expect(r.score.total).toBeGreaterThanOrEqual(0);
      expect(r.score.total).toBeLessThanOrEqual(100);
    } catch (e) {
      expect(e, `untyped: ${String(e)} ${(e as Error)?.stack ?? ""}`).toBeInstanceOf(ResumeAtsError);
    }
  }

  it("in process: a report or a typed ResumeAtsError, never another exception", async () => {
    await fc.assert(fc.asyncProperty(bytes, (b) => check(b, false)), { numRuns: 300, seed: 1234 });
  });

  it("through the worker: the same", async () => {
    await fc.assert(fc.asyncProperty(bytes, (b) => check(b, true)), { numRuns: 20, seed: 5678 });
  });
});

describe("analyzeText score", () => {
  const names = getBuiltinCatalog()
    .skills.map((s) => s.name)
    .slice(0, 400);
  const word = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...names) },
    { weight: 3, arbitrary: fc.constantFrom("built", "led", "the", "and", "team", "API", "service", "with", "using", "by", "40%", "$2M", "Experience", "Skills", "•", "2019–2023", "\n") },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const resume = fc.array(word, { minLength: 1, maxLength: 250 }).map((ws) => ws.join(" "));

  it("is deterministic and within 0–100", async () => {
    const now = new Date("2025-01-01T00:00:00Z");
    await fc.assert(
      fc.asyncProperty(resume, async (text) => {
        let a;
        try {
          a = await analyzeText(text, { now });
        } catch (e) {
          expect(e).toBeInstanceOf(ResumeAtsError); // e.g. EMPTY_INPUT on whitespace only
          return;
        }
        const b = await analyzeText(text, { now });
        expect(a.score.total).toBeGreaterThanOrEqual(0);
        expect(a.score.total).toBeLessThanOrEqual(100);
        expect(Number.isFinite(a.score.total)).toBe(true);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 120, seed: 31337 },
    );
  });
});
