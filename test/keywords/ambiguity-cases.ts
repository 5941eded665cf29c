/**
 * The ambiguity sentence table: `ambiguity-cases.json` plus every file in
 * `ambiguity-cases/*.json` (one per catalog area, so areas grow apart).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One sentence: the skill must (expected: true) or must not be found in it, placed in the named section. */
export interface AmbiguityCase {
  skillId: string;
  sentence: string;
  section: string;
  expected: boolean;
}

const here = import.meta.dirname;
const dir = join(here, "ambiguity-cases");

/** Every case, the main table first, then the area files by name. */
export const AMBIGUITY_CASES: AmbiguityCase[] = [
  ...(JSON.parse(readFileSync(join(here, "ambiguity-cases.json"), "utf8")) as AmbiguityCase[]),
  ...readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .flatMap((n) => JSON.parse(readFileSync(join(dir, n), "utf8")) as AmbiguityCase[]),
];
