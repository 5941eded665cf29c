/**
 * Accuracy of the writing rules (VERB_TENSE, REPEATED_VERB, WEAK_OPENING,
 * PASSIVE_VOICE): precision and recall of each on the labelled bullets
 * (fixtures/hints/writing-bullets.json, tuned on) and on the held-out sets,
 * for the writing preset (compromise), the default rules (word lists and
 * regexes), and the regexes before issue 17.
 *
 * Run: `npm run bench:writing` (`-v` lists the bullets each configuration gets wrong).
 */
import { beforeJudge, GRAMMAR_RULES, loadWritingSet, rulesJudge, scoreWritingSet, WRITING_CODES, type Judge, type WritingCode } from "./lib/writing-set.js";

const VERBOSE = process.argv.includes("-v");
const SETS = [
  ["labelled (tuned on)", "writing-bullets.json"],
  ["held-out 1", "writing-holdout.json"],
  ["held-out 2 (fresh)", "writing-holdout-2.json"],
] as const;
const OLD: readonly WritingCode[] = ["PASSIVE_VOICE", "WEAK_OPENING"];
const CONFIGS: ReadonlyArray<readonly [string, () => Judge, readonly WritingCode[]]> = [
  ["WRITING_RULES (compromise)", () => rulesJudge(GRAMMAR_RULES), WRITING_CODES],
  ["default rules (no compromise)", () => rulesJudge({}), OLD],
  ["regexes before issue 17", beforeJudge, OLD],
];

const f = (x: number): string => x.toFixed(3);

for (const [label, file] of SETS) {
  const set = loadWritingSet(new URL(`../fixtures/hints/${file}`, import.meta.url));
  const n = set.resumes.reduce((a, r) => a + r.roles.reduce((b, role) => b + role.bullets.length, 0), 0);
  console.log(`\n${label}: fixtures/hints/${file}, ${n} bullets`);
  console.log(`${"configuration".padEnd(31)} ${"rule".padEnd(14)} precision  recall   tp  fp  fn`);
  for (const [name, judge, codes] of CONFIGS) {
    const s = await scoreWritingSet(set, judge(), codes);
    for (const c of codes) {
      const r = s.rules[c];
      console.log(`${name.padEnd(31)} ${c.padEnd(14)} ${f(r.precision).padStart(9)} ${f(r.recall).padStart(7)} ${String(r.tp).padStart(4)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}`);
    }
    if (VERBOSE) for (const m of s.mistakes) console.log(`    [${m.resume}] ${m.text}\n        expected ${m.expected.join(", ") || "-"}, got ${m.got.join(", ") || "-"}`);
  }
}
