/** Text normalization and tokenization shared by every text stage. */
export { normalizeText } from "./text.js";
export { tokenize, foldToken } from "./tokenize.js";
export { stemWord } from "./stem.js";
export { numberKey } from "./number.js";
export { isWordCodePoint, isDashCodePoint, isIgnorableCodePoint, isSpaceCodePoint } from "./chars.js";
