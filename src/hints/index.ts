/**
 * Hints stage: quantified-achievement detection and the rules that advise on
 * how the resume is written (one module per rule under `rules/`, listed in
 * `rules/index.ts`), their configuration, runner and message filters.
 */
export type { Hint, HintSeverity, Level, Metric, MetricKind } from "./types.js";
export { RULES, RULE_LIST, HINT_CODES, HINT_CODE_LIST, listRules, ruleByCode, ruleUrl, isHintCode, type HintCode, type RuleInfo } from "./rules/index.js";
export { defineRule, RULE_SCOPES } from "./rule.js";
export type { AnyRule, Rule, RuleMeta, RuleDocs, RuleExample, RuleScope, RuleContext, RuleReport, OptionSpec, OptionSpecs, ScopeTargets, BulletTarget, DocumentTarget, RoleTarget, JobTarget, Place, Point } from "./rule.js";
export { parseRulesConfig, resolveRules, rulesConfigSchema, RULE_LEVELS, SEVERITIES, type RulesConfig, type RuleEntry, type RuleLevel, type RuleSetting } from "./rules-config.js";
export { runRules, runRulesSync, bulletTargets, hintsOf, type LintMessage, type RuleTargets, type RunOptions } from "./run.js";
export { WRITING_RULES, withWritingRules } from "./writing-rules.js";
export { FILTERS, type MessageFilter } from "./filters.js";
export { compareHints, orderHints, SEVERITY_RANK } from "./order.js";
export { findMetrics, isQuantified } from "./metrics.js";
export { suggestMetric, suggestionVerb } from "./suggest.js";
export { lemmatizeVerb, openingVerb } from "./verbs.js";
