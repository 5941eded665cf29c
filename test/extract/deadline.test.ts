import { describe, expect, it } from "vitest";
import { runWithDeadline } from "../../src/extract/deadline.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("runWithDeadline", () => {
  it("times out work that runs past the budget", async () => {
    await expect(runWithDeadline(async () => { await sleep(300); return "done"; }, 100)).rejects.toMatchObject({ code: "TIMEOUT", details: { max: 100 } });
  });

  it("does not count what the work awaits through ctx.uncounted (loading a parser), and counts what follows", async () => {
    expect(await runWithDeadline(async (ctx) => { await ctx.uncounted(sleep(300)); return "done"; }, 100)).toBe("done");
    await expect(runWithDeadline(async (ctx) => { await ctx.uncounted(sleep(50)); await sleep(300); return "done"; }, 100)).rejects.toMatchObject({ code: "TIMEOUT" });
  });

  it("a signal still aborts while the clock is stopped", async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    await expect(runWithDeadline(async (ctx) => { await ctx.uncounted(sleep(300)); return "done"; }, 100, ac.signal)).rejects.toMatchObject({ code: "ABORTED" });
  });
});
