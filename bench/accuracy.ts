/**
 * Accuracy bench: extract → segment → match over the synthetic corpus (and
 * `fixtures/truth/*.truth.json` when present), compared with the truth files.
 *
 * Run: `npx tsx bench/accuracy.ts [--json] [--verbose] [--real] [--holdout [dir]] [--catalog skills.json|skills-folder] [--no-vocabulary]`
 * (default: the dev corpus, then the real resumes of `../shared/corpus/dev/real/`, each with its own totals; `--real`: only those).
 * (`--holdout [dir]`: the resumes of `fixtures/holdout/`, or of `dir`, instead of the dev corpus).
 *
 * Per file and in total: skill precision / recall against `skills_present`
 * (truth names mapped to catalog ids through names and aliases,
 * case-insensitively; an unmappable truth name counts as a miss), hits on
 * `skills_absent_traps` (must be 0), section detection, e-mail / phone exact
 * accuracy, experience roles (title and employer exact, against the
 * `experience` truth of files that have one), and the worst files with their
 * false positives / negatives.
 * Implied skills count as found, and are not counted as false positives.
 *
 * Soft skills are measured apart, and each group says how in its header.
 * The report lists them apart too (`report.softSkills`; catalog category
 * "soft-skill": mentoring, communication, leadership...); role lists that
 * name one still score it. The headline precision / recall are over
 * technical skills only: a truth name that maps only to soft-skill ids and a
 * soft skill found are left out of them. The soft skills get their own
 * precision / recall where the truth labels them (the dev set's
 * convention); the real set's convention (`../shared/corpus/dev/real/README.md`)
 * leaves soft skills out, so there the bench only counts how many it found,
 * and never calls them false positives. A `--holdout` folder's convention is
 * read from its truth: it labels soft skills when any of its files names
 * one. Generic practice words (testing, monitoring, documentation,
 * networking, authorization...) are technical skills and are scored with
 * them.
 *
 * The generated vocabulary (`keywords/vocabulary.json`) is attached, as in
 * `analyzeResume`: a truth name that maps to a vocabulary name (its name or an
 * alias) counts like a catalog one, and a vocabulary name found is a true
 * positive when the truth names it, a false positive otherwise.
 * `--no-vocabulary` measures the curated catalog alone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { extractResume } from "../src/extract/index.js";
import type { Catalog } from "../src/keywords/catalog.js";
import { SkillSchema } from "../src/keywords/schema.js";
import { createMatcher } from "../src/match/index.js";
import { phraseKey, toUnits } from "../src/match/units.js";
import { lookupAt, unitKeys } from "../src/match/compile.js";
import { segment } from "../src/segment/index.js";
import { isQuantified } from "../src/hints/metrics.js";
import { WORK_SECTIONS } from "../src/work-sections.js";
import { jobAccuracy } from "../src/job/accuracy.js";
import { loadVocabulary, withVocabulary } from "../src/keywords/vocabulary.js";
import type { MatchResult, SegmentedResume } from "../src/types.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = resolve(ROOT, "..", "shared", "corpus", "dev");
const SYNTHETIC = join(CORPUS, "synthetic");
const TRUTH_DIR = join(ROOT, "fixtures", "truth");
const HOLDOUT_DIR = join(ROOT, "fixtures", "holdout");
/** Real public resumes with truth (../shared/corpus/dev/real): measured as their own group. */
const REAL_DIR = join(CORPUS, "real");

/** Fields of a truth file this bench reads. */
interface Truth {
  file: string;
  sections?: string[];
  skills_present?: string[];
  skills_absent_traps?: string[];
  email?: string | null;
  phone?: string | null;
  bullets_total?: number;
  bullets_quantified?: number;
  /** Work roles as printed, in order. */
  experience?: Array<{ title: string | null; employer: string | null }>;
}

