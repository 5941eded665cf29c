/**
 * The rule runner: runs the enabled rules over their targets (each bullet,
 * the document, the scored role, the job match), turns what they report into
 * hints (severity from the configuration, line from the place, quote cut to
 * 160 characters, url to the rule's docs), applies the message filters and
 * orders the result.
 */
import type { ReportHint } from "../report/types.js";
import type { Level } from "../levels.js";
import type { Bullet, SegmentedResume } from "../types.js";
import { truncate } from "../util/truncate.js";
import { wordCount } from "../util/words.js";
import { FILTERS, type MessageFilter } from "./filters.js";
import { loadHelpers, type HelperName, type Helpers } from "./helpers.js";
import { orderHints } from "./order.js";
import type { BulletTarget, DocumentTarget, JobTarget, OptionSpecs, OptionValues, RoleTarget, RuleContext, RuleReport, RuleScope } from "./rule.js";
import { resolveRules, type RuleSetting } from "./rules-config.js";
import { ruleUrl, type HintCode } from "./rules/index.js";
import type { Metric } from "./types.js";
import { WORK_SECTIONS } from "../work-sections.js";

/** One reported message: the hint, and what filters and the report need besides it. */
export interface LintMessage {
  hint: ReportHint;
  /** The scope of the rule that reported it. */
  scope: RuleScope;
  /** The bullet it is about, for bullet rules (index into `resume.bullets`). */
  bulletIndex?: number;
  /** The rule's facts for filters. */
  data?: RuleReport["data"];
}

/** What the rules look at; a scope without its target is skipped. */
export interface RuleTargets {
  bullets?: readonly BulletTarget[];
  document?: DocumentTarget;
  role?: RoleTarget;
  job?: JobTarget;
}

/** How to run. */
export interface RunOptions {
  now: Date;
  level: Level | null;
  /** The rules to run with their settings (default: every rule enabled by default, with its defaults). */
  settings?: readonly RuleSetting[];
  /** Only rules of these scopes. */
  scopes?: readonly RuleScope[];
  filters?: readonly MessageFilter[];
}

/** The bullet targets of a resume: bullets of work sections with text, with their metrics and entry. */
export function bulletTargets(resume: SegmentedResume, metrics: ReadonlyArray<readonly Metric[]>): BulletTarget[] {
  const out: BulletTarget[] = [];
  resume.bullets.forEach((bullet, index) => {
    if (!WORK_SECTIONS.has(bullet.section)) return;
    const text = bullet.text.trim();
    if (text.length === 0) return;
    const entry = bullet.entryIndex !== undefined ? resume.experience.entries[bullet.entryIndex] : undefined;
    out.push({
      bullet,
      index,
      text,
      words: wordCount(text),
      opening: text.replace(/^[^A-Za-z]+/, "").replace(/^(I|We)\s+/i, ""),
      metrics: metrics[index] ?? [],
      ...(entry ? { entry } : {}),
      resume,
    });
  });
  return out;
}

/**
 * A report as a hint. `line`/`endLine` are the lines of what the hint is
 * about: a bullet rule's bullet (its place may be a phrase inside it),
 * else the lines of the place.
 */
function toHint(setting: RuleSetting, r: RuleReport, bullet?: Bullet): ReportHint {
  const code = setting.rule.meta.code as HintCode;
  // Fields in a fixed order, so every hint's JSON reads the same way; the url last.
  const hint: Omit<ReportHint, "url"> & { url?: string } = { code, severity: setting.severity ?? r.severity ?? setting.rule.meta.severity, message: r.message };
  const lines = bullet ? { start: bullet.line, end: bullet.endLine } : r.place ? { start: r.place.start.line, end: r.place.end.line } : null;
  if (lines) {
    hint.line = lines.start;
    if (lines.end > lines.start) hint.endLine = lines.end;
  }
  if (r.section !== undefined) hint.section = r.section;
  if (r.quote !== undefined) hint.quote = truncate(r.quote);
  if (r.suggestion !== undefined) hint.suggestion = r.suggestion;
  if (r.skillId !== undefined) hint.skillId = r.skillId;
  if (r.place) hint.place = r.place;
  hint.url = ruleUrl(code);
  return hint as ReportHint;
}

type Visit = (check: () => void | Promise<void>) => void;

