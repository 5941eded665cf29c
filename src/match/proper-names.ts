/**
 * An ambiguous name glued to another proper name belongs to that name, not
 * to the technology: "Swift Mailer" (a PHP library), "Google Fiber" (an
 * ISP), "Taylor Swift", "Cassandra Smith", "GitLab Duo". In prose, a name
 * that needs context is part of a longer proper name when the word right
 * after it (or right before it, inside a sentence) is capitalized, starts no
 * catalog name, is none of the skill's context terms ("HashiCorp Consul"),
 * and is not a word that names a part or edition of a product ("Spring
 * Framework", "Puppet Enterprise", "Consul Connect"). Right after another
 * capitalized catalog name it is that product's edition ("SQL Server
 * Express"), unless
 * that name is one of its context terms ("Node Express", "Go Gin").
 */
import type { MatchUnit } from "./units.js";

/** Capitalized words that name a part or edition of the product before them: the product keeps its name. */
const PRODUCT_PARTS: ReadonlySet<string> = new Set([
  "framework", "frameworks", "enterprise", "server", "servers", "platform", "edition", "community", "core", "sdk", "api", "apis",
  "cli", "modules", "module", "gateway", "cluster", "clusters", "engine", "runtime", "toolkit", "library", "libraries", "plugin",
  "plugins", "extension", "extensions", "connect", "cloud", "stack", "ecosystem", "language", "lang", "programming", "app", "apps",
  "application", "applications", "service", "services", "scripts", "script", "code", "projects", "project", "jobs", "pipelines",
  "pipeline", "deployments", "deployment", "agents", "agent", "tests", "testing", "developer", "developers", "engineer", "engineers",
]);

/** Capitalized function words of title-case text ("Built In Go With Kafka"): never part of a proper name. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "in", "with", "and", "or", "on", "for", "of", "to", "the", "a", "an", "at", "by", "from", "using", "via", "as", "into", "over", "plus", "vs",
]);

/** Units of data size ("TB", "GiB"). */
const DATA_SIZE = /^[KMGTPE]i?B$/;

function isCapitalizedWord(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** A neighbor word that makes a longer proper name with the mention. */
function properNeighbor(u: MatchUnit, startsName: boolean, contextWords: ReadonlySet<string>): boolean {
  // A unit of data size is a measure, not a name: "migrated 4 TB Redshift warehouse".
  if (!isCapitalizedWord(u.text) || startsName || DATA_SIZE.test(u.text)) return false;
  const f = u.folded;
  return !PRODUCT_PARTS.has(f) && !FUNCTION_WORDS.has(f) && !contextWords.has(f);
}

/**
 * The longer proper name a mention at units [k, k+len) is glued to (space
 * only), or null. `startsName(j)`: a catalog name starts at unit j.
 * `sentenceStart`: the first unit of the mention's sentence (a capitalized
 * first word of a sentence is no proper name: "Built Cassandra clusters").
 * `nameEndingAt(j)`: the first unit of a catalog name that ends at unit j, or -1.
 */
export function gluedProperName(
  text: string,
  units: readonly MatchUnit[],
  k: number,
  len: number,
  sentenceStart: number,
  startsName: (j: number) => boolean,
  contextWords: ReadonlySet<string>,
  nameEndingAt: (j: number) => number,
): string | null {
  const after = k + len;
  if (after < units.length && /^ +$/.test(text.slice(units[after - 1].end, units[after].start)) && properNeighbor(units[after], startsName(after), contextWords)) {
    return text.slice(units[k].start, units[after].end);
  }
  const before = k - 1;
  if (before < sentenceStart || before < 0 || !/^ +$/.test(text.slice(units[before].end, units[k].start))) return null;
  const nameStart = nameEndingAt(before);
  if (nameStart !== -1 && isCapitalizedWord(units[before].text) && isCapitalizedWord(units[k].text)) {
    for (let j = nameStart; j <= before; j++) if (contextWords.has(units[j].folded)) return null;
    return text.slice(units[nameStart].start, units[after - 1].end);
  }
  if (before > sentenceStart && properNeighbor(units[before], startsName(before), contextWords)) {
    // The word before must itself follow a plain space inside the sentence (not a list item or a label start).
    const gap = text.slice(units[before - 1].end, units[before].start);
    if (/^ +$/.test(gap)) return text.slice(units[before].start, units[after - 1].end);
  }
  return null;
}

/** Parts of a hyphenated word that leave the name in it standing ("Go-based", "non-Spring", "Fiber-powered"). */
const COMPOUND_AFFIXES: ReadonlySet<string> = new Set([
  "based", "driven", "powered", "native", "compatible", "enabled", "first", "centric", "backed", "heavy", "specific", "only", "like",
  "style", "friendly", "ready", "certified", "focused", "oriented", "aware", "agnostic", "free", "level", "side", "scale", "wide",
  "related", "non", "pre", "post", "multi", "cross", "anti", "self", "semi", "sub", "co", "re", "full", "heavy", "intensive",
]);

/**
 * The hyphenated word a name needing context sits inside, when that word is
 * the name of something else: a library of another ecosystem
 * ("react-three-fiber" is not the Go framework Fiber, "Laravel-Echo" not the
 * Go framework Echo). A compound whose other parts are affixes ("Go-based")
 * or the name's own context terms ("gin-gonic") keeps the name. Null when the
 * name is not inside such a word.
 */
export function hyphenCompound(text: string, units: readonly MatchUnit[], k: number, len: number, contextWords: ReadonlySet<string>): string | null {
  let s = k;
  let e = k + len - 1;
  while (s > 0 && text.slice(units[s - 1].end, units[s].start) === "-") s--;
  while (e + 1 < units.length && text.slice(units[e].end, units[e + 1].start) === "-") e++;
  for (let j = s; j <= e; j++) {
    if (j >= k && j < k + len) continue;
    const f = units[j].folded;
    if (!COMPOUND_AFFIXES.has(f) && !contextWords.has(f) && !/^\d+$/.test(f)) return text.slice(units[s].start, units[e].end);
  }
  return null;
}
