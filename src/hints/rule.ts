/**
 * What a rule is: a module under `src/hints/rules/` exporting `rule =
 * defineRule({ meta, check })`, listed once in `src/hints/rules/index.ts`
 * (as eslint's `lib/rules/*.js` + `lib/rules/index.js`).
 *
 * - `meta` says what the rule checks and why (the docs in docs/rules.md are
 *   generated from it), its default severity, its scope, its options and the
 *   helpers it needs.
 * - `check(target, ctx)` looks at one target of its scope (a bullet, the
 *   document, the scored role, the job match) and calls `ctx.report(...)`
 *   for each problem, with a `place` where it knows one. It may be async
 *   (a rule that needs an NLP helper declares it in `meta.needs`; the runner
 *   loads the helper once, lazily, only when such a rule is on).
 *
 * A rule never changes the score: turning one off only removes its hints.
 */
import type { Catalog } from "../keywords/catalog.js";
import type { Role } from "../keywords/schema.js";
import type { AvoidFound, HintSeverity, KeywordResult, Place } from "../report/types.js";
import type { Level } from "../levels.js";
import type { Bullet, ExperienceEntry, ExtractedDocument, FoundSkill, MatchResult, SectionKind, SegmentedResume } from "../types.js";
import type { JobPosting } from "../job/types.js";
import type { Metric } from "./types.js";
import type { HelperName, Helpers } from "./helpers.js";

export type { Place, Point } from "../report/types.js";

/** What a rule looks at: each bullet, the whole document, the scored role, or the job match. */
export type RuleScope = "bullet" | "document" | "role" | "job";

/** Scopes, in the order the runner visits them. */
export const RULE_SCOPES: readonly RuleScope[] = ["bullet", "document", "role", "job"];

/** One option of a rule: its type, default and bounds (the config schema and the docs are built from it). */
export type OptionSpec =
  | { type: "integer" | "number"; default: number; minimum?: number; maximum?: number; description: string }
  | { type: "boolean"; default: boolean; description: string }
  | { type: "string"; default: string; enum?: readonly string[]; description: string };

/** A rule's options by name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The value type of one option. */
export type OptionValue<T extends OptionSpec> = T extends { type: "integer" | "number" } ? number : T extends { type: "boolean" } ? boolean : string;

/** The option values a rule receives: each option's configured value or its default. */
export type OptionValues<S extends OptionSpecs> = { readonly [K in keyof S]: OptionValue<S[K]> };

/** One example of the docs: a small resume (and role, job posting) on which the rule fires, or does not. */
export interface RuleExample {
  /** Bullets of one current role (Backend Engineer at Acme, 2021 – Present) in an otherwise complete resume. */
  bullets?: readonly string[];
  /** The Skills line of a `bullets` example (default "Git, Linux"). */
  skills?: string;
  /** An earlier, ended role of a `bullets` example, with its own bullets. */
  earlierRole?: { title: string; dates: string; bullets: readonly string[] };
  /** Or a whole resume as plain text or Markdown. */
  text?: string;
  /** Or the lines a PDF gives, with their font sizes in points. */
  lines?: ReadonlyArray<{ text: string; fontSize?: number }>;
  /** A built-in role to score against, instead of the examples' own small role (docs/rules.md names it). */
  role?: string;
  level?: Level;
  /** A job posting's text. */
  jobDescription?: string;
  /** Options of this rule for the example. */
  options?: Readonly<Record<string, unknown>>;
}

/** The helpers a rule needs under its options (a method type, so a rule of any options is usable where any rule is expected). */
export type NeedsOf<S extends OptionSpecs> = { needs(options: OptionValues<S>): readonly HelperName[] }["needs"];

/** The documentation of a rule (docs/rules.md). */
export interface RuleDocs {
  /** Why it matters to an ATS or a recruiter. */
  why: string;
  /** More on what the rule checks, when the one-line description is not enough. */
  details?: string;
  /** An example on which the rule fires (the docs test runs it). */
  fires: RuleExample;
  /** An example on which it does not. */
  passes: RuleExample;
}

/** A rule's meta: everything about it except the check. */
export interface RuleMeta<Code extends string = string, Scope extends RuleScope = RuleScope, S extends OptionSpecs = OptionSpecs> {
  /** Stable UPPER_SNAKE code; never renamed (reports, baselines and configs name it). */
  code: Code;
  scope: Scope;
  /**
   * Default severity. A rule may give a message another severity (a missing
   * e-mail is an error, a missing LinkedIn profile is info) unless the
   * configuration sets the rule's severity, which then applies to all.
   */
  severity: HintSeverity;
  /** One line: what the rule checks. */
  description: string;
  docs: RuleDocs;
  options?: S;
  /**
   * Helpers to load before the rule runs (loaded once, only when the rule is
   * on), or a function of the rule's options when only some settings need one
   * (WEAK_OPENING needs compromise only with `grammar: true`).
   */
  needs?: readonly HelperName[] | NeedsOf<S>;
  /** False for a rule that runs only when the configuration turns it on. Default true. */
  enabledByDefault?: boolean;
}

