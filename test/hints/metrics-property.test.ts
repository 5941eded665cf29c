import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
  it("stays linear on hostile repetitions (500 KB each)", () => {
    for (const unit of ["1-", "1 ", "from 1 to ", "$", "1,000,", "1.", "(555) ", "a1", "9x ", "#1 "]) {
      const text = unit.repeat(Math.ceil(500_000 / unit.length));
      const t0 = performance.now();
      findMetrics(text);
      expect(performance.now() - t0, JSON.stringify(unit)).toBeLessThan(2000);
    }
  });
});
