/**
 * Does the resume's most recent title fit the posting's? Shared significant
 * words (backend, platform, api, data...) and the same role family
 * (engineer/developer/programmer, administrator, architect...).
 */

const SENIORITY = new Set([
  "senior", "sr", "junior", "jr", "staff", "principal", "lead", "mid", "level", "intern", "graduate", "associate", "head", "chief",
  "i", "ii", "iii", "iv", "entry", "snr",
]);
const FILLER = new Set(["and", "of", "the", "a", "an", "for", "in", "at", "to", "with", "on", "or", "remote", "hybrid", "m", "f", "d", "w"]);

const FAMILY: Record<string, string> = {
  engineer: "engineering", engineering: "engineering", developer: "engineering", programmer: "engineering", swe: "engineering",
  sde: "engineering", coder: "engineering", development: "engineering", dev: "engineering",
  administrator: "admin", admin: "admin", dba: "admin",
  architect: "architect",
  sre: "sre", reliability: "sre",
  devops: "devops",
  manager: "manager",
  analyst: "analyst",
  scientist: "scientist",
  consultant: "consultant",
};

/** Written variants of the same significant word. */
const SAME: Record<string, string> = {
  "back-end": "backend", "back end": "backend", "server-side": "backend", "serverside": "backend",
  "full-stack": "fullstack", "full stack": "fullstack", "front-end": "frontend", "front end": "frontend",
  infra: "infrastructure", apis: "api", databases: "database", db: "database", platforms: "platform", systems: "system",
};

/** Significant words and role families of a title. */
export function titleWords(title: string): { words: Set<string>; families: Set<string> } {
  let t = title.toLowerCase().replace(/\(([^)]*)\)/g, " $1 ");
  for (const [from, to] of Object.entries(SAME)) if (from.includes(" ") || from.includes("-")) t = t.split(from).join(to);
  const words = new Set<string>();
  const families = new Set<string>();
  for (const raw of t.split(/[^\p{L}\p{N}+#.]+/u)) {
    const w0 = raw.replace(/^\.+|\.+$/g, "");
    if (w0 === "") continue;
    const w = SAME[w0] ?? w0;
    if (SENIORITY.has(w) || FILLER.has(w)) continue;
    const fam = FAMILY[w];
    if (fam) {
      families.add(fam);
      continue;
    }
    if (w === "software") continue;
    words.add(w);
  }
  if (/\bsoftware development engineer\b/.test(t)) families.add("engineering");
  if (words.has("database") && families.has("admin")) families.add("admin");
  return { words, families };
}

/**
 * True when the titles fit: the same role family (or neither names one),
 * and at least one shared significant word when the posting names any.
 */
export function titlesMatch(posting: string, resume: string): boolean {
  const p = titleWords(posting);
  const r = titleWords(resume);
  if (p.families.size > 0 && r.families.size > 0 && ![...p.families].some((f) => r.families.has(f))) return false;
  if (p.words.size === 0) return p.families.size === 0 || [...p.families].some((f) => r.families.has(f));
  return [...p.words].some((w) => r.words.has(w));
}
