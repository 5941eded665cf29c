/**
 * The rule registry: every rule, listed once, sorted by code (as eslint's
 * `lib/rules/index.js`). Adding a rule is adding its file under
 * `src/hints/rules/` and one line here; the `HintCode` union, `listRules()`,
 * the SARIF rule table, `--fail-on` and config validation, the hint order and
 * docs/rules.md all follow from this list.
 */
import { rule as acronymWithoutFullTerm } from "./acronym-without-full-term.js";
import { rule as avoidPhrase } from "./avoid-phrase.js";
import { rule as bulletTooLong } from "./bullet-too-long.js";
import { rule as bulletTooShort } from "./bullet-too-short.js";
import { rule as experienceAboveLevel } from "./experience-above-level.js";
import { rule as experienceBelowLevel } from "./experience-below-level.js";
import { rule as firstPerson } from "./first-person.js";
import { rule as fullTermWithoutAcronym } from "./full-term-without-acronym.js";
import { rule as jdAcronymForm } from "./jd-acronym-form.js";
import { rule as jdListTermMissing } from "./jd-list-term-missing.js";
import { rule as jdMissingPreferred } from "./jd-missing-preferred.js";
import { rule as jdMissingRequired } from "./jd-missing-required.js";
import { rule as jdSkillHedged } from "./jd-skill-hedged.js";
import { rule as jdTermMissing } from "./jd-term-missing.js";
import { rule as jdTitleMismatch } from "./jd-title-mismatch.js";
import { rule as jdYearsBelow } from "./jd-years-below.js";
import { rule as keywordStuffing } from "./keyword-stuffing.js";
import { rule as length } from "./length.js";
import { rule as missingContact } from "./missing-contact.js";
import { rule as missingMustHave } from "./missing-must-have.js";
import { rule as missingSection } from "./missing-section.js";
import { rule as missingStrong } from "./missing-strong.js";
import { rule as mustHaveHedged } from "./must-have-hedged.js";
import { rule as mustHaveOnlyListed } from "./must-have-only-listed.js";
import { rule as mustHaveStale } from "./must-have-stale.js";
import { rule as nonstandardHeading } from "./nonstandard-heading.js";
import { rule as noBullets } from "./no-bullets.js";
import { rule as passiveVoice } from "./passive-voice.js";
import { rule as repeatedBullet } from "./repeated-bullet.js";
import { rule as repeatedVerb } from "./repeated-verb.js";
import { rule as tinyText } from "./tiny-text.js";
import { rule as unquantifiedBullet } from "./unquantified-bullet.js";
import { rule as verbTense } from "./verb-tense.js";
import { rule as weakOpening } from "./weak-opening.js";
import type { AnyRule, RuleMeta } from "../rule.js";
import { RULES_DOCS_URL } from "../../project.js";

/** Every rule, sorted by code. */
export const RULES = [
  acronymWithoutFullTerm,
  avoidPhrase,
  bulletTooLong,
  bulletTooShort,
  experienceAboveLevel,
  experienceBelowLevel,
  firstPerson,
  fullTermWithoutAcronym,
  jdAcronymForm,
  jdListTermMissing,
  jdMissingPreferred,
  jdMissingRequired,
  jdSkillHedged,
  jdTermMissing,
  jdTitleMismatch,
  jdYearsBelow,
  keywordStuffing,
  length,
  missingContact,
  missingMustHave,
  missingSection,
  missingStrong,
  mustHaveHedged,
  mustHaveOnlyListed,
  mustHaveStale,
  nonstandardHeading,
  noBullets,
  passiveVoice,
  repeatedBullet,
  repeatedVerb,
  tinyText,
  unquantifiedBullet,
  verbTense,
  weakOpening,
] as const;

/** A hint code: the code of one of the rules (docs/rules.md). */
export type HintCode = (typeof RULES)[number]["meta"]["code"];

/** Every rule, as the runner sees them. */
export const RULE_LIST: readonly AnyRule[] = RULES;

/** Every hint code, in registry order. */
export const HINT_CODE_LIST: readonly HintCode[] = RULES.map((r) => r.meta.code);

const BY_CODE: ReadonlyMap<string, AnyRule> = new Map(RULE_LIST.map((r) => [r.meta.code, r] as const));
const RANK: ReadonlyMap<string, number> = new Map(RULE_LIST.map((r, i) => [r.meta.code, i] as const));

/** The rule of a code, or undefined. */
export function ruleByCode(code: string): AnyRule | undefined {
  return BY_CODE.get(code);
}

/** True when `code` is a hint code of the registry. */
export function isHintCode(code: string): code is HintCode {
  return BY_CODE.has(code);
}

/** Position of a code in the registry (codes not in it sort last): the hint order's tie-break. */
export function ruleRank(code: string): number {
  return RANK.get(code) ?? RULE_LIST.length;
}

/** The documentation URL of a rule (its section of docs/rules.md). */
export function ruleUrl(code: string): string {
  return `${RULES_DOCS_URL}#${code.toLowerCase()}`;
}

/** A rule's meta as `listRules()` gives it, with its documentation URL. */
export type RuleInfo = RuleMeta & { url: string };

/** Every rule's meta (code, severity, scope, description, docs, options) and URL, sorted by code. */
export function listRules(): RuleInfo[] {
  return RULE_LIST.map((r) => ({ ...r.meta, url: ruleUrl(r.meta.code) }));
}

/** Every hint code with its one-line description. */
export const HINT_CODES: Readonly<Record<HintCode, string>> = Object.fromEntries(RULE_LIST.map((r) => [r.meta.code, r.meta.description])) as Record<HintCode, string>;
