/**
 * Catalog coverage of the hand-written truth files in fixtures/truth/ (real
 * layouts from the offlinecv corpus): every skill name and trap name maps to
 * exactly one catalog skill by name or alias, except the names the catalog
 * refuses on purpose (listed, with reasons, in keywords/AMBIGUITY.md under
 * "Not in the catalog").
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aliasForms } from "../../src/keywords/alias-key.js";
import { getBuiltinCatalog } from "../../src/keywords/load.js";

const TRUTH_DIR = join(import.meta.dirname, "..", "..", "fixtures", "truth");
const AMBIGUITY_MD = join(import.meta.dirname, "..", "..", "keywords", "AMBIGUITY.md");

/** Truth names the catalog leaves out on purpose. */
const REFUSED = ["Management", "Organization"];

const catalog = getBuiltinCatalog();
const index = new Map<string, Set<string>>();
for (const s of catalog.skills) {
  for (const form of aliasForms(s)) {
    const k = form.text.toLowerCase();
    const set = index.get(k) ?? new Set<string>();
    set.add(s.id);
    index.set(k, set);
  }
}

const present = new Set<string>();
const traps = new Set<string>();
for (const f of readdirSync(TRUTH_DIR).filter((f) => f.endsWith(".truth.json")).sort()) {
  const t = JSON.parse(readFileSync(join(TRUTH_DIR, f), "utf8")) as { skills_present?: string[]; skills_absent_traps?: string[] };
  for (const n of t.skills_present ?? []) present.add(n);
  for (const n of t.skills_absent_traps ?? []) traps.add(n);
}

describe("fixtures/truth names are in the catalog", () => {
  it("reads the truth files", () => {
    expect(present.size).toBeGreaterThan(150);
    expect(traps.size).toBeGreaterThan(5);
  });

  it.each([...present, ...traps].filter((n) => !REFUSED.includes(n)).sort())("%s maps to exactly one skill", (name) => {
    const hits = index.get(name.toLowerCase());
    expect(hits ? [...hits] : []).toHaveLength(1);
  });

  it("every refused name is still refused, and its reason is written down", () => {
    const md = readFileSync(AMBIGUITY_MD, "utf8");
    const section = md.slice(md.indexOf("## Not in the catalog"));
    expect(md).toContain("## Not in the catalog");
    for (const name of REFUSED) {
      expect(index.has(name.toLowerCase()), name).toBe(false);
      expect(section, name).toContain(`**${name}**`);
    }
  });
});

describe("implies of the skills added for the truth files", () => {
  it.each([
    ["react-query", "react"],
    ["react-testing-library", "react"],
    ["react-testing-library", "testing"],
    ["microsoft-excel", "microsoft-office"],
    ["microsoft-word", "microsoft-office"],
    ["microsoft-powerpoint", "microsoft-office"],
    ["filebeat", "elk-stack"],
    ["scikit-learn", "machine-learning"],
    ["machine-learning", "artificial-intelligence"],
    ["load-testing", "performance-testing"],
    ["performance-testing", "testing"],
    ["coaching", "mentoring"],
    ["android", "mobile-development"],
    ["ios", "mobile-development"],
    ["tailwind-css", "css"],
    ["tableau", "data-visualization"],
    ["atlantis", "terraform"],
    ["kuma", "service-mesh"],
  ])("%s implies %s", (from, to) => {
    expect(catalog.skillById.get(from)?.implies).toContain(to);
  });

  it("broad skills do not imply narrow ones", () => {
    expect(catalog.skillById.get("microsoft-office")?.implies ?? []).toEqual([]);
    expect(catalog.skillById.get("performance-testing")?.implies ?? []).not.toContain("load-testing");
    expect(catalog.skillById.get("artificial-intelligence")?.implies ?? []).not.toContain("machine-learning");
  });

  it("'coached' in a bullet is Mentoring, the listed skill 'Coaching' is Coaching", () => {
    const mentoring = aliasForms(catalog.skillById.get("mentoring")!).map((f) => f.text.toLowerCase());
    const coaching = aliasForms(catalog.skillById.get("coaching")!).map((f) => f.text.toLowerCase());
    expect(mentoring).toContain("coached");
    expect(mentoring).not.toContain("coaching");
    expect(coaching).toContain("coaching");
  });
});
