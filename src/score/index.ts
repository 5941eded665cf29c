/**
 * The score: 0–100 from named components, each with the keywords, phrases or
 * bullets behind its points. Formula (also in the README):
 *
 *   positive weights W = mustHave + strong + quantified + context, scaled to sum to 100
 *   must-have  = W_mh  × Σ(weight × credit) / Σ weight        over must-have keywords
 *   strong     = W_st  × Σ(weight × credit) / Σ weight        over strong keywords
 *   context    = W_ctx × Σ(weight × credit × inUse) / Σ weight over must-have ∪ strong
 *   quantified = W_q   × min(1, quantified / max(4, ⌈0.5 × bullets⌉))
 *   avoid      = −min(cap, each × avoid phrases found, not excused)
 *   total      = round(clamp(sum, 0, 100))
 *
 * credit: found 1, implied by a narrower skill 0.75, hedged only 0.5, missing 0.
 */
import type { FoundSkill } from "../types.js";
import type { Weights } from "../keywords/schema.js";
import type { AvoidFound, KeywordResult, ReportBullet, ScoreComponent } from "../report/types.js";
import { evaluateKeyword, judgeKeyword, shownInUse, type RoleKeyword, type ScoredKeyword } from "./keywords.js";
import { round2 } from "./round.js";
import { WORK_SECTIONS } from "../work-sections.js";
import { truncate } from "../util/truncate.js";
import { QUANTIFIED_TARGET, resolveWeights } from "./weights.js";

export { evaluateKeyword, judgeKeyword, shownInUse, type RoleKeyword, type ScoredKeyword } from "./keywords.js";
export { DEFAULT_WEIGHTS, CREDIT, QUANTIFIED_TARGET, resolveWeights } from "./weights.js";

/** What `scoreResume` needs. */
export interface ScoreInput {
  mustHave: RoleKeyword[];
  strong: RoleKeyword[];
  /** Skills found in the resume, by id. */
  found: ReadonlyMap<string, FoundSkill>;
  bullets: ReportBullet[];
  avoid: AvoidFound[];
  weights?: Partial<Weights>;
}

/** What `scoreResume` returns. */
export interface ScoreResult {
  total: number;
  components: ScoreComponent[];
  mustHave: KeywordResult[];
  strong: KeywordResult[];
}

/** Scale the four positive weights so they sum to 100 (a role may write any proportions). */
function scaledWeights(w: Weights): Weights {
  const sum = w.mustHave + w.strong + w.quantified + w.context;
  const k = sum > 0 ? 100 / sum : 0;
  return { ...w, mustHave: w.mustHave * k, strong: w.strong * k, quantified: w.quantified * k, context: w.context * k };
}

/** Σ weight of keywords. */
function weightOf(results: readonly ScoredKeyword[]): number {
  return results.reduce((s, r) => s + r.weight, 0);
}

/** What one keyword earns of `max` when the list weighs `total`. */
function share(max: number, r: ScoredKeyword, total: number): number {
  return (max * r.weight * r.credit) / total;
}

/** Points (unrounded) a coverage component earns of `max`. */
function coverageEarned(max: number, results: readonly ScoredKeyword[]): number {
  const total = weightOf(results);
  let earned = 0;
  for (const r of results) earned += total > 0 ? share(max, r, total) : 0;
  return earned;
}

function coverage(
  id: "must-have" | "strong",
  label: string,
  max: number,
  results: KeywordResult[],
): ScoreComponent {
  const total = weightOf(results);
  for (const r of results) r.points = total > 0 ? round2(share(max, r, total)) : 0;
  const earned = coverageEarned(max, results);
  const foundCount = results.filter((r) => r.status !== "missing").length;
  return {
    id,
    label,
    points: round2(earned),
    max: round2(max),
    detail:
      results.length === 0
        ? `The role lists no ${label.toLowerCase()}; no points.`
        : `${foundCount} of ${results.length} found; each keyword is worth its weight × credit (found 1, implied 0.75, hedged 0.5) of ${round2(max)} points.`,
    items: results.map((r) => ({ ref: r.id, label: `${r.label} (${r.status})`, points: r.points })),
  };
}

/** Must-have then strong keywords, each id once (the first kept). */
function distinctKeywords<T extends ScoredKeyword>(mustHave: readonly T[], strong: readonly T[]): T[] {
  const seen = new Set<string>();
  const all: T[] = [];
  for (const r of [...mustHave, ...strong]) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    all.push(r);
  }
  return all;
}

/** Whether a keyword earns context points. */
function inContext(r: ScoredKeyword): boolean {
  return r.status !== "missing" && shownInUse(r);
}

/** Points (unrounded) the context component earns of `max` over `all` (`distinctKeywords`). */
function contextEarned(max: number, all: readonly ScoredKeyword[]): number {
  const total = weightOf(all);
  let earned = 0;
  for (const r of all) if (inContext(r)) earned += total > 0 ? share(max, r, total) : 0;
  return earned;
}