/** How the experience entries of one file compare with its `experience` truth. */
interface RoleResult {
  truth: number;
  found: number;
  titleOk: number;
  employerOk: number;
  /** "title: 'x' ≠ 'y'" lines for the report. */
  misses: string[];
}

interface FileResult {
  file: string;
  tp: string[];
  fp: string[];
  /** False positives with the text that matched ("documentation ← 'runbook'"). */
  fpDetail: string[];
  fn: string[];
  unmapped: string[];
  traps: string[];
  sectionsExpected: string[];
  sectionsFound: string[];
  sectionHits: number;
  emailOk: boolean | null;
  phoneOk: boolean | null;
  /** Soft skills: truth names that map to soft-skill ids found / missed, and soft skills found that the truth does not name (ids). */
  soft: { tp: string[]; fn: string[]; fp: string[] };
  /** Achievement bullets (experience/projects/volunteer) found, and how many carry a metric; null when the truth has no count. */
  bullets: { truthTotal: number; truthQuantified: number; found: number; quantified: number } | null;
  roles: RoleResult | null;
  error?: string;
}

/** A catalog from a JSON file holding `{ skills: [...] }` (a skill file or a keyword bundle), or a folder of them. */
function catalogFromFile(file: string): Catalog {
  const files = statSync(file).isDirectory()
    ? readdirSync(file).filter((n) => n.endsWith(".json")).sort().map((n) => join(file, n))
    : [file];
  const rawSkills = files.flatMap((f) => (JSON.parse(readFileSync(f, "utf8")) as { skills?: unknown[] }).skills ?? []);
  const skills = rawSkills
    .flatMap((s) => {
      const r = SkillSchema.safeParse(s);
      if (!r.success) console.error(`skip invalid skill ${(s as { id?: string }).id ?? "?"}: ${r.error.issues[0]?.message ?? ""}`);
      return r.success ? [r.data] : [];
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: "file", skills, skillById: new Map(skills.map((s) => [s.id, s])), roles: [], roleById: new Map(), avoid: [], avoidById: new Map() };
}

async function loadCatalog(): Promise<Catalog> {
  const at = process.argv.indexOf("--catalog");
  let catalog: Catalog;
  if (at !== -1 && process.argv[at + 1]) catalog = catalogFromFile(process.argv[at + 1]);
  else {
    const path = join(ROOT, "src", "keywords", "load.ts");
    if (!existsSync(path)) throw new Error("src/keywords/load.ts is not there yet: the builtin catalog cannot be loaded.");
    const mod = (await import(pathToFileURL(path).href)) as { getBuiltinCatalog: () => Catalog | Promise<Catalog> };
    catalog = await mod.getBuiltinCatalog();
  }
  return process.argv.includes("--no-vocabulary") ? catalog : withVocabulary(catalog, await loadVocabulary());
}

/** The groups to measure: `--holdout [dir]` alone, `--real` alone, else the dev corpus and the real set, each with its own totals. */
interface Group {
  name: string;
  files: Array<{ truthPath: string; docPath: string }>;
  /**
   * The truth labels soft skills (the dev set's convention); the real set's
   * convention leaves them out. Undefined for a held-out folder: read from
   * its truth (it labels them when any of its files names one).
   */
  softSkillsLabelled?: boolean;
}

function groups(): Group[] {
  if (process.argv.includes("--holdout")) return [{ name: "held-out", files: truthFiles() }];
  const real = { name: "real (../shared/corpus/dev/real)", files: realFiles(), softSkillsLabelled: false };
  if (process.argv.includes("--real")) return [real];
  return [{ name: "dev (synthetic + fixtures/truth)", files: truthFiles(), softSkillsLabelled: true }, real];
}

function realFiles(): Array<{ truthPath: string; docPath: string }> {
  if (!existsSync(REAL_DIR)) return [];
  return readdirSync(REAL_DIR)
    .filter((n) => n.endsWith(".truth.json"))
    .sort()
    .map((n) => ({ truthPath: join(REAL_DIR, n), docPath: join(REAL_DIR, n.slice(0, -".truth.json".length)) }))
    .filter((f) => existsSync(f.docPath));
}

function truthFiles(): Array<{ truthPath: string; docPath: string }> {
  const out: Array<{ truthPath: string; docPath: string }> = [];
  const add = (dir: string, resolveDoc: (t: Truth, truthPath: string) => string | null) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".truth.json")).sort()) {
      const truthPath = join(dir, name);
      const t = JSON.parse(readFileSync(truthPath, "utf8")) as Truth;
      const doc = resolveDoc(t, truthPath);
      if (doc) out.push({ truthPath, docPath: doc });
      else console.error(`skip ${truthPath}: corpus file '${t.file}' not found`);
    }
  };
  const h = process.argv.indexOf("--holdout");
  if (h >= 0) {
    // A held-out set: resumes written and labelled after the rules were tuned (documents beside their truth).
    const next = process.argv[h + 1];
    const dir = next && !next.startsWith("--") ? resolve(next) : HOLDOUT_DIR;
    add(dir, (t) => (existsSync(join(dir, t.file)) ? join(dir, t.file) : null));
    return out;
  }
  add(SYNTHETIC, (t) => join(SYNTHETIC, t.file));
  add(TRUTH_DIR, (t) => {
    const candidates = [resolve(TRUTH_DIR, t.file), resolve(ROOT, t.file), join(ROOT, "fixtures", t.file), join(CORPUS, t.file)];
    return candidates.find((c) => existsSync(c)) ?? null;
  });
  return out;
}

