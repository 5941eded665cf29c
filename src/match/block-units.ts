/**
 * A resume's match blocks with their units, computed once per segmented
 * resume and shared by the skill matcher and the avoid-phrase finder (both
 * read them, neither changes them).
 */
import type { SegmentedLine, SegmentedResume } from "../types.js";
import { buildBlocks, type Block } from "./blocks.js";
import { toUnits, type MatchUnit } from "./units.js";

/** A block and its match units. */
export interface BlockUnits {
  block: Block;
  units: MatchUnit[];
}

interface Entry {
  lines: readonly SegmentedLine[];
  count: number;
  blocks: BlockUnits[];
}

const cache = new WeakMap<SegmentedResume, Entry>();

/**
 * `buildBlocks(resume)` with each block's `toUnits`, cached per resume object
 * (recomputed when its `lines` array is replaced or changes length).
 */
export function blocksWithUnits(resume: SegmentedResume): readonly BlockUnits[] {
  const hit = cache.get(resume);
  if (hit && hit.lines === resume.lines && hit.count === resume.lines.length) return hit.blocks;
  const blocks = buildBlocks(resume).map((block) => ({ block, units: toUnits(block.text) }));
  cache.set(resume, { lines: resume.lines, count: resume.lines.length, blocks });
  return blocks;
}
