/**
 * The catalog areas added for issue 13 (ML, data, embedded, systems, security,
 * Web3, scientific computing): every skill there that carries an ambiguity rule
 * (case, context, a follower or predecessor veto, on the skill or on an alias)
 * has at least one sentence where it must be found and one where it must not,
 * in test/keywords/ambiguity-cases/*.json. The sentences themselves run through
 * the matcher in test/match/ambiguity-cases.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import type { Skill, SkillFile } from "../../src/keywords/schema.js";
import { AMBIGUITY_CASES } from "./ambiguity-cases.js";

const AREA_FILES = ["ml-ai", "data-science", "data-engineering", "embedded-hardware", "systems-programming", "systems-networking", "security-tools", "web3", "scientific-computing"];
const SKILLS_DIR = join(import.meta.dirname, "..", "..", "keywords", "skills");

function hasRule(s: Skill): boolean {
  if (s.caseSensitive || s.requiresContext || (s.notWhenFollowedBy?.length ?? 0) > 0 || (s.notWhenPrecededBy?.length ?? 0) > 0) return true;
  return s.aliases.some((a) => typeof a === "object" && (a.caseSensitive || a.requiresContext || (a.notWhenFollowedBy?.length ?? 0) > 0 || (a.notWhenPrecededBy?.length ?? 0) > 0));
}

const areaSkills: Skill[] = AREA_FILES.flatMap((f) => (JSON.parse(readFileSync(join(SKILLS_DIR, `${f}.json`), "utf8")) as SkillFile).skills);
const ruled = areaSkills.filter(hasRule);
const catalog = getBuiltinCatalog();

describe("ambiguity rules of the issue-13 catalog areas", () => {
  it("reads the area files", () => {
    expect(areaSkills.length).toBeGreaterThan(500);
    expect(ruled.length).toBeGreaterThan(100);
  });

  it.each(ruled.map((s) => [s.id] as const))("%s has a positive and a negative sentence", (id) => {
    expect(AMBIGUITY_CASES.some((c) => c.skillId === id && c.expected), `${id} positive`).toBe(true);
    expect(AMBIGUITY_CASES.some((c) => c.skillId === id && !c.expected), `${id} negative`).toBe(true);
  });

  it("a skill whose name needs context offers no unambiguous spelling as a plain string alias (it would need context too)", () => {
    for (const s of areaSkills.filter((x) => x.requiresContext)) {
      const plain = s.aliases.filter((a) => typeof a === "string");
      expect(plain, s.id).toEqual([]);
    }
  });

  it("ordinary words and first names in these areas never match bare and case-insensitive", () => {
    const words = ["ray", "julia", "triton", "beam", "arrow", "pig", "foundry", "truffle", "hardhat", "ganache", "remix", "snort", "zephyr", "mbed", "eagle", "altium", "boost", "unity", "can", "exchange", "conan", "ninja", "luigi", "prefect", "stitch", "haystack", "whisper", "feast", "rasa", "pinecone", "chroma", "move", "polygon", "anchor", "scheme", "racket", "crystal", "delphi", "pascal", "ada", "sas", "stan", "caret", "metal", "squid", "varnish", "cobbler", "foreman", "kickstart", "caddy", "firebird", "samba", "solidity", "statistics", "firmware", "clustering", "quantization", "pruning", "transformers", "fine-tuned"];
    const hits: string[] = [];
    for (const s of catalog.skills) {
      for (const form of [{ text: s.name, cs: s.caseSensitive === true, rc: s.requiresContext === true }, ...s.aliases.map((a) => (typeof a === "string" ? { text: a, cs: s.caseSensitive === true, rc: s.requiresContext === true } : { text: a.text, cs: a.caseSensitive === true, rc: a.requiresContext === true }))]) {
        if (words.includes(form.text.toLowerCase()) && !form.cs && !form.rc) hits.push(`${s.id}: ${form.text}`);
      }
    }
    expect(hits).toEqual([]);
  });
});

describe("implies of the issue-13 areas (narrower → broader, never the reverse)", () => {
  it.each([
    ["pytorch", "deep-learning"],
    ["tensorflow", "deep-learning"],
    ["deep-learning", "machine-learning"],
    ["hugging-face-transformers", "transformer-models"],
    ["spark-mllib", "spark"],
    ["databricks", "spark"],
    ["matplotlib", "data-visualization"],
    ["burp-suite", "penetration-testing"],
    ["kali-linux", "linux"],
    ["freertos", "rtos"],
    ["rtos", "embedded-systems"],
    ["stm32", "microcontrollers"],
    ["systemverilog", "digital-design"],
    ["kicad", "pcb-design"],
    ["qml", "qt"],
    ["boost", "cpp"],
    ["llvm", "compilers"],
    ["opengl", "computer-graphics"],
    ["active-directory", "windows-server"],
    ["bsd", "unix"],
    ["solidity", "smart-contracts"],
    ["hardhat", "smart-contracts"],
    ["ggplot2", "r"],
    ["simulink", "matlab"],
  ])("%s implies %s", (from, to) => {
    expect(catalog.skillById.get(from)?.implies).toContain(to);
  });

  it("no broad skill of these areas implies a narrower one", () => {
    for (const [broad, narrow] of [["deep-learning", "pytorch"], ["machine-learning", "deep-learning"], ["embedded-systems", "rtos"], ["smart-contracts", "solidity"], ["fpga", "vivado"], ["penetration-testing", "burp-suite"]]) {
      expect(catalog.skillById.get(broad)?.implies ?? [], broad).not.toContain(narrow);
    }
  });

  it("every implied id exists and no implication chain loops back", () => {
    for (const s of areaSkills) {
      const seen = new Set<string>();
      const queue = [...(s.implies ?? [])];
      while (queue.length > 0) {
        const id = queue.shift() as string;
        expect(catalog.skillById.has(id), `${s.id} → ${id}`).toBe(true);
        expect(id, `${s.id} implies itself through a chain`).not.toBe(s.id);
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(...(catalog.skillById.get(id)?.implies ?? []));
      }
    }
  });
});