/** Catalog ids of a truth skill name, or undefined when the catalog does not have it. */
type NameIndex = (name: string) => Set<string> | undefined;

/**
 * Map a truth skill name to catalog ids via names, aliases, acronyms and full
 * names (case-insensitive, hyphen = space), and via the spellings the
 * compiler generates from them ("REST APIs" from "REST API", "NodeJS" from
 * "Node.js"): a truth name written as a generated spelling is in the catalog.
 */
function nameIndex(catalog: Catalog): NameIndex {
  const idx = new Map<string, Set<string>>();
  const put = (text: string, id: string) => {
    const k = phraseKey(text).join(" ");
    if (!k) return;
    const set = idx.get(k) ?? new Set<string>();
    set.add(id);
    idx.set(k, set);
  };
  for (const s of catalog.skills) {
    put(s.name, s.id);
    put(s.id.replace(/-/g, " "), s.id);
    if (s.acronym) put(s.acronym, s.id);
    if (s.fullName) put(s.fullName, s.id);
    for (const a of s.aliases ?? []) put(typeof a === "string" ? a : a.text, s.id);
  }
  // Vocabulary names a truth name can map to: those the matcher compiled (a curated skill wins over the same text).
  const compiled = createMatcher(catalog).compiled;
  for (const n of compiled.vocabulary?.byId.values() ?? []) {
    put(n.name, n.id);
    for (const a of n.aliases ?? []) put(typeof a === "string" ? a : a.text, n.id);
  }
  // Then the matcher's own spellings of a curated name ("unit tests", "Node JS").
  return (name: string) => {
    const direct = idx.get(phraseKey(name).join(" "));
    if (direct) return direct;
    const units = toUnits(name);
    if (units.length === 0) return undefined;
    const hit = lookupAt(compiled, unitKeys(units), 0).find((h) => h.length === units.length);
    return hit ? new Set(hit.values.map((e) => e.skillId)) : undefined;
  };
}

function digits(s: string | null | undefined): string {
  return (s ?? "").replace(/\D/g, "");
}

