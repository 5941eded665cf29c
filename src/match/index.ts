/** Skill matching: catalog aliases compiled into a token trie, ambiguity rules from the catalog data. */
export { createMatcher, matchResume, type Matcher, type MatchOptions } from "./matcher.js";
export { matchText, textAsResume } from "./text.js";
export { findPhrases, type PhraseHit } from "./phrases.js";
export { PhraseTrie, type TrieHit } from "./phrase-trie.js";
export { compileCatalog, generatedAliases, lookupAt, unitKeys, type AliasEntry, type CompiledCatalog, type CompileCounts, type GeneratedAlias } from "./compile.js";
export { toUnits, phraseKey, type MatchUnit } from "./units.js";
export { maskLinks, looksLikeLink } from "./mask.js";
export { defaultIsMeasured } from "./measured.js";
