import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { formatProblem } from "../../src/keywords/problems.js";
import { VocabularyFileSchema, type VocabularyFile } from "../../src/keywords/schema.js";
import { loadVocabulary, withVocabulary } from "../../src/keywords/vocabulary.js";
import { checkVocabulary } from "../../src/keywords/vocabulary-check.js";
import { createMatcher } from "../../src/match/matcher.js";
import { buildVocabulary, commonWordTest, nameFromSlug, serialize, squash } from "../../scripts/build-vocabulary.js";

const ROOT = join(import.meta.dirname, "..", "..");
const raw = readFileSync(join(ROOT, "keywords", "vocabulary.json"), "utf8");
const file = JSON.parse(raw) as VocabularyFile;

describe("keywords/vocabulary.json", () => {
  it("passes its zod schema and names its JSON Schema", () => {
    expect(VocabularyFileSchema.safeParse(file).success).toBe(true);
    expect(file.$schema).toBe("./schema/vocabulary.schema.json");
    expect(JSON.parse(readFileSync(join(ROOT, "keywords", "schema", "vocabulary.schema.json"), "utf8")).title).toContain("vocabulary");
  });

  it("records for every name a listed source and that source's license", () => {
    const license = new Map(file.sources.map((s) => [s.id, s.license] as const));
    expect([...license.values()].every((l) => l === "MIT" || l === "CC0-1.0" || l === "ISC")).toBe(true);
    for (const n of file.names) {
      expect(license.get(n.source), n.id).toBe(n.license);
      for (const s of n.alsoIn ?? []) expect(license.has(s), `${n.id} alsoIn ${s}`).toBe(true);
    }
  });

  // The vocabulary holds what the curated catalog (about 2,600 skills) does not: as curation grows it shrinks
  // (catalog 1.7.0 took over about 740 of its names), so the bounds are set below today's counts.
  it("holds more than a thousand names beyond the catalog, every source contributing, with common words marked", () => {
    expect(file.names.length).toBeGreaterThan(1100);
    const first = new Map<string, number>();
    const listed = new Map<string, number>();
    for (const n of file.names) {
      first.set(n.source, (first.get(n.source) ?? 0) + 1);
      for (const s of [n.source, ...(n.alsoIn ?? [])]) listed.set(s, (listed.get(s) ?? 0) + 1);
    }
    for (const s of ["linguist", "devicon", "cspell-software-tools", "simple-icons"]) expect(first.get(s) ?? 0, s).toBeGreaterThan(90);
    for (const s of ["prism", "ci-info"]) expect(first.get(s) ?? 0, s).toBeGreaterThan(20);
    const iconSets = ["skill-icons", "devicon-icons", "vscode-icons", "material-icon-theme", "catppuccin-icons", "file-icons"];
    expect(iconSets.reduce((sum, s) => sum + (first.get(s) ?? 0), 0)).toBeGreaterThan(100);
    for (const s of file.sources) expect(listed.get(s.id) ?? 0, s.id).toBeGreaterThan(20);
    const common = file.names.filter((n) => n.common).length;
    expect(common).toBeGreaterThan(250);
    expect(common).toBeLessThan(file.names.length / 2);
  });

  it("takes no name on the word of a logo set alone: SVG Logos vouches for nothing", () => {
    expect(file.names.filter((n) => n.source === "svg-logos").map((n) => n.name)).toEqual([]);
    const names = new Set(file.names.map((n) => squash(n.name)));
    // Brands both logo sets list, and no technology source does.
    for (const brand of ["Airbnb", "American Express", "Visa", "Netflix", "Pinterest", "Kickstarter"]) expect(names.has(squash(brand)), brand).toBe(false);
  });

  it("is current with the curated catalog: no curated name, id or version mismatch", () => {
    expect(checkVocabulary(file, getBuiltinCatalog()).map(formatProblem)).toEqual([]);
  });

  it("leaves out social networks, companies and one tool's configuration files, and keeps real technologies", () => {
    const names = new Set(file.names.map((n) => squash(n.name)));
    for (const gone of ["LinkedIn", "Facebook", "Google", "Apple", "Stack Overflow", "Git Config", "Checksums", "Ignore List", "Gemfile.lock"]) {
      expect(names.has(squash(gone)), gone).toBe(false);
    }
    // Companies, sites and licenses an icon set lists beside the file types they name; words that name several technologies.
    for (const gone of ["Intel", "NVIDIA", "Discord", "Spotify", "Unlicense", "Flow", "Java stack trace", "JS Extras"]) expect(names.has(squash(gone)), gone).toBe(false);
    for (const kept of ["CrateDB", "Haxe", "JHipster", "Kedro", "Leptos"]) expect(names.has(squash(kept)), kept).toBe(true);
    // Vouched for by an icon set, written as simple-icons writes them; a Prism language; a CI service of ci-info.
    for (const kept of ["Codacy", "Dependabot", "Verdaccio", "Splunk SPL", "ChaiScript", "Agola CI", "Woodpecker"]) expect(names.has(squash(kept)), kept).toBe(true);
  });

  it("leaves out a name a source gives a longer curated name as alias: the same technology", () => {
    const names = new Set(file.names.map((n) => squash(n.name)));
    for (const gone of ["ZAP", "Travis", "Protocol Buffer"]) expect(names.has(squash(gone)), gone).toBe(false);
  });

  it("is what `npm run keywords:vocabulary` writes from the installed sources (re-run it when the catalog changes)", async () => {
    const { file: built } = await buildVocabulary();
    expect(serialize(built)).toBe(raw);
  }, 60_000);

  it("is loaded once, lazily, and compiled without the forms a curated skill has", async () => {
    const v = await loadVocabulary();
    expect(await loadVocabulary()).toBe(v);
    expect(v.names.length).toBe(file.names.length);
    const catalog = withVocabulary(getBuiltinCatalog(), v);
    expect(withVocabulary(getBuiltinCatalog(), v)).toBe(catalog);
    const compiled = createMatcher(catalog).compiled.vocabulary;
    expect(compiled?.byId.size).toBeGreaterThan(900);
    expect(compiled?.byId.has("cratedb")).toBe(true);
  });
});

