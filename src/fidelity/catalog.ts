/**
 * The catalog used for `skillsLost` when the caller gives none: the built-in
 * one, or null when it cannot be loaded.
 */
import type { Catalog } from "../keywords/catalog.js";
import { getBuiltinCatalog } from "../keywords/load.js";

/** The built-in catalog, or null when it cannot be loaded. */
export function loadBuiltinCatalog(): Catalog | null {
  try {
    return getBuiltinCatalog();
  } catch {
    return null;
  }
}
