import type { AvoidPhrase, Role, Skill } from "./schema.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * The loaded, validated catalog the matcher and scorer use.
 * Built from the bundled `keywords/` files, optionally extended by user files.
 */
export interface Catalog {
  /** Catalog version from `keywords/catalog.json` (plus "+custom" when user files were merged). */
  version: string;
  /** All skills, sorted by id. */
  skills: Skill[];
  /** Skill by id. */
  skillById: Map<string, Skill>;
  /** All roles, sorted by id. */
  roles: Role[];
  roleById: Map<string, Role>;
  /** Shared avoid phrases from `keywords/avoid.json`. */
  avoid: AvoidPhrase[];
  avoidById: Map<string, AvoidPhrase>;
  /**
   * The generated technology vocabulary, when attached (`withVocabulary`):
   * its names are found and reported (`tier: "vocabulary"`) but never score a role.
   */
  vocabulary?: Vocabulary;
}
