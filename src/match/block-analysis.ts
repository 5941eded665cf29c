/**
 * The shape of a match block: which sentence and which list item each unit
 * belongs to, read from the punctuation between units. Cues and list context
 * look no further than their sentence or item.
 */
import type { Block } from "./blocks.js";
import type { MatchUnit } from "./units.js";

/** Sentence and list-item structure of a block's units. */
export interface BlockShape {
  /** Index of the first unit of each unit's sentence. */
  sentenceStart: number[];
  /** List item number of each unit (items are split at , ; | • · / tab, and at "and"/"&" in lists). */
  itemOf: number[];
  itemCount: number;
  /** Number of separators between items. */
  separatorCount: number;
}

function gapHas(text: string, from: number, to: number, chars: string): boolean {
  for (let i = from; i < to; i++) if (chars.includes(text.charAt(i))) return true;
  return false;
}

const SENTENCE_END = ".!?;";
const ITEM_SEPARATORS = ",;|•·/\t:";
const LIST_CONJUNCTIONS = new Set(["and", "&", "or"]);

/** Work out sentences and list items from the gaps between units. */
export function analyzeBlock(block: Block, units: readonly MatchUnit[]): BlockShape {
  const sentenceStart: number[] = new Array(units.length);
  const itemOf: number[] = new Array(units.length);
  let sStart = 0;
  let item = 0;
  let seps = 0;
  let hasComma = false;
  for (let k = 0; k < units.length; k++) {
    if (k > 0) {
      const from = units[k - 1].end;
      const to = units[k].start;
      if (gapHas(block.text, from, to, SENTENCE_END)) sStart = k;
      if (gapHas(block.text, from, to, ITEM_SEPARATORS)) {
        item++;
        seps++;
        if (gapHas(block.text, from, to, ",;|•·")) hasComma = true;
      }
    }
    sentenceStart[k] = sStart;
    itemOf[k] = item;
  }
  // In a comma list, "and"/"&"/"or" separate items too ("Go, Python and Kafka").
  if (hasComma) {
    let shift = 0;
    for (let k = 0; k < units.length; k++) {
      if (LIST_CONJUNCTIONS.has(units[k].folded) && k > 0 && k + 1 < units.length) {
        shift++;
        seps++;
      }
      itemOf[k] += shift;
    }
    item += shift;
  }
  return { sentenceStart, itemOf, itemCount: units.length === 0 ? 0 : item + 1, separatorCount: seps };
}