async function runFile(catalog: Catalog, index: NameIndex, truthPath: string, docPath: string): Promise<{ r: FileResult; match?: MatchResult; seg?: SegmentedResume }> {
  const truth = JSON.parse(readFileSync(truthPath, "utf8")) as Truth;
  const label = docPath.startsWith(SYNTHETIC)
    ? docPath.slice(SYNTHETIC.length + 1)
    : docPath.startsWith(REAL_DIR)
    ? `real/${docPath.slice(REAL_DIR.length + 1)}`
    : docPath.replace(ROOT + "/", "").replace(join(CORPUS, "offlinecv") + "/", "").replace(/^google-docs\/google-docs-/, "gd-");
  const base: FileResult = {
    file: label,
    tp: [],
    fp: [],
    fpDetail: [],
    fn: [],
    unmapped: [],
    traps: [],
    sectionsExpected: truth.sections ?? [],
    sectionsFound: [],
    sectionHits: 0,
    emailOk: null,
    phoneOk: null,
    soft: { tp: [], fn: [], fp: [] },
    bullets: null,
    roles: null,
  };
  let seg: SegmentedResume;
  let match: MatchResult;
  try {
    // Accuracy must not depend on how busy the machine is: a generous extraction budget.
    const doc = await extractResume(docPath, { timeoutMs: 120_000 });
    seg = segment(doc);
    match = createMatcher(catalog).match(seg, { now: 2026 });
  } catch (e) {
    return { r: { ...base, error: e instanceof Error ? e.message : String(e), fn: [...(truth.skills_present ?? [])] } };
  }
  const found = new Set(match.skills.map((s) => s.id));
  const isSoft = (id: string) => catalog.skillById.get(id)?.category === "soft-skill";
  const expectedIds = new Set<string>();
  for (const name of truth.skills_present ?? []) {
    const ids = index(name);
    if (!ids || ids.size === 0) {
      base.unmapped.push(name);
      base.fn.push(name);
      continue;
    }
    const hit = [...ids].find((id) => found.has(id));
    if ([...ids].every(isSoft)) {
      // A soft skill: measured apart (see the header).
      (hit ? base.soft.tp : base.soft.fn).push(name);
      for (const id of ids) expectedIds.add(id);
      continue;
    }
    if (hit) {
      base.tp.push(name);
      expectedIds.add(hit);
    } else {
      base.fn.push(name);
      for (const id of ids) expectedIds.add(id);
    }
  }
  // Implied skills count for recall but are never false positives: they are derived, not read.
  const direct = new Set(match.skills.filter((s) => !s.implied).map((s) => s.id));
  for (const id of [...direct].sort()) {
    if (expectedIds.has(id)) continue;
    if (isSoft(id)) {
      base.soft.fp.push(id);
      continue;
    }
    base.fp.push(id);
    const occ = match.skills.find((s) => s.id === id)?.occurrences ?? [];
    base.fpDetail.push(`${id} ← ${[...new Set(occ.map((o) => `'${o.matched}'`))].slice(0, 3).join(" ")}`);
  }
  // A trap is a word of the text read as a skill: an implied skill is read from no word (as for false positives above).
  for (const name of truth.skills_absent_traps ?? []) {
    const ids = index(name);
    if (ids && [...ids].some((id) => direct.has(id))) base.traps.push(name);
  }
  // A combined heading ("Skills and Awards") counts for each kind it names.
  const kinds = new Set<string>(seg.sections.flatMap((s) => [s.kind, ...(s.alsoKinds ?? [])]));
  base.sectionsFound = [...kinds].filter((k) => k !== "header").sort();
  base.sectionHits = base.sectionsExpected.filter((k) => kinds.has(k)).length;
  if (truth.email !== undefined) base.emailOk = (seg.contact.email ?? "").toLowerCase() === (truth.email ?? "").toLowerCase();
  if (typeof truth.bullets_quantified === "number") {
    const work = seg.bullets.filter((b) => WORK_SECTIONS.has(b.section));
    base.bullets = {
      truthTotal: truth.bullets_total ?? 0,
      truthQuantified: truth.bullets_quantified,
      found: work.length,
      quantified: work.filter((b) => isQuantified(b.text)).length,
    };
  }
  if (truth.experience) base.roles = compareRoles(truth.experience, seg.experience.entries.filter((e) => e.section === "experience" || e.section === "volunteer"));
  if (truth.phone !== undefined) base.phoneOk = digits(seg.contact.phone) === digits(truth.phone) && (truth.phone === null) === (seg.contact.phone === null);
  return { r: base, match, seg };
}

