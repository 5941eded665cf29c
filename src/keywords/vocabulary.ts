/**
 * The generated technology vocabulary (`keywords/vocabulary.json`, built by
 * `npm run keywords:vocabulary` from open data packages): thousands of
 * technology names beyond the curated catalog. Found names are reported with
 * `tier: "vocabulary"`; they never score a role.
 *
 * The file is loaded lazily, on the first analysis (`loadVocabulary`), never
 * when the package is imported, and attached to a catalog with
 * `withVocabulary`; the matcher compiles it with that catalog.
 */
import type { Catalog } from "./catalog.js";
import type { VocabularyFile, VocabularyName, VocabularySource } from "./schema.js";
import { compareStrings } from "../util/compare.js";

/** A loaded vocabulary: its names by id and the sources they come from. */
export interface Vocabulary {
  /** The catalog version the file was generated against. */
  catalogVersion: string;
  sources: VocabularySource[];
  /** Sorted by id. */
  names: VocabularyName[];
  byId: Map<string, VocabularyName>;
}

/** A vocabulary from the parsed file (not validated: the tests validate the bundled one). */
export function vocabularyFromFile(file: VocabularyFile): Vocabulary {
  const names = [...file.names].sort((a, b) => compareStrings(a.id, b.id));
  return { catalogVersion: file.catalogVersion, sources: file.sources, names, byId: new Map(names.map((n) => [n.id, n] as const)) };
}

let loading: Promise<Vocabulary> | undefined;

/**
 * The bundled vocabulary, read on first call and cached. A dynamic import, so
 * importing the package does not parse it.
 */
export function loadVocabulary(): Promise<Vocabulary> {
  loading ??= import("../../keywords/vocabulary.json", { with: { type: "json" } }).then((m) => vocabularyFromFile((m as { default: unknown }).default as VocabularyFile));
  return loading;
}

const attached = new WeakMap<Catalog, WeakMap<Vocabulary, Catalog>>();

/**
 * `catalog` with `vocabulary` attached (the same object for the same pair, so
 * the matcher compiles it once). Curated skills keep their ids and rules; a
 * vocabulary name a curated skill covers is dropped when the matcher compiles.
 */
export function withVocabulary(catalog: Catalog, vocabulary: Vocabulary): Catalog {
  if (catalog.vocabulary === vocabulary) return catalog;
  let inner = attached.get(catalog);
  if (!inner) {
    inner = new WeakMap();
    attached.set(catalog, inner);
  }
  let out = inner.get(vocabulary);
  if (!out) {
    out = { ...catalog, vocabulary };
    inner.set(vocabulary, out);
  }
  return out;
}
