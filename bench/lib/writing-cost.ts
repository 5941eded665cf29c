/**
 * What the writing rules cost (they load compromise): its cold import in a
 * fresh process, and warm, in-process, the analysis after extraction with the
 * writing rules on (`WRITING_RULES`) against the default rules, per document
 * and per work bullet.
 */
import { analyzeExtracted } from "../../src/analyze/index.js";
import { WRITING_CODE_SET, WRITING_RULES } from "../../src/hints/writing-rules.js";
import type { ExtractedDocument } from "../../src/types.js";
import { runNode } from "./processes.js";
import { median, p95 } from "./stats.js";

const NOW = new Date("2026-01-15T00:00:00Z");

/** The cold import of compromise in fresh processes (ms, median and p95). */
export async function compromiseColdImport(root: string, runs: number): Promise<{ median: number; p95: number }> {
  const code = `const t=performance.now();await import("compromise");process.stdout.write(String(performance.now()-t));`;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(Number((await runNode(["--input-type=module", "-e", code], root)).stdout));
  return { median: median(ms), p95: p95(ms) };
}

/** Warm cost of the writing rules over the documents. */
export interface WritingCost {
  docs: number;
  /** Work bullets the rules read (bullets that got a `verb` field, or null). */
  bullets: number;
  /** analyzeExtracted, default rules: median ms per document. */
  offMs: number;
  /** With WRITING_RULES. */
  onMs: number;
  /** Median over documents of (on - off) / work bullets. */
  perBulletMs: number;
  /** Median of on / off. */
  ratio: number;
  /** Writing hints on the corpus with the rules on. */
  hints: number;
}

/** Times analyzeExtracted with and without the writing rules, alternately, after a warm-up pass. */
export async function writingRulesCost(docs: readonly ExtractedDocument[], passes: number): Promise<WritingCost> {
  const on = { now: NOW, rules: WRITING_RULES };
  const off = { now: NOW };
  for (const d of docs) {
    await analyzeExtracted(d, off);
    await analyzeExtracted(d, on);
  }
  const rows: Array<{ off: number; on: number; bullets: number }> = [];
  let bullets = 0;
  let hints = 0;
  for (const d of docs) {
    const offMs: number[] = [];
    const onMs: number[] = [];
    let n = 0;
    for (let p = 0; p < passes; p++) {
      let t = performance.now();
      await analyzeExtracted(d, off);
      offMs.push(performance.now() - t);
      t = performance.now();
      const r = await analyzeExtracted(d, on);
      onMs.push(performance.now() - t);
      n = r.bullets.filter((b) => b.verb !== undefined).length;
      if (p === 0) hints += r.hints.filter((h) => WRITING_CODE_SET.has(h.code)).length;
    }
    bullets += n;
    rows.push({ off: median(offMs), on: median(onMs), bullets: n });
  }
  const withBullets = rows.filter((r) => r.bullets > 0);
  return {
    docs: docs.length,
    bullets,
    offMs: median(rows.map((r) => r.off)),
    onMs: median(rows.map((r) => r.on)),
    perBulletMs: median(withBullets.map((r) => Math.max(0, r.on - r.off) / r.bullets)),
    ratio: median(rows.map((r) => r.on / Math.max(0.001, r.off))),
    hints,
  };
}