/** What one rule's contexts share during a run. */
interface Shared {
  setting: RuleSetting;
  now: Date;
  level: Level | null;
  helpers: Helpers;
  memo: Map<string, unknown>;
  out: LintMessage[];
}

/**
 * The context of one rule on one target. A class, not an object literal per
 * call: bullet rules get one per bullet, and a small object with prototype
 * methods costs a fraction of a spread copy with fresh closures.
 */
class Context implements RuleContext<OptionValues<OptionSpecs>> {
  constructor(
    private readonly shared: Shared,
    private readonly bullet?: BulletTarget,
  ) {}
  get code(): string {
    return this.shared.setting.rule.meta.code;
  }
  get options(): OptionValues<OptionSpecs> {
    return this.shared.setting.options;
  }
  get now(): Date {
    return this.shared.now;
  }
  get level(): Level | null {
    return this.shared.level;
  }
  get helpers(): Helpers {
    return this.shared.helpers;
  }
  report(r: RuleReport): void {
    const { setting, out } = this.shared;
    const b = this.bullet;
    out.push({ hint: toHint(setting, r, b?.bullet), scope: setting.rule.meta.scope, ...(b ? { bulletIndex: b.index } : {}), ...(r.data ? { data: r.data } : {}) });
  }
  memo<T>(key: string, compute: () => T): T {
    const memo = this.shared.memo;
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  }
}

/** Calls each enabled rule on each target of its scope; `visit` runs (and collects) each call. */
function visitRules(targets: RuleTargets, options: RunOptions, settings: readonly RuleSetting[], helpers: Helpers, out: LintMessage[], visit: Visit): void {
  const memo = new Map<string, unknown>();
  const scopes = options.scopes ? new Set(options.scopes) : null;
  for (const setting of settings) {
    const scope = setting.rule.meta.scope;
    if (scopes && !scopes.has(scope)) continue;
    const shared: Shared = { setting, now: options.now, level: options.level, helpers, memo, out };
    if (scope === "bullet") {
      for (const t of targets.bullets ?? []) visit(() => setting.rule.check(t, new Context(shared, t)));
      continue;
    }
    const target = targets[scope];
    if (target) visit(() => setting.rule.check(target, new Context(shared)));
  }
}

function finish(messages: LintMessage[], options: RunOptions): LintMessage[] {
  let out = messages;
  for (const f of options.filters ?? FILTERS) out = f.filter(out);
  return out;
}

/** The helpers a rule needs under its setting. */
export function helpersOf(setting: RuleSetting): readonly HelperName[] {
  const needs = setting.rule.meta.needs;
  return typeof needs === "function" ? needs(setting.options) : (needs ?? []);
}

function neededHelpers(settings: readonly RuleSetting[], options: RunOptions): HelperName[] {
  const scopes = options.scopes ? new Set(options.scopes) : null;
  return settings.filter((s) => !scopes || scopes.has(s.rule.meta.scope)).flatMap(helpersOf);
}

/** Runs the rules (async: a rule may await, and helpers load lazily). Messages are filtered, not yet ordered. */
export async function runRules(targets: RuleTargets, options: RunOptions): Promise<LintMessage[]> {
  const settings = options.settings ?? resolveRules();
  const helpers = await loadHelpers(neededHelpers(settings, options));
  const out: LintMessage[] = [];
  const pending: Array<Promise<void>> = [];
  visitRules(targets, options, settings, helpers, out, (check) => {
    const r = check();
    if (r) pending.push(r);
  });
  await Promise.all(pending);
  return finish(out, options);
}

/**
 * Runs the rules synchronously, for callers that cannot await (`matchJob`).
 * Throws when an enabled rule needs a helper or returns a promise.
 */
export function runRulesSync(targets: RuleTargets, options: RunOptions): LintMessage[] {
  const settings = options.settings ?? resolveRules();
  const needed = neededHelpers(settings, options);
  if (needed.length > 0) throw new Error(`These rules need ${needed.join(", ")}: run them with runRules.`);
  const out: LintMessage[] = [];
  visitRules(targets, options, settings, {}, out, (check) => {
    if (check() instanceof Promise) throw new Error("A rule returned a promise: run it with runRules.");
  });
  return finish(out, options);
}

/** The hints of messages, in the hint order. */
export function hintsOf(messages: readonly LintMessage[]): ReportHint[] {
  return orderHints(messages.map((m) => m.hint));
}
