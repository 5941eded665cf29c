/**
 * zod schemas of the keyword catalog: skill files, role files, the shared
 * avoid-phrase file, and the catalog manifest. The JSON Schemas in
 * `keywords/schema/` are generated from these (`npm run keywords:schema`).
 */
import { z } from "zod";

const kebab = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case: lower-case letters, digits and single dashes");

const shortText = z.string().min(1).max(120);

/** Skill categories. */
export const SkillCategory = z.enum([
  "language",
  "runtime",
  "framework",
  "library",
  "database",
  "messaging",
  "api",
  "cloud",
  "devops",
  "observability",
  "security",
  "testing",
  "architecture",
  "practice",
  "cs-fundamentals",
  "data",
  "tool",
  "os",
  "soft-skill",
  /** Machine learning and AI: frameworks, model tooling, MLOps and ML techniques. */
  "ml",
  /** Electronics and embedded hardware: boards, buses, HDL design, EDA and CAD tools. */
  "hardware",
  /** Blockchains, smart contracts and Web3 tooling. */
  "blockchain",
  /** Mobile platforms, SDKs and app tooling. */
  "mobile",
  /** Design and prototyping tools. */
  "design",
]);

/**
 * An alias: a plain string (case-insensitive, matched as whole tokens), or an
 * object with rules. Hyphen and space are the same when matching ("event driven" = "event-driven").
 */
export const AliasSchema = z.union([
  shortText,
  z.strictObject({
    text: shortText,
    /** Match only with this exact case ("Go", "R", "Spring"). */
    caseSensitive: z.boolean().optional(),
    /**
     * Count this alias only with context: in a skills section or a list of
     * technologies, or with one of the skill's `contextTerms` on the same line.
     */
    requiresContext: z.boolean().optional(),
    /** Compare Porter stems, so "mentored" matches "mentoring". */
    stem: z.boolean().optional(),
    /** Extra followers that veto this alias (added to the skill's). */
    notWhenFollowedBy: z.array(shortText).max(50).optional(),
    /** Extra predecessors that veto this alias (added to the skill's). */
    notWhenPrecededBy: z.array(shortText).max(50).optional(),
  }),
]);

/** One canonical skill. */
export const SkillSchema = z.strictObject({
  id: kebab,
  /** The usual written form: "Node.js", "PostgreSQL". Also matched (case-insensitive unless `caseSensitive`). */
  name: shortText,
  category: SkillCategory,
  /** Other spellings and acronyms. */
  aliases: z.array(AliasSchema).max(60).default([]),
  /** Short form, when the skill has one ("AWS"). */
  acronym: shortText.optional(),
  /** Long form, when the skill has one ("Amazon Web Services"). */
  fullName: z.string().min(1).max(160).optional(),
  /** Applies to the name and every string alias. */
  caseSensitive: z.boolean().optional(),
  /** Applies to the name and every string alias (see AliasSchema). */
  requiresContext: z.boolean().optional(),
  /** Words that make an alias needing context count (Go: "goroutine", "gin", "golang"). */
  contextTerms: z.array(shortText).max(60).optional(),
  /** Following tokens that veto a match ("Spring" + "semester"; "Oracle" + "Corporation"). */
  notWhenFollowedBy: z.array(shortText).max(50).optional(),
  /** Preceding tokens that veto a match ("the" + "rest"). */
  notWhenPrecededBy: z.array(shortText).max(50).optional(),
  /** Broader skills this one implies for partial credit (MySQL → sql). Never the reverse. */
  implies: z.array(kebab).max(10).optional(),
  /** One line on what it is, for `resume-ats explain`. */
  description: z.string().max(300).optional(),
});

/** A file in `keywords/skills/`. */
export const SkillFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().max(2000).optional(),
  skills: z.array(SkillSchema).max(2000),
});

/** A phrase to avoid, with what to write instead. */
export const AvoidPhraseSchema = z.strictObject({
  id: kebab,
  /** As usually written: "team player". */
  phrase: shortText,
  aliases: z.array(shortText).max(30).default([]),
  /** What to write instead. */
  suggestion: z.string().min(1).max(300),
  /** buzzword: vague self-praise; weak-opening: a bullet that starts without an action; filler: words that say nothing. */
  kind: z.enum(["buzzword", "weak-opening", "filler", "cliche"]).default("buzzword"),
  /** Not flagged when the resume backs it with evidence (a metric in the same bullet), e.g. "scalable". */
  allowWithEvidence: z.boolean().optional(),
  /** Following tokens that make the phrase a real term, not a buzzword ("dynamic" + "programming"). */
  notWhenFollowedBy: z.array(shortText).max(50).optional(),
});

