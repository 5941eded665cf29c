/** The sections whose bullets describe work: the ones bullet rules look at and the quantified score counts. */
import type { SectionKind } from "./types.js";

/** Sections whose bullets describe work and should carry results (skills lists and awards are not sentences of work). */
export const WORK_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(["experience", "projects", "volunteer"]);
