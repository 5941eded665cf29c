/**
 * For a bullet without a metric: the KIND of number that fits its opening
 * verb, backend-flavoured. Templates use X / Y / N placeholders and never
 * invent a figure.
 */
import { lemmatizeVerb } from "./verbs.js";

/** One suggestion family and the verbs (lemmas) that select it. */
interface Family {
  verbs: readonly string[];
  suggestion: string;
}

const FAMILIES: readonly Family[] = [
  {
    verbs: ["optimize", "tune", "speed", "accelerate", "cache", "index", "profile", "benchmark", "parallelize", "batch"],
    suggestion: "Say what got faster and by how much, e.g. \"cut p95 query latency from X ms to Y ms\" or \"raised throughput from X to Y requests/s\".",
  },
  {
    verbs: ["stabilize", "harden"],
    suggestion: "Name the reliability result, e.g. \"raised availability to 99.9 %\" or \"cut MTTR from X to Y min\" or \"cut incidents by N % per quarter\".",
  },
  {
    verbs: ["scale", "shard", "partition", "replicate", "grow", "expand"],
    suggestion: "Give the scale reached, e.g. \"scaled to N requests/s\" or \"to N users / N TB of data\", and from what starting point.",
  },
  {
    verbs: ["migrate", "move", "port", "upgrade", "modernize", "containerize", "consolidate"],
    suggestion: "Give the size and the outcome, e.g. \"migrated N services with zero downtime, cutting cost by X %\".",
  },
  {
    verbs: ["automate", "streamline", "standardize", "provision", "orchestrate"],
    suggestion: "Say what the automation saved, e.g. \"saving N hours per week\" or \"cutting deploy time from X min to Y min\".",
  },
  {
    verbs: ["reduce", "cut", "decrease", "lower", "eliminate", "save", "simplify"],
    suggestion: "Give the before and after, e.g. \"from X to Y\" (latency, cost, error rate, build time) or \"by N %\".",
  },
  {
    verbs: ["increase", "raise", "boost", "improve", "enhance"],
    suggestion: "Give the before and after of what improved, e.g. \"raised availability to 99.9 %\" or \"improved X from A to B\" or \"by N %\".",
  },
  {
    verbs: ["lead", "mentor", "manage", "coach", "train", "supervise", "direct", "hire", "onboard", "recruit", "spearhead", "oversee", "teach", "coordinate"],
    suggestion: "Give the team size and the outcome, e.g. \"led a team of N engineers that shipped X in N months\" or \"mentored N engineers, N promoted\".",
  },
  {
    verbs: ["design", "architect", "rearchitect", "re-architect", "redesign", "model", "engineer", "decouple"],
    suggestion: "Give the scale the design handles, e.g. \"handling N requests/s for N users\" or \"N services / N TB\".",
  },
  {
    verbs: ["test", "validate", "verify", "cover", "review", "debug", "fix", "resolve", "troubleshoot"],
    suggestion: "Quantify quality, e.g. \"raised test coverage from X % to Y %\" or \"cut escaped defects by N %\" or \"fixed N bugs\".",
  },
  {
    verbs: ["secure", "encrypt", "audit", "patch", "authenticate", "authorize", "certify"],
    suggestion: "Quantify the security result, e.g. \"fixed N vulnerabilities (N critical)\" or \"passed SOC 2 / ISO 27001 audit with zero findings\".",
  },
  {
    verbs: ["monitor", "operate", "run", "administer", "maintain", "support", "handle", "serve", "configure"],
    suggestion: "Give the size and the service level, e.g. \"ran N services / N nodes at 99.9 % availability\" or \"handled N requests/s\".",
  },
  {
    verbs: ["build", "develop", "launch", "create", "implement", "deliver", "ship", "deploy", "release", "write", "introduce", "integrate", "add", "establish", "prototype", "extend", "enable", "refactor", "rewrite"],
    suggestion: "Say who used it and how much, e.g. \"serving N users / N requests per day\", \"adopted by N teams\", or the time or cost it saved.",
  },
];

const DEFAULT_SUGGESTION = "Add the result with a number, e.g. \"improved X by N %\" or \"from X to Y\" (time, cost, errors, users).";

const BY_VERB: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const f of FAMILIES) for (const v of f.verbs) if (!m.has(v)) m.set(v, f.suggestion);
  return m;
})();

/** Words a bullet may start with before its real verb ("Successfully migrated", "Also built"). */
const SKIP_OPENERS: ReadonlySet<string> = new Set([
  "successfully", "also", "then", "personally", "independently", "jointly", "actively", "quickly", "i", "we", "was", "were",
  "have", "has", "had", "co", "single-handedly", "proactively",
]);

/** Topic words that pick a family when the verb does not ("availability", "latency"). */
const TOPICS: ReadonlyArray<[RegExp, string]> = [
  [/\b(reliab\w*|availab\w*|uptime|incidents?|mttr|outages?|on-call|sla|slo)\b/i, "stabilize"],
  [/\b(latency|performance|slow|throughput|queries|query|response time)\b/i, "optimize"],
  [/\b(tests?|testing|coverage|qa)\b/i, "test"],
  [/\b(security|vulnerabilit\w*|pentest|cve)\b/i, "secure"],
];

/**
 * A suggestion of the kind of number that fits `text`, from its opening verb
 * (lemmatized) or, failing that, its topic. Never contains a made-up figure:
 * only X / Y / N placeholders and fixed targets like "99.9 %".
 */
export function suggestMetric(text: string): string {
  const words = text.slice(0, 300).match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  let verb = "";
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    const w = words[i]!.toLowerCase();
    if (SKIP_OPENERS.has(w)) continue;
    verb = lemmatizeVerb(w);
    break;
  }
  // "improved reliability" reads better as a reliability suggestion
  if (verb === "improve" || verb === "increase" || verb === "enhance" || verb === "work" || verb === "help" || verb === "" || !BY_VERB.has(verb)) {
    for (const [re, v] of TOPICS) if (re.test(text)) return BY_VERB.get(v)!;
  }
  return BY_VERB.get(verb) ?? DEFAULT_SUGGESTION;
}

/** The verb family key used for `text` (the lemma), for tests and reports; "" when none is known. */
export function suggestionVerb(text: string): string {
  const words = text.slice(0, 300).match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    const w = words[i]!.toLowerCase();
    if (SKIP_OPENERS.has(w)) continue;
    const v = lemmatizeVerb(w);
    return BY_VERB.has(v) ? v : "";
  }
  return "";
}
