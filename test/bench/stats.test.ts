import { describe, expect, it } from "vitest";
import { median, p95, quantile } from "../../bench/lib/stats.js";

describe("bench statistics", () => {
  it("median of odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it("p95 is the nearest-rank value", () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted input
    expect(p95(xs)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
  });
});