/** A title or employer compared as printed: case, spacing, dash variants and end punctuation aside. */
function roleKey(s: string | null | undefined): string {
  return (s ?? "").normalize("NFKC").toLowerCase().replace(/[\u00AD\u2010-\u2015]/gu, "-").replace(/\s+/gu, " ").replace(/^[\s.,;:|·–-]+|[\s.,;:|·–-]+$/gu, "");
}

/**
 * Pairs each truth role with a found entry (same title and employer, else same
 * title, else same employer, else the next unpaired entry in order) and counts
 * exact titles and employers over the truth roles.
 */
function compareRoles(truth: Array<{ title: string | null; employer: string | null }>, found: ReadonlyArray<{ title: string | null; organization: string | null }>): RoleResult {
  const used = new Set<number>();
  const r: RoleResult = { truth: truth.length, found: found.length, titleOk: 0, employerOk: 0, misses: [] };
  let next = 0;
  for (const t of truth) {
    const free = found.map((_, k) => k).filter((k) => !used.has(k));
    const same = (k: number, f: "title" | "organization", v: string | null): boolean => roleKey(found[k]?.[f]) === roleKey(v);
    const k =
      free.find((k) => same(k, "title", t.title) && same(k, "organization", t.employer)) ??
      free.find((k) => same(k, "title", t.title)) ??
      free.find((k) => same(k, "organization", t.employer) && t.employer !== null) ??
      free.find((k) => k >= next);
    if (k === undefined) {
      r.misses.push(`no entry for '${t.title}' / '${t.employer}'`);
      continue;
    }
    used.add(k);
    next = k + 1;
    const e = found[k] as { title: string | null; organization: string | null };
    if (roleKey(e.title) === roleKey(t.title)) r.titleOk++;
    else r.misses.push(`title '${e.title}' ≠ '${t.title}'`);
    if (roleKey(e.organization) === roleKey(t.employer)) r.employerOk++;
    else r.misses.push(`employer '${e.organization}' ≠ '${t.employer}'`);
  }
  return r;
}

function pct(n: number, d: number): string {
  return d === 0 ? "  n/a" : (n / d).toFixed(3);
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const catalog = await loadCatalog();
  const index = nameIndex(catalog);
  const out: Record<string, unknown> = {};
  for (const group of groups()) {
    const inferred = group.softSkillsLabelled === undefined ? softSkillFiles(catalog, index, group) : null;
    const g: Group = inferred === null ? group : { ...group, softSkillsLabelled: inferred > 0 };
    if (!json) {
      console.log(`\n## ${g.name}: ${g.files.length} files`);
      const basis = inferred === null ? "" : ` (read from the truth: ${inferred} of ${g.files.length} files name a soft skill)`;
      console.log(
        g.softSkillsLabelled
          ? `Skill P/R are over technical skills; soft skills (mentoring, communication...) are scored apart below, against this set's soft-skill labels${basis}.\n`
          : `Skill P/R are over technical skills; this set's truth leaves soft skills out${basis}, so soft skills found are only counted below, never scored as right or wrong.\n`,
      );
    }
    out[g.name] = await runGroup(catalog, index, g, json);
  }
  if (json) console.log(JSON.stringify(out, null, 2));
}