describe("names from icon slugs (nameFromSlug)", () => {
  it("writes a slug's words with capitals, known words as written", () => {
    expect(nameFromSlug("apache-aurora", new Map())).toBe("Apache Aurora");
    expect(nameFromSlug("aws-amplify", new Map([["aws", "AWS"]]))).toBe("AWS Amplify");
    expect(nameFromSlug("kedro", new Map())).toBe("Kedro");
  });

  it("gives no name for a long slug of words run together, or one with other characters", () => {
    expect(nameFromSlug("angularmaterial", new Map())).toBeNull();
    expect(nameFromSlug("c++", new Map())).toBeNull();
  });
});

describe("precision guard (commonWordTest)", () => {
  const isCommon = commonWordTest(new Set(["unity", "sphinx", "team", "burp", "suite", "processing", "pure", "data"]), new Set(["julia"]));

  it("marks English words, inflected forms, people's names and names of two characters", () => {
    for (const w of ["Unity", "Sphinx", "Teams", "Julia", "Io", "Processing"]) expect(isCommon(w), w).toBe(true);
  });

  it("marks a multi-word name made only of English words, not one with a proper name in it", () => {
    expect(isCommon("Burp Suite")).toBe(true);
    expect(isCommon("Pure Data")).toBe(true);
    expect(isCommon("Aerospike Data")).toBe(false);
  });

  it("leaves names that are no word alone, whatever their case or symbols", () => {
    for (const w of ["Aerospike", "Kubeflow", "Vue.js", "Unity3D", "ONNX"]) expect(isCommon(w), w).toBe(false);
  });
});
