/**
 * Hints stage: quantified-achievement detection and advice about how the
 * resume is written.
 */
export type { Hint, HintSeverity, Level, Metric, MetricKind } from "./types.js";
export { HINT_CODES, type HintCode } from "./codes.js";
export { findMetrics, isQuantified } from "./metrics.js";
export { suggestMetric, suggestionVerb } from "./suggest.js";
export { lemmatizeVerb, openingVerb } from "./verbs.js";
export { bulletHints, WORK_SECTIONS, MAX_BULLET_WORDS, MAX_BULLET_LINES, MIN_BULLET_WORDS } from "./bullets.js";
export { documentHints, type DocumentHintsInput } from "./document.js";
export { contactHints, headingHints, missingSectionHints, STANDARD_HEADINGS } from "./document-sections.js";
export { lengthHints, noBulletHints, tinyTextHints } from "./document-layout.js";
export { acronymHints, stuffingHints } from "./document-terms.js";
