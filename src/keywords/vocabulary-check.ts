/**
 * Checks of the generated vocabulary against the curated catalog, run by
 * `npm run keywords:check`: a vocabulary built for another catalog version,
 * or holding a name a curated skill now covers, is stale (re-run
 * `npm run keywords:vocabulary`); ids must be unique and never a curated id.
 */
import { phraseKey } from "../match/units.js";
import type { Catalog } from "./catalog.js";
import type { CatalogProblem } from "./problems.js";
import type { VocabularyFile } from "./schema.js";

const FILE = "vocabulary.json";
const RERUN = "re-run `npm run keywords:vocabulary`";

/** Problems of the vocabulary file against `catalog` (empty when it is current). */
export function checkVocabulary(file: VocabularyFile, catalog: Catalog): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  if (file.catalogVersion !== catalog.version) {
    out.push({ kind: "stale-vocabulary", file: FILE, path: "catalogVersion", message: `built for catalog ${file.catalogVersion}, the catalog is ${catalog.version}: ${RERUN}` });
  }
  const curated = new Set<string>();
  for (const s of catalog.skills) {
    for (const t of [s.name, s.acronym, s.fullName, ...(s.aliases ?? []).map((a) => (typeof a === "string" ? a : a.text))]) {
      if (t) curated.add(phraseKey(t).join(" "));
    }
  }
  const ids = new Set<string>();
  const sources = new Set(file.sources.map((s) => s.id));
  file.names.forEach((n, i) => {
    const path = `names[${i}]`;
    if (ids.has(n.id)) out.push({ kind: "duplicate-id", file: FILE, path: `${path}.id`, message: `id "${n.id}" appears twice` });
    ids.add(n.id);
    if (catalog.skillById.has(n.id)) out.push({ kind: "stale-vocabulary", file: FILE, path: `${path}.id`, message: `"${n.id}" is a curated skill id: ${RERUN}` });
    if (curated.has(phraseKey(n.name).join(" "))) out.push({ kind: "stale-vocabulary", file: FILE, path: `${path}.name`, message: `"${n.name}" is covered by a curated skill: ${RERUN}` });
    if (!sources.has(n.source)) out.push({ kind: "unknown-reference", file: FILE, path: `${path}.source`, message: `unknown source "${n.source}"` });
    for (const s of n.alsoIn ?? []) if (!sources.has(s)) out.push({ kind: "unknown-reference", file: FILE, path: `${path}.alsoIn`, message: `unknown source "${s}"` });
  });
  return out;
}
