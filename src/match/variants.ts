/**
 * Spelling variants of a catalog alias, generated when the catalog is
 * compiled so that alias lists hold one spelling of each name:
 *
 * - **dotted**: a name with an inner dot is also written spaced, with the
 *   dot leading the second part, or joined: "Node.js" → "Node JS",
 *   "Node .js", "NodeJS"; "ASP.NET" → "ASP NET", "ASP .Net", "ASPNET".
 *   Only parts that hold letters ("Python 3.10" is a version, not a name).
 * - **joined**: a two-word name is also written as one word: "Spring Boot"
 *   → "SpringBoot", "CI/CD" → "CICD", "on-call" → "oncall". Hyphen and
 *   space need no variant: the matcher splits units at "-" already.
 * - **camel**: a name written in camel case is also written as separate
 *   capitalized words: "TypeScript" → "Type Script", "PostgreSQL" →
 *   "Postgre SQL", "GitHub Actions" → "Git Hub Actions". Each part has at
 *   least two letters and the first at least three ("MySQL" and "NoSQL"
 *   are not split: "My SQL", "No SQL" are prose), and every word of the
 *   match must start with a capital ("fast API" in prose is not FastAPI).
 *
 * The number of variants is bounded: at most {@link MAX_VARIANTS_PER_ALIAS}
 * per alias (one dotted unit gives three, plus one joined and one camel
 * form), so the compiled catalog grows linearly with the aliases.
 */
import type { MatchUnit } from "./units.js";

/** One generated spelling: its unit keys (folded), the case as written, and its rules. */
export interface SpellingVariant {
  kind: "dotted" | "joined" | "camel";
  /** Folded unit keys. */
  keys: string[];
  /** The units as they would be written (for case-sensitive aliases). */
  caseUnits: string[];
  /** Every matched unit must start with a capital letter (or digit). */
  capitalized: boolean;
  /** For each unit, whether the alias has a phrase breaker after it. */
  gapBreaks: boolean[];
}

/** Most variants one alias can produce. */
export const MAX_VARIANTS_PER_ALIAS = 5;

const LETTER = /[A-Za-z]/;

function isLower(c: string): boolean {
  return c >= "a" && c <= "z";
}

function isUpper(c: string): boolean {
  return c >= "A" && c <= "Z";
}

/** The dot-separated parts of a unit ("Node.js" → ["Node", "js"]), or null when it has no inner dot or a part has no letter. */
function dottedParts(text: string): string[] | null {
  if (text.startsWith(".") || !text.includes(".")) return null;
  const parts = text.split(".");
  if (parts.length > 3 || parts.some((p) => p.length === 0 || !LETTER.test(p))) return null;
  return parts;
}

/** Camel-case parts of a word ("TypeScript" → ["Type", "Script"], "SQLAlchemy" → ["SQL", "Alchemy"]), or null. */
export function camelParts(text: string): string[] | null {
  if (!/^[A-Za-z]+$/.test(text)) return null;
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    const prev = text.charAt(i - 1);
    const cur = text.charAt(i);
    const next = text.charAt(i + 1);
    if ((isLower(prev) && isUpper(cur)) || (isUpper(prev) && isUpper(cur) && next !== "" && isLower(next))) {
      parts.push(text.slice(from, i));
      from = i;
    }
  }
  parts.push(text.slice(from));
  if (parts.length < 2 || parts.some((p) => p.length < 2) || parts[0].length < 3) return null;
  return parts;
}

/** Replace unit `at` by `parts` in the gap-breaker list (no breaker between the parts). */
function splitBreaks(gapBreaks: readonly boolean[], at: number, parts: number): boolean[] {
  return [...gapBreaks.slice(0, at), ...new Array<boolean>(parts - 1).fill(false), ...gapBreaks.slice(at)];
}

/**
 * The generated spellings of an alias (not including the alias as written).
 * `units` are the alias's match units, `text` the alias as written.
 */
export function spellingVariants(text: string, units: readonly MatchUnit[], gapBreaks: readonly boolean[]): SpellingVariant[] {
  const out: SpellingVariant[] = [];
  const texts = units.map((u) => u.text);
  const folded = units.map((u) => u.folded);

  // Dotted: the first unit with an inner dot.
  const d = units.findIndex((u) => dottedParts(u.text) !== null);
  if (d !== -1) {
    const parts = dottedParts(units[d].text) as string[];
    const lower = parts.map((p) => p.toLowerCase());
    const around = (mid: string[], midCase: string[], n: number) => ({
      keys: [...folded.slice(0, d), ...mid, ...folded.slice(d + 1)],
      caseUnits: [...texts.slice(0, d), ...midCase, ...texts.slice(d + 1)],
      gapBreaks: splitBreaks(gapBreaks, d, n),
    });
    out.push({ kind: "dotted", capitalized: false, ...around(lower, parts, parts.length) });
    if (parts.length === 2) out.push({ kind: "dotted", capitalized: false, ...around([lower[0], "." + lower[1]], [parts[0], "." + parts[1]], 2) });
    out.push({ kind: "dotted", capitalized: false, ...around([lower.join("")], [parts.join("")], 1) });
  }

  // Joined: a two-unit name of plain words, written with a space, "-" or "/" between them.
  if (units.length === 2 && units.every((u) => /^[a-z0-9]+$/.test(u.folded))) {
    const gap = text.slice(units[0].end, units[1].start);
    const joined = folded[0] + folded[1];
    if (/^(?:\s+|-|\/)$/.test(gap) && joined.length >= 4) {
      out.push({ kind: "joined", keys: [joined], caseUnits: [texts[0] + texts[1]], capitalized: false, gapBreaks: [false] });
    }
  }

  // Camel: every camel-case unit split into capitalized words.
  let keys: string[] = [];
  let caseUnits: string[] = [];
  let breaks: boolean[] = [];
  let split = false;
  units.forEach((u, i) => {
    const parts = camelParts(u.text);
    const list = parts ?? [u.text];
    if (parts) split = true;
    keys = keys.concat(list.map((p) => p.toLowerCase()));
    caseUnits = caseUnits.concat(list);
    breaks = breaks.concat(new Array<boolean>(list.length - 1).fill(false), [gapBreaks[i] ?? false]);
  });
  if (split) out.push({ kind: "camel", keys, caseUnits, capitalized: true, gapBreaks: breaks });

  const seen = new Set<string>([folded.join(" ")]);
  return out.filter((v) => {
    const k = v.keys.join(" ");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