/** How many truth files of a group name a soft skill (a name that maps only to soft-skill ids). */
function softSkillFiles(catalog: Catalog, index: NameIndex, group: Group): number {
  const isSoft = (id: string) => catalog.skillById.get(id)?.category === "soft-skill";
  let n = 0;
  for (const f of group.files) {
    const truth = JSON.parse(readFileSync(f.truthPath, "utf8")) as Truth;
    const names = truth.skills_present ?? [];
    if (names.some((name) => [...(index(name) ?? [])].some(isSoft) && [...(index(name) ?? [])].every(isSoft))) n++;
  }
  return n;
}

async function runGroup(catalog: Catalog, index: NameIndex, group: Group, json: boolean): Promise<unknown> {
  const files = group.files;
  const verbose = process.argv.includes("--verbose");
  const results: FileResult[] = [];
  for (const { truthPath, docPath } of files) {
    const { r, match } = await runFile(catalog, index, truthPath, docPath);
    results.push(r);
    if (verbose && match) {
      console.log(`\n# ${r.file}`);
      for (const s of match.skills) console.log(`  ${s.implied ? "~" : "+"} ${s.id} [${s.evidence}${s.hedged ? ", hedged" : ""}] ${s.occurrences.map((o) => `${o.line}:'${o.matched}'`).join(" ")}`);
      for (const i of match.ignored) console.log(`  - ${i.skillId}: ${i.reason}`);
    }
  }
  let unmapped = 0;
  for (const r of results) unmapped += r.unmapped.length;
  let tp = 0, fp = 0, fn = 0, traps = 0, secHit = 0, secTot = 0, secFound = 0, emailOk = 0, emailTot = 0, phoneOk = 0, phoneTot = 0;
  for (const r of results) {
    tp += r.tp.length;
    fp += r.fp.length;
    fn += r.fn.length;
    traps += r.traps.length;
    secHit += r.sectionHits;
    secTot += r.sectionsExpected.length;
    secFound += scoredSectionsFound(r).length;
    if (r.emailOk !== null) { emailTot++; if (r.emailOk) emailOk++; }
    if (r.phoneOk !== null) { phoneTot++; if (r.phoneOk) phoneOk++; }
  }
  // Quantified bullets against per-file counts: over-counting is a false positive, under-counting a miss.
  let qTp = 0, qFp = 0, qFn = 0, bulletFiles = 0, bulletCountOk = 0, qAbs = 0, qTruth = 0;
  for (const r of results) {
    if (!r.bullets) continue;
    bulletFiles++;
    if (r.bullets.found === r.bullets.truthTotal) bulletCountOk++;
    qTp += Math.min(r.bullets.quantified, r.bullets.truthQuantified);
    qFp += Math.max(0, r.bullets.quantified - r.bullets.truthQuantified);
    qFn += Math.max(0, r.bullets.truthQuantified - r.bullets.quantified);
    qAbs += Math.abs(r.bullets.quantified - r.bullets.truthQuantified);
    qTruth += r.bullets.truthQuantified;
  }
  const qP = qTp + qFp === 0 ? 1 : qTp / (qTp + qFp);
  const qR = qTp + qFn === 0 ? 1 : qTp / (qTp + qFn);
  // Per bullet, on the hand-labelled bullets of fixtures/hints/quantified-bullets.json.
  const labelled = JSON.parse(readFileSync(join(ROOT, "fixtures", "hints", "quantified-bullets.json"), "utf8")) as Array<{ text: string; quantified: boolean }>;
  let lTp = 0, lFp = 0, lFn = 0;
  for (const b of labelled) {
    const got = isQuantified(b.text);
    if (got && b.quantified) lTp++;
    else if (got) lFp++;
    else if (b.quantified) lFn++;
  }
  let roleTruth = 0, roleFound = 0, titleOk = 0, employerOk = 0;
  for (const r of results) {
    if (!r.roles) continue;
    roleTruth += r.roles.truth;
    roleFound += r.roles.found;
    titleOk += r.roles.titleOk;
    employerOk += r.roles.employerOk;
  }
  const job = jobAccuracy();
  let sTp = 0, sFn = 0, sFp = 0;
  for (const r of results) {
    sTp += r.soft.tp.length;
    sFn += r.soft.fn.length;
    sFp += r.soft.fp.length;
  }
  const softSkills = group.softSkillsLabelled
    ? { labelled: true, precision: sTp + sFp === 0 ? 0 : sTp / (sTp + sFp), recall: sTp + sFn === 0 ? 0 : sTp / (sTp + sFn), truthNames: sTp + sFn, found: sTp + sFp }
    : { labelled: false, found: sFp };
  const total = {
    files: results.length,
    quantifiedF1ByCount: qTp === 0 ? 0 : (2 * qP * qR) / (qP + qR),
    /** Σ |quantified bullets found − truth| / Σ truth quantified bullets, over files with a truth count. */
    quantifiedCountError: qTruth === 0 ? 0 : qAbs / qTruth,
    quantifiedF1PerBullet: lTp === 0 ? 0 : (2 * lTp) / (2 * lTp + lFp + lFn),
    labelledBullets: labelled.length,
    bulletCountExact: `${bulletCountOk}/${bulletFiles}`,
    jobRequiredPrecision: job.precision,
    jobRequiredRecall: job.recall,
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    /** Recall over truth names the catalog knows: the matcher's share, without catalog coverage. */
    recallInCatalog: tp + fn - unmapped === 0 ? 0 : tp / (tp + fn - unmapped),
    unmappedTruthNames: unmapped,
    trapHits: traps,
    /** Soft skills, measured apart from the technical figures above (see the header). */
    softSkills,
    sectionAccuracy: secTot === 0 ? 0 : secHit / secTot,
    /** Share of the section kinds found (other and contact aside, which truth files do not list) that the truth lists. */
    sectionPrecision: secFound === 0 ? 0 : secHit / secFound,
    emailAccuracy: emailTot === 0 ? 0 : emailOk / emailTot,
    phoneAccuracy: phoneTot === 0 ? 0 : phoneOk / phoneTot,
    /** Experience roles of files with `experience` truth: truth roles, entries found, titles and employers exact. */
    roles: { truth: roleTruth, found: roleFound, titlesExact: roleTruth === 0 ? 0 : titleOk / roleTruth, employersExact: roleTruth === 0 ? 0 : employerOk / roleTruth },
  };
  if (json) return { total, files: results };
  console.log("file                                   P      R      traps  sections  email phone  quantified(found/truth)");
  for (const r of results) {
    const p = pct(r.tp.length, r.tp.length + r.fp.length);
    const rc = pct(r.tp.length, r.tp.length + r.fn.length);
    console.log(
      `${r.file.padEnd(38)} ${p}  ${rc}  ${String(r.traps.length).padStart(5)}  ${`${r.sectionHits}/${r.sectionsExpected.length}`.padStart(8)}  ${r.emailOk === null ? "  -  " : r.emailOk ? " ok  " : "MISS "} ${r.phoneOk === null ? "  -" : r.phoneOk ? " ok" : "MISS"}  ${r.bullets ? `${r.bullets.quantified}/${r.bullets.truthQuantified} of ${r.bullets.found}/${r.bullets.truthTotal}` : "-"}${r.error ? `  ERROR: ${r.error}` : ""}`,
    );
  }
  console.log(
    `\nTOTAL ${total.files} files: precision ${total.precision.toFixed(3)} (target ≥ 0.97), recall ${total.recall.toFixed(3)} (target ≥ 0.93; ${total.recallInCatalog.toFixed(3)} over the ${tp + fn - unmapped} truth names in the catalog, ${unmapped} not in it), trap hits ${traps} (target 0), sections ${total.sectionAccuracy.toFixed(3)} (precision ${total.sectionPrecision.toFixed(3)}), email ${total.emailAccuracy.toFixed(3)}, phone ${total.phoneAccuracy.toFixed(3)}`,
  );
  console.log(
    `Quantified bullets: F1 ${total.quantifiedF1ByCount.toFixed(3)} against per-file truth counts (target ≥ 0.95), count error ${total.quantifiedCountError.toFixed(3)} (Σ|found − truth| / Σ truth), F1 ${total.quantifiedF1PerBullet.toFixed(3)} per bullet on ${total.labelledBullets} hand-labelled bullets; achievement-bullet count exact in ${total.bulletCountExact} files`,
  );
  console.log(
    softSkills.labelled
      ? `Soft skills (reported apart, not in the figures above): precision ${(softSkills.precision ?? 0).toFixed(3)}, recall ${(softSkills.recall ?? 0).toFixed(3)} over ${softSkills.truthNames} labelled names`
      : `Soft skills (reported apart, not in the figures above): ${softSkills.found} found; this set's truth does not label soft skills`,
  );
  if (roleTruth > 0) {
    console.log(
      `Experience roles: titles exact ${total.roles.titlesExact.toFixed(3)} (${titleOk}/${roleTruth}), employers exact ${total.roles.employersExact.toFixed(3)} (${employerOk}/${roleTruth}), ${roleFound} entries found for ${roleTruth} truth roles (target ≥ 0.95 each)`,
    );
    for (const r of results) if (r.roles && r.roles.misses.length > 0) console.log(`  ${r.file}: ${r.roles.found}/${r.roles.truth} roles; ${r.roles.misses.join("; ")}`);
  }
  console.log(`Job postings (fixtures/jobs): required-skill precision ${job.precision.toFixed(3)}, recall ${job.recall.toFixed(3)} over ${job.perFile.length} postings`);
  const worst = [...results]
    .filter((r) => r.fp.length + r.fn.length + r.traps.length > 0)
    .sort((a, b) => b.fp.length + b.fn.length + 3 * b.traps.length - (a.fp.length + a.fn.length + 3 * a.traps.length) || (a.file < b.file ? -1 : 1))
    .slice(0, verbose ? results.length : 8);
  if (worst.length > 0) console.log("\nWorst files:");
  for (const r of worst) {
    console.log(`  ${r.file}`);
    if (r.fp.length) console.log(`    false positives: ${r.fpDetail.join(", ")}`);
    if (group.softSkillsLabelled && (r.soft.fp.length || r.soft.fn.length)) console.log(`    soft skills: ${r.soft.fp.length ? `found, not in truth: ${r.soft.fp.join(", ")}` : ""}${r.soft.fp.length && r.soft.fn.length ? "; " : ""}${r.soft.fn.length ? `missed: ${r.soft.fn.join(", ")}` : ""}`);
    const missed = r.fn.filter((n) => !r.unmapped.includes(n));
    if (missed.length) console.log(`    false negatives (in catalog): ${missed.join(", ")}`);
    if (r.unmapped.length) console.log(`    false negatives (not in catalog): ${r.unmapped.join(", ")}`);
    if (r.traps.length) console.log(`    TRAP hits: ${r.traps.join(", ")}`);
    const missingSec = r.sectionsExpected.filter((k) => !r.sectionsFound.includes(k));
    if (missingSec.length) console.log(`    sections missed: ${missingSec.join(", ")} (found: ${r.sectionsFound.join(", ")})`);
    const extraSec = scoredSectionsFound(r).filter((k) => !r.sectionsExpected.includes(k));
    if (extraSec.length) console.log(`    sections not in truth: ${extraSec.join(", ")}`);
  }
  return total;
}

/** Section kinds found that section precision counts: truth files list neither contact blocks nor "other" sections. */
function scoredSectionsFound(r: FileResult): string[] {
  return r.sectionsFound.filter((k) => k !== "other" && k !== "contact");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
