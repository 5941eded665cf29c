import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWork } from "../work-counter.js";
import { findMetrics } from "../../src/hints/metrics.js";

const piece = fc.constantFrom(
  "40", "%", "$", "1.2M", "from", "to", "ms", " ", " ", "-", "/", "12,000", "users", "Java", "17", "2021", "+", "(", ")", "x", "3.11.2",
  "per", "day", "#", "1", "top", "two", "engineers", "→", "€", "k", "half", "by", "é", "Ünïcode", ",", ".", "\n",
);

describe("findMetrics properties", () => {
  it("returns ordered, non-overlapping slices of the input on any mix of tricky pieces", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const ms = findMetrics(text);
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
  it("stays linear on hostile repetitions (work counted at 25k vs 100k chars, not timed)", () => {
    for (const unit of ["1-", "1 ", "from 1 to ", "$", "1,000,", "1.", "(555) ", "a1", "9x ", "#1 "]) {
      const text = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      const small = countWork(() => findMetrics(text(25_000)));
      const big = countWork(() => findMetrics(text(100_000)));
      expect(big / small, JSON.stringify(unit)).toBeLessThan(6); // linear ≈ 4, quadratic ≈ 16
    }
  });
});