/** What a rule reports: one message, anchored where it can be. */
export interface RuleReport {
  /** A sentence for a person, without the location (the place carries it). */
  message: string;
  /** Where: lines and, where known, columns in the extracted text. */
  place?: Place;
  /** The text the message is about (cut to 160 characters by the runner). */
  quote?: string;
  /** What to write instead (a template; never an invented number). */
  suggestion?: string;
  skillId?: string;
  section?: SectionKind;
  /** This message's severity, when it differs from the rule's default (ignored when the configuration sets one). */
  severity?: HintSeverity;
  /** Facts for message filters (never in the report). */
  data?: Readonly<Record<string, string | number | boolean>>;
}

/** What `check` receives besides its target. */
export interface RuleContext<O = Readonly<Record<string, unknown>>> {
  /** The rule's code. */
  readonly code: string;
  /** The rule's options: configured values over the defaults. */
  readonly options: O;
  /** "Today": for "Present" in date ranges and stale skills. */
  readonly now: Date;
  readonly level: Level | null;
  /** Helpers named in `meta.needs`, loaded. */
  readonly helpers: Helpers;
  /** Reports one message. */
  report(message: RuleReport): void;
  /** A value computed once per analysis and shared by rules (e.g. the forms of every acronym). */
  memo<T>(key: string, compute: () => T): T;
}

/** A bullet of Experience, Projects or Volunteer, with what rules ask of it. */
export interface BulletTarget {
  bullet: Bullet;
  /** Index into `resume.bullets`. */
  index: number;
  /** The bullet's text, trimmed. */
  text: string;
  /** Words (the one word counter). */
  words: number;
  /** The text from its first letter, without a leading "I " or "We ". */
  opening: string;
  /** Metrics found in `text`. */
  metrics: readonly Metric[];
  /** The dated entry (role) the bullet sits under, with its dates. */
  entry?: ExperienceEntry;
  /** The whole segmented resume (for rules that compare bullets). */
  resume: SegmentedResume;
}

/** The whole resume. */
export interface DocumentTarget {
  doc: ExtractedDocument;
  resume: SegmentedResume;
  match: MatchResult;
  catalog: Catalog;
}

/** An avoid phrase found, with its offsets in the line's text. */
export interface AvoidHit extends AvoidFound {
  start: number;
  end: number;
}

/** The role the resume was scored against, and how it fared. */
export interface RoleTarget {
  role: Role;
  mustHave: readonly KeywordResult[];
  strong: readonly KeywordResult[];
  avoid: readonly AvoidHit[];
  /** Found skills by id. */
  found: ReadonlyMap<string, FoundSkill>;
  /** Years of experience on the resume. */
  years: number;
  /** The avoid phrase's kind by id ("weak-opening", "buzzword"...). */
  avoidKind: ReadonlyMap<string, string>;
}

/** A job posting and how the resume meets it. */
export interface JobTarget {
  posting: JobPosting;
  /** Found skills by id. */
  found: ReadonlyMap<string, FoundSkill>;
  requiredMissing: readonly string[];
  preferredMissing: readonly string[];
  termsMissing: readonly string[];
  /** Items of the posting's requirement lists that no skill knows and the resume never names. */
  listTermsMissing: readonly string[];
  /** The resume's most recent title, or null. */
  resumeTitle: string | null;
  titleMatches: boolean;
  yearsOnResume: number;
  /** For the acronym-form check; without it that check is skipped. */
  catalog?: Catalog;
}

/** The target type of each scope. */
export interface ScopeTargets {
  bullet: BulletTarget;
  document: DocumentTarget;
  role: RoleTarget;
  job: JobTarget;
}

/** A rule: meta and check. */
export interface Rule<Code extends string = string, Scope extends RuleScope = RuleScope, S extends OptionSpecs = OptionSpecs> {
  readonly meta: RuleMeta<Code, Scope, S>;
  // Method syntax on purpose: a rule of one scope is usable where any rule is expected.
  check(target: ScopeTargets[Scope], ctx: RuleContext<OptionValues<S>>): void | Promise<void>;
}

/** Any rule of the registry. */
export type AnyRule = Rule<string, RuleScope, OptionSpecs>;

/**
 * Declares a rule, keeping its code as a literal type (so the registry can
 * derive the `HintCode` union) and typing `check`'s target and options from
 * the meta.
 */
export function defineRule<const Code extends string, Scope extends RuleScope, const S extends OptionSpecs = Record<never, never>>(rule: {
  meta: RuleMeta<Code, Scope, S>;
  check(target: ScopeTargets[Scope], ctx: RuleContext<OptionValues<S>>): void | Promise<void>;
}): Rule<Code, Scope, S> {
  return rule;
}