/** `keywords/avoid.json`: phrases every role avoids. */
export const AvoidFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().max(2000).optional(),
  phrases: z.array(AvoidPhraseSchema).max(1000),
});

/** A role list entry: a skill id, or an object. */
export const RoleEntrySchema = z.union([
  kebab,
  z.strictObject({
    /** A catalog skill id. */
    skill: kebab,
    /** Relative weight (default 1). */
    weight: z.number().min(0).max(10).optional(),
  }),
  z.strictObject({
    /** Any one of these skill ids satisfies the entry ("a backend language"). */
    anyOf: z.array(kebab).min(2).max(40),
    /** How the entry is named in reports: "a backend language". */
    label: shortText,
    weight: z.number().min(0).max(10).optional(),
  }),
]);

const RoleListsSchema = z.strictObject({
  mustHave: z.array(RoleEntrySchema).max(100).optional(),
  strong: z.array(RoleEntrySchema).max(200).optional(),
  /** Avoid-phrase ids from avoid.json, or inline phrases. */
  avoid: z.array(z.union([kebab, AvoidPhraseSchema])).max(200).optional(),
});

/** Score weights; see the README for the formula. Each is a share of 100 points. */
export const WeightsSchema = z.strictObject({
  mustHave: z.number().min(0).max(100),
  strong: z.number().min(0).max(100),
  quantified: z.number().min(0).max(100),
  context: z.number().min(0).max(100),
  /** Most points avoid phrases can take off. */
  avoidPenaltyCap: z.number().min(0).max(100),
  /** Points taken off per avoid phrase found. */
  avoidPenaltyEach: z.number().min(0).max(100),
});

/** A file in `keywords/roles/`. */
export const RoleSchema = z.strictObject({
  $schema: z.string().optional(),
  id: kebab,
  title: shortText,
  /** Where the lists come from and why they are defensible. */
  description: z.string().min(1).max(4000),
  /** Job titles that mean this role. */
  aliases: z.array(shortText).max(50).default([]),
  mustHave: z.array(RoleEntrySchema).min(1).max(100),
  strong: z.array(RoleEntrySchema).max(200).default([]),
  avoid: z.array(z.union([kebab, AvoidPhraseSchema])).max(200).default([]),
  /** Additions per seniority level. */
  levels: z
    .strictObject({
      junior: RoleListsSchema.optional(),
      mid: RoleListsSchema.optional(),
      senior: RoleListsSchema.optional(),
      lead: RoleListsSchema.optional(),
    })
    .optional(),
  /** Overrides of the default score weights. */
  weights: WeightsSchema.partial().optional(),
  /** Years of experience expected per level, for the experience hint. */
  yearsByLevel: z
    .strictObject({
      junior: z.tuple([z.number(), z.number()]).optional(),
      mid: z.tuple([z.number(), z.number()]).optional(),
      senior: z.tuple([z.number(), z.number()]).optional(),
      lead: z.tuple([z.number(), z.number()]).optional(),
    })
    .optional(),
});

/** `keywords/catalog.json`: the catalog's version. */
export const CatalogManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Bumped whenever skills, roles or avoid phrases change; reported in every ResumeReport. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  description: z.string().max(2000).optional(),
});

/**
 * A user keyword bundle for `loadKeywords(object)` / `--keywords file.json`:
 * a single role file, or any of skills, roles and avoid phrases together.
 */
export const KeywordBundleSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().max(2000).optional(),
  skills: z.array(SkillSchema).max(2000).optional(),
  roles: z.array(RoleSchema).max(200).optional(),
  phrases: z.array(AvoidPhraseSchema).max(1000).optional(),
});

/**
 * A name of the generated technology vocabulary (`keywords/vocabulary.json`):
 * a plain string, or an object for a form that is also an English word or a
 * common name (`common: true`: matched only in a skills list or a list of
 * technologies, with its case as written).
 */
export const VocabularyFormSchema = z.union([shortText, z.strictObject({ text: shortText, common: z.literal(true) })]);

/** Where vocabulary names come from: an open data package and its license. */
export const VocabularySourceSchema = z.strictObject({
  /** Short id used by each name's `source` ("linguist", "devicon"). */
  id: kebab,
  /** The npm package the names were read from. */
  package: z.string().min(1).max(214),
  version: z.string().min(1).max(64),
  /** SPDX id of the data's license. */
  license: z.string().min(1).max(64),
  /** What was taken, and which entries were left out. */
  description: z.string().max(1000).optional(),
});

