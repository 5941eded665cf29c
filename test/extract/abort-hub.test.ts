import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { onAbort } from "../../src/extract/abort-hub.js";

describe("onAbort", () => {
  it("adds one listener per signal however many callers, calls each once, and removes it with the last", async () => {
    const ac = new AbortController();
    const calls: number[] = [];
    const offs = Array.from({ length: 50 }, (_, i) => onAbort(ac.signal, () => calls.push(i)));
    expect(getEventListeners(ac.signal, "abort")).toHaveLength(1);
    offs[0]();
    for (const off of offs.slice(1, 49)) off();
    expect(getEventListeners(ac.signal, "abort")).toHaveLength(1);
    offs[49]();
    expect(getEventListeners(ac.signal, "abort")).toHaveLength(0);
    const again = onAbort(ac.signal, () => calls.push(99));
    onAbort(ac.signal, () => calls.push(100));
    ac.abort();
    ac.abort();
    expect(calls).toEqual([99, 100]);
    again(); // removing after the abort is harmless
  });
});
