/**
 * `--fail-on` values: a check name (`missing-must-have`, `avoid`...) or a
 * hint code of the rule registry, either case. Anything else is a mistake,
 * reported with the closest valid name.
 */
import { didYouMeanSuffix } from "../util/did-you-mean.js";
import { HINT_CODE_LIST } from "../hints/rules/index.js";
import { FAIL_ON_RULES } from "./format-common.js";

/** Every valid `--fail-on` value: the check names, then the hint codes. */
export const FAIL_ON_VALUES: readonly string[] = [...FAIL_ON_RULES, ...HINT_CODE_LIST];

/** True when `value` is a check name or a hint code (case-insensitive). */
export function isFailOnValue(value: string): boolean {
  const v = value.trim();
  return (FAIL_ON_RULES as readonly string[]).includes(v.toLowerCase()) || (HINT_CODE_LIST as readonly string[]).includes(v.toUpperCase());
}

/** One message per unknown value, each with a "did you mean" when a valid one is close. */
export function failOnProblems(values: readonly string[]): string[] {
  return values
    .filter((v) => !isFailOnValue(v))
    .map((v) => `unknown rule "${v}".${didYouMeanSuffix(v, FAIL_ON_VALUES)} Use ${FAIL_ON_RULES.join(", ")}, or a hint code (docs/rules.md lists them).`);
}
