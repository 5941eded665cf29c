/**
 * Opening-verb detection for bullets: the first word, lemmatized with a small
 * table and suffix rules ("optimized", "optimising", "optimised" → "optimize").
 * No NLP library: the verbs that matter in backend bullets are few and known.
 */

/** Irregular and hard forms → lemma. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["built", "build"], ["building", "build"], ["builds", "build"],
  ["led", "lead"], ["leading", "lead"], ["leads", "lead"],
  ["ran", "run"], ["running", "run"], ["runs", "run"],
  ["wrote", "write"], ["written", "write"], ["writing", "write"], ["writes", "write"],
  ["made", "make"], ["drove", "drive"], ["driven", "drive"], ["driving", "drive"],
  ["grew", "grow"], ["grown", "grow"], ["growing", "grow"],
  ["cut", "cut"], ["cutting", "cut"], ["set", "set"], ["setting", "set"],
  ["took", "take"], ["taken", "take"], ["began", "begin"], ["begun", "begin"],
  ["shipped", "ship"], ["shipping", "ship"], ["planned", "plan"], ["planning", "plan"],
  ["spearheaded", "spearhead"], ["oversaw", "oversee"], ["overseen", "oversee"],
  ["rewrote", "rewrite"], ["rewritten", "rewrite"], ["rewriting", "rewrite"],
  ["taught", "teach"], ["brought", "bring"], ["sped", "speed"], ["won", "win"],
  ["stood", "stand"], ["kept", "keep"], ["held", "hold"], ["found", "find"], ["founded", "found"],
  ["did", "do"], ["done", "do"], ["got", "get"], ["gave", "give"], ["thought", "think"],
]);

/** Lemmas whose "-ed" form ends in "e" + "d" ("optimized" → "optimize"): we try "+e" when the bare stem is not known. */
const KNOWN_LEMMAS: ReadonlySet<string> = new Set([
  "optimize", "tune", "improve", "scale", "build", "develop", "launch", "create", "implement", "migrate", "automate",
  "reduce", "lead", "mentor", "manage", "design", "architect", "test", "secure", "harden", "deliver", "ship",
  "introduce", "refactor", "rewrite", "cut", "decrease", "lower", "increase", "raise", "boost", "accelerate", "speed",
  "streamline", "consolidate", "deploy", "release", "maintain", "support", "monitor", "write", "coach", "train",
  "hire", "supervise", "direct", "coordinate", "own", "drive", "establish", "integrate", "engineer", "model",
  "modernize", "upgrade", "port", "move", "containerize", "orchestrate", "eliminate", "fix", "resolve", "debug",
  "troubleshoot", "audit", "encrypt", "patch", "review", "document", "analyze", "research", "investigate", "grow",
  "expand", "save", "stabilize", "cache", "index", "profile", "benchmark", "parallelize", "batch", "shard", "partition",
  "replicate", "provision", "configure", "administer", "run", "operate", "handle", "process", "serve", "add", "extend",
  "enable", "prototype", "contribute", "collaborate", "work", "help", "assist", "participate", "partner", "plan", "spearhead",
  "oversee", "teach", "onboard", "recruit", "authenticate", "authorize", "simplify", "standardize", "unify", "centralize",
  "decouple", "redesign", "rearchitect", "re-architect", "validate", "verify", "certify", "pass", "achieve", "reach", "cover",
]);

/** British "-ise" spellings → "-ize". */
function americanize(w: string): string {
  if (w.endsWith("ise") && KNOWN_LEMMAS.has(w.slice(0, -3) + "ize")) return w.slice(0, -3) + "ize";
  if (w === "analyse") return "analyze";
  return w;
}

function known(w: string): string | undefined {
  const a = americanize(w);
  return KNOWN_LEMMAS.has(a) ? a : undefined;
}

/**
 * Lemma of an English verb form, lower-cased: "Optimised" → "optimize",
 * "scaling" → "scale", "built" → "build". Unknown words come back lower-cased,
 * with a regular "-ed"/"-ing"/"-s" removed when that gives a known lemma.
 */
export function lemmatizeVerb(word: string): string {
  const w = word.toLowerCase().replace(/[^a-z-]/g, "");
  const irr = IRREGULAR.get(w);
  if (irr) return irr;
  const direct = known(w);
  if (direct) return direct;
  const tries: string[] = [];
  if (w.endsWith("ied")) tries.push(w.slice(0, -3) + "y");
  if (w.endsWith("ed")) {
    const stem = w.slice(0, -2);
    tries.push(stem, stem + "e");
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) tries.push(stem.slice(0, -1));
  }
  if (w.endsWith("ing")) {
    const stem = w.slice(0, -3);
    tries.push(stem, stem + "e");
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) tries.push(stem.slice(0, -1));
  }
  if (w.endsWith("ies")) tries.push(w.slice(0, -3) + "y");
  if (w.endsWith("es")) tries.push(w.slice(0, -2));
  if (w.endsWith("s")) tries.push(w.slice(0, -1));
  for (const t of tries) {
    const k = known(t);
    if (k) return k;
  }
  return w;
}

/** The first word of a bullet (after any marker, number or punctuation), lemmatized; "" when none. */
export function openingVerb(text: string): string {
  const m = /[A-Za-z][A-Za-z'-]*/.exec(text.slice(0, 200));
  return m ? lemmatizeVerb(m[0]) : "";
}
