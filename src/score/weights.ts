import type { Weights } from "../keywords/schema.js";

/**
 * Default score weights (points out of 100). A role file's `weights` overrides
 * any of them. The README documents the formula.
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = Object.freeze({
  mustHave: 50,
  strong: 20,
  quantified: 15,
  context: 15,
  avoidPenaltyCap: 10,
  avoidPenaltyEach: 2,
});

/** Credit a role keyword earns by how it was found. */
export const CREDIT = Object.freeze({
  found: 1,
  implied: 0.75,
  hedged: 0.5,
  missing: 0,
});

/**
 * Share of experience/project bullets that should carry a metric for full
 * "quantified" points, and the least number of bullets that target counts.
 */
export const QUANTIFIED_TARGET = Object.freeze({ share: 0.5, minBullets: 4 });

/** Weights of a role: defaults overridden by the role file's `weights`. */
export function resolveWeights(overrides?: Partial<Weights>): Weights {
  return { ...DEFAULT_WEIGHTS, ...(overrides ?? {}) };
}