/** One technology of the generated vocabulary. */
export const VocabularyNameSchema = z.strictObject({
  id: kebab,
  /** The usual written form ("Aerospike", "Apache Pinot"). */
  name: shortText,
  category: SkillCategory,
  /** True when the name is also an English word or a common name: matched only in lists, with its case as written. */
  common: z.boolean().optional(),
  aliases: z.array(VocabularyFormSchema).max(30).optional(),
  /** The first source that lists it (an id of `sources`). */
  source: kebab,
  /** The license of that source's data (SPDX id). */
  license: z.string().min(1).max(64),
  /** Other sources that list it too. */
  alsoIn: z.array(kebab).max(10).optional(),
});

/**
 * `keywords/vocabulary.json`: technology names generated from open data
 * packages by `npm run keywords:vocabulary` (never edited by hand). Names a
 * curated skill covers are left out when it is generated, and again when it is compiled.
 */
export const VocabularyFileSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().max(2000).optional(),
  /** The catalog version (`keywords/catalog.json`) it was generated against; `keywords:check` flags a stale file. */
  catalogVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  sources: z.array(VocabularySourceSchema).min(1).max(50),
  names: z.array(VocabularyNameSchema).max(20000),
});

/** A verb as written in bullets: lower-case letters, with an inner hyphen ("re-architect"). */
const verbWord = z
  .string()
  .min(2)
  .max(30)
  .regex(/^[a-z]+(?:-[a-z]+)?$/, "must be a lower-case word");

/** One verb: its base form, its past tense, and its past participle when it differs from the past ("wrote" / "written"). */
export const VerbFormsSchema = z.strictObject({
  base: verbWord,
  past: verbWord,
  participle: verbWord.optional(),
});

/** Verbs of one meaning, in order of preference: the alternatives REPEATED_VERB suggests. */
export const VerbGroupSchema = z.strictObject({
  id: kebab,
  /** What the verbs say, as a past-tense phrase ("made something new"). */
  meaning: shortText,
  verbs: z.array(VerbFormsSchema).min(2).max(40),
});

/**
 * `keywords/verbs.json`: the verbs the writing rules read. Every base form is
 * listed once, in a group or in `otherVerbs`.
 */
export const VerbsFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    description: z.string().max(2000).optional(),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    groups: z.array(VerbGroupSchema).min(1).max(200),
    /** Verbs outside the groups: known to the lead-verb reader, never suggested. */
    otherVerbs: z.array(VerbFormsSchema).max(2000),
    /** Participles that open a noun phrase unless an article, number or pronoun follows ("Distributed tracing"). */
    adjectivalParticiples: z.array(verbWord).max(500),
    /** Verbs that open a noun phrase when a derived noun, a plural or a preposition follows ("Test automation", "Code reviews", "Support for"). */
    nounModifiers: z.array(verbWord).max(500),
    /** Words that make a verb with a hyphen before a listed verb ("fine-tuned", "unit-tested", "hand-built"). */
    verbPrefixes: z.array(verbWord).max(200),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, string>();
    const check = (base: string, where: Array<string | number>) => {
      const first = seen.get(base);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: where, message: `"${base}" is listed twice (first at ${first}); a verb belongs to one group` });
      else seen.set(base, where.join("."));
    };
    file.groups.forEach((g, i) => g.verbs.forEach((v, j) => check(v.base, ["groups", i, "verbs", j, "base"])));
    file.otherVerbs.forEach((v, j) => check(v.base, ["otherVerbs", j, "base"]));
  });

export type SkillAlias = z.infer<typeof AliasSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type SkillFile = z.infer<typeof SkillFileSchema>;
export type AvoidPhrase = z.infer<typeof AvoidPhraseSchema>;
export type AvoidFile = z.infer<typeof AvoidFileSchema>;
export type RoleEntry = z.infer<typeof RoleEntrySchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Weights = z.infer<typeof WeightsSchema>;
export type CatalogManifest = z.infer<typeof CatalogManifestSchema>;
export type KeywordBundle = z.infer<typeof KeywordBundleSchema>;
export type VocabularyForm = z.infer<typeof VocabularyFormSchema>;
export type VocabularySource = z.infer<typeof VocabularySourceSchema>;
export type VocabularyName = z.infer<typeof VocabularyNameSchema>;
export type VocabularyFile = z.infer<typeof VocabularyFileSchema>;
export type VerbForms = z.infer<typeof VerbFormsSchema>;
export type VerbGroup = z.infer<typeof VerbGroupSchema>;
export type VerbsFile = z.infer<typeof VerbsFileSchema>;