function contextComponent(max: number, mustHave: KeywordResult[], strong: KeywordResult[]): ScoreComponent {
  const all = distinctKeywords(mustHave, strong);
  const total = weightOf(all);
  const earned = contextEarned(max, all);
  const items: ScoreComponent["items"] = [];
  for (const r of all) {
    if (!inContext(r)) continue;
    items.push({ ref: r.id, label: `${r.label} (${r.evidence})`, points: round2(total > 0 ? share(max, r, total) : 0) });
  }
  return {
    id: "context",
    label: "Keywords in context",
    points: round2(earned),
    max: round2(max),
    detail: `${items.length} of ${all.length} role keywords are shown in an experience or project bullet, not only listed under Skills.`,
    items,
  };
}

/** The experience/project bullets, those with a metric, the count for full points, and the points (unrounded) of `max`. */
function quantifiedParts(max: number, bullets: readonly ReportBullet[]) {
  const relevant = bullets.filter((b) => WORK_SECTIONS.has(b.section));
  const quantified = relevant.filter((b) => b.quantified);
  const target = Math.max(QUANTIFIED_TARGET.minBullets, Math.ceil(QUANTIFIED_TARGET.share * relevant.length));
  const earned = relevant.length === 0 ? 0 : max * Math.min(1, quantified.length / target);
  return { relevant, quantified, target, earned };
}

function quantifiedComponent(max: number, bullets: ReportBullet[]): ScoreComponent {
  const { relevant, quantified, target, earned } = quantifiedParts(max, bullets);
  return {
    id: "quantified",
    label: "Quantified achievements",
    points: round2(earned),
    max: round2(max),
    detail:
      relevant.length === 0
        ? "No experience or project bullets were found, so no achievement can be counted."
        : `${quantified.length} of ${relevant.length} experience/project bullets carry a metric; full points at ${target}.`,
    items: quantified.map((b) => ({
      ref: `line:${b.line}`,
      label: truncate(b.text, 80),
      points: round2(max / target),
    })),
  };
}

/** The avoid phrases that cost points (not excused), the first hit of each id. */
function countedAvoid(avoid: readonly AvoidFound[]): Map<string, AvoidFound> {
  const counted = new Map<string, AvoidFound>();
  for (const a of avoid) if (!a.excused && !counted.has(a.id)) counted.set(a.id, a);
  return counted;
}

/** The avoid component's points: the penalty, negative (0 when none). */
function avoidPoints(penalty: number): number {
  return penalty === 0 ? 0 : -round2(penalty);
}

function avoidComponent(cap: number, each: number, avoid: AvoidFound[]): ScoreComponent {
  const counted = countedAvoid(avoid);
  const penalty = Math.min(cap, each * counted.size);
  const items = [...counted.values()].map((a) => ({ ref: a.id, label: `"${a.matched}" (line ${a.line})`, points: -round2(each) }));
  return {
    id: "avoid",
    label: "Avoid phrases",
    points: avoidPoints(penalty),
    max: round2(cap),
    detail: `${counted.size} overused or vague phrase(s), −${round2(each)} each, at most −${round2(cap)}.`,
    items,
  };
}

/**
 * Score a resume against one role's keyword lists. Pure: the same input gives
 * the same numbers. Adding a missing must-have never lowers the score; adding
 * an avoid phrase never raises it.
 */
export function scoreResume(input: ScoreInput): ScoreResult {
  const w = scaledWeights(resolveWeights(input.weights));
  const mustHave = input.mustHave.map((k) => evaluateKeyword(k, input.found));
  const strong = input.strong.map((k) => evaluateKeyword(k, input.found));
  const components: ScoreComponent[] = [
    coverage("must-have", "Must-have keywords", w.mustHave, mustHave),
    coverage("strong", "Strong keywords", w.strong, strong),
    quantifiedComponent(w.quantified, input.bullets),
    contextComponent(w.context, mustHave, strong),
    avoidComponent(w.avoidPenaltyCap, w.avoidPenaltyEach, input.avoid),
  ];
  return { total: totalOf(components.map((c) => c.points)), components, mustHave, strong };
}

/** The total of the components' points (in component order): rounded and clamped to 0..100. */
function totalOf(points: readonly number[]): number {
  const sum = points.reduce((s, p) => s + p, 0);
  return Math.round(Math.min(100, Math.max(0, sum)));
}

/**
 * `scoreResume`'s total and found must-have count, without the items,
 * labels and details a report shows: the same arithmetic on the same
 * numbers, so the same total. For ranking every role of the catalog.
 */
export function scoreTotal(input: ScoreInput): { total: number; mustHaveFound: number } {
  const w = scaledWeights(resolveWeights(input.weights));
  const mustHave = input.mustHave.map((k) => judgeKeyword(k, input.found));
  const strong = input.strong.map((k) => judgeKeyword(k, input.found));
  const penalty = Math.min(w.avoidPenaltyCap, w.avoidPenaltyEach * countedAvoid(input.avoid).size);
  const points = [
    round2(coverageEarned(w.mustHave, mustHave)),
    round2(coverageEarned(w.strong, strong)),
    round2(quantifiedParts(w.quantified, input.bullets).earned),
    round2(contextEarned(w.context, distinctKeywords(mustHave, strong))),
    avoidPoints(penalty),
  ];
  return { total: totalOf(points), mustHaveFound: mustHave.filter((k) => k.status !== "missing").length };
}
