/**
 * Category labels at the start of skills rows ("Languages:"), which name a
 * group rather than a skill of the person.
 */
import type { Skill } from "../keywords/schema.js";
import type { MatchUnit } from "./units.js";

/**
 * Skills-section rows often open with a category label: "Languages: Go,
 * Python", "Product & Collaboration<tab>Jira, Figma", or a table row
 * flattened to one line, "Containers Docker, Kubernetes". The label names a
 * group, not a skill of the person: a name in it counts only when it is a
 * concrete technology ("Python: Django, Flask"), never when it is a practice,
 * a concept or a soft skill ("Collaboration", "Caching").
 */

/** Categories of concepts, practices and soft skills: as a row label they name a group, not a skill. */
export const LABEL_CONCEPT_CATEGORIES: ReadonlySet<string> = new Set(["practice", "architecture", "soft-skill", "cs-fundamentals"]);

/** Most words of a label. */
export const MAX_LABEL_UNITS = 4;

/** Separators that end a row's first item (not "/": "CI/CD" is one name). */
const ITEM_BREAK = ",;|•·\t";

function gapHas(text: string, from: number, to: number, chars: string): boolean {
  for (let i = from; i < to; i++) if (chars.includes(text.charAt(i))) return true;
  return false;
}

/**
 * The label of a skills row as a unit range `[0, end)`, or null when the row
 * has none. `longestAny[k]`: length of the longest catalog name at unit k (0: none).
 *
 * - "Label: a, b" — the words before a colon (1–4 words, something after it);
 * - "Label<tab or 2+ spaces>a b" — the words before a wide gap;
 * - "Label a, b, c" — in a comma list, the words before the name that ends
 *   the first item, when that item holds more than that name.
 */
export function rowLabel(text: string, units: readonly MatchUnit[], longestAny: readonly number[]): { end: number } | null {
  if (units.length < 2) return null;
  const lead = text.slice(0, units[0].start);
  if (lead.includes(":")) return null;
  for (let k = 0; k + 1 < units.length && k < MAX_LABEL_UNITS; k++) {
    const gap = text.slice(units[k].end, units[k + 1].start);
    if (gapHas(text, units[k].end, units[k + 1].start, ITEM_BREAK.replace("\t", "") + "()")) break;
    if (gap.includes(":") || gap.includes("\t") || /\s{2,}/.test(gap)) return { end: k + 1 };
  }
  // "Label a, b, c": needs a comma list.
  let first = -1;
  for (let k = 1; k < units.length; k++) {
    if (gapHas(text, units[k - 1].end, units[k].start, ITEM_BREAK)) {
      first = k;
      break;
    }
  }
  if (first < 2) return null;
  for (let k = 1; k < first && k <= MAX_LABEL_UNITS; k++) {
    if (longestAny[k] > 0 && k + longestAny[k] === first) {
      // No name may run from the label into the first item ("Apache Kafka, Redis").
      for (let i = 0; i < k; i++) if (i + longestAny[i] > k) return null;
      return { end: k };
    }
  }
  return null;
}

/** True when a skill named in a row label still counts: a concrete technology, not a concept (by category). */
export function labelCounts(skill: Skill | undefined): boolean {
  return skill !== undefined && !LABEL_CONCEPT_CATEGORIES.has(skill.category);
}
