import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED } from "../shared-dir.js";
import { UnknownRoleError } from "../../src/errors.js";
import { builtinFiles } from "../../src/keywords/builtin.js";
import { aliasForms } from "../../src/keywords/alias-key.js";
import { getBuiltinCatalog, getRole, listRoles, resolveRoleLists } from "../../src/keywords/load.js";
import { formatProblem } from "../../src/keywords/problems.js";
import { validateCatalog } from "../../src/keywords/validate.js";
import { checkKeywordFile } from "../../src/keywords/validate-files.js";
import { checkKeywordsDir } from "../../scripts/keywords-check.js";

const TRUTH_DIR = `${SHARED}/corpus/dev/synthetic`;
const catalog = getBuiltinCatalog();

describe("bundled catalog", () => {
  it("every bundled file passes its zod schema and names its $schema", () => {
    const problems = [
      ...checkKeywordFile(builtinFiles.manifest.file, "manifest", builtinFiles.manifest.data, { requireSchemaRef: true }),
      ...checkKeywordFile(builtinFiles.avoid.file, "avoid", builtinFiles.avoid.data, { requireSchemaRef: true }),
      ...builtinFiles.skills.flatMap((f) => checkKeywordFile(f.file, "skills", f.data, { requireSchemaRef: true })),
      ...builtinFiles.roles.flatMap((f) => checkKeywordFile(f.file, "role", f.data, { requireSchemaRef: true })),
    ];
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("validateCatalog and the keywords:check folder scan find zero problems", () => {
    expect(validateCatalog(catalog).map(formatProblem)).toEqual([]);
    expect(checkKeywordsDir(join(import.meta.dirname, "..", "..", "keywords")).map(formatProblem)).toEqual([]);
  });

  it("is large enough and sorted", () => {
    expect(catalog.skills.length).toBeGreaterThanOrEqual(300);
    expect(catalog.roles.length).toBeGreaterThanOrEqual(14);
    expect(catalog.avoid.length).toBeGreaterThanOrEqual(40);
    const ids = catalog.skills.map((s) => s.id);
    expect([...ids].sort()).toEqual(ids);
    expect(catalog.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("ships every role the product promises, with short must-have and longer strong lists", () => {
    for (const id of ["backend-developer", "nodejs-developer", "java-developer", "python-backend-developer", "php-developer", "ruby-on-rails-developer", "go-developer", "dotnet-developer", "api-developer", "database-administrator", "devops-engineer", "cloud-engineer", "full-stack-developer", "software-architect"]) {
      const r = getRole(id);
      expect(r.mustHave.length, id).toBeGreaterThanOrEqual(5);
      expect(r.mustHave.length, id).toBeLessThanOrEqual(9);
      expect(r.strong.length, id).toBeGreaterThanOrEqual(10);
      expect(r.strong.length, id).toBeLessThanOrEqual(25);
      expect(r.description, id).toMatch(/roadmap\.sh/);
      expect(r.levels?.senior?.strong, id).toContain("mentoring");
    }
  });

  it("every avoid phrase has a suggestion and the 'scalable' kind is allowed with evidence", () => {
    for (const p of catalog.avoid) expect(p.suggestion.length, p.id).toBeGreaterThan(5);
    expect(catalog.avoidById.get("scalable")?.allowWithEvidence).toBe(true);
    expect(catalog.avoidById.get("responsible-for")?.kind).toBe("weak-opening");
    for (const id of ["team-player", "hard-worker", "results-driven", "detail-oriented", "go-getter", "synergy", "think-outside-the-box", "self-starter", "duties-included", "proven-track-record"]) {
      expect(catalog.avoidById.has(id), id).toBe(true);
    }
  });
});

describe("dev-corpus truth names", () => {
  const names = new Set<string>();
  for (const f of readdirSync(TRUTH_DIR).filter((f) => f.endsWith(".truth.json"))) {
    const t = JSON.parse(readFileSync(join(TRUTH_DIR, f), "utf8")) as { skills_present: string[]; skills_absent_traps: string[] };
    for (const n of [...t.skills_present, ...t.skills_absent_traps]) names.add(n);
  }
  const index = new Map<string, Set<string>>();
  for (const s of catalog.skills) {
    for (const form of aliasForms(s)) {
      const k = form.text.toLowerCase();
      const set = index.get(k) ?? new Set<string>();
      set.add(s.id);
      index.set(k, set);
    }
  }

  it("reads the truth files", () => {
    expect(names.size).toBeGreaterThan(80);
  });

  it.each([...names].sort())("%s maps to exactly one skill by name or alias", (name) => {
    const hits = index.get(name.toLowerCase());
    expect(hits ? [...hits] : []).toHaveLength(1);
  });
});

describe("implies (narrower → broader)", () => {
  it.each([
    ["mysql", "sql"],
    ["postgresql", "sql"],
    ["spring-boot", "spring"],
    ["aws-eks", "aws"],
    ["aws-eks", "kubernetes"],
    ["gke", "gcp"],
    ["aws-rds", "aws"],
    ["django-rest-framework", "django"],
    ["django-rest-framework", "rest"],
    ["jest", "testing"],
    ["pact", "contract-testing"],
    ["kong", "api-gateway"],
    ["prometheus", "monitoring"],
  ])("%s implies %s", (from, to) => {
    expect(catalog.skillById.get(from)?.implies).toContain(to);
  });

  it("no broad skill implies a narrower one", () => {
    expect(catalog.skillById.get("sql")?.implies ?? []).not.toContain("mysql");
    expect(catalog.skillById.get("aws")?.implies ?? []).not.toContain("aws-eks");
  });
});

describe("roles API", () => {
  it("listRoles summarizes every role in id order", () => {
    const rows = listRoles();
    expect(rows.map((r) => r.id)).toEqual(catalog.roles.map((r) => r.id));
    const be = rows.find((r) => r.id === "backend-developer");
    expect(be?.title).toBe("Backend Developer");
    expect(be?.mustHaveCount).toBe(getRole("backend-developer").mustHave.length);
  });

  it("getRole throws UnknownRoleError listing known ids", () => {
    try {
      getRole("astronaut");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownRoleError);
      expect((e as UnknownRoleError).code).toBe("UNKNOWN_ROLE");
      expect((e as Error).message).toContain("backend-developer");
    }
  });

  it("resolveRoleLists merges level additions and resolves avoid ids", () => {
    const role = getRole("backend-developer");
    const base = resolveRoleLists(role, undefined, catalog);
    const senior = resolveRoleLists(role, "senior", catalog);
    expect(base.mustHave.map((e) => e.key)).not.toContain("system-design");
    expect(senior.mustHave.map((e) => e.key)).toContain("system-design");
    expect(senior.strong.map((e) => e.key)).toContain("mentoring");
    // code-review is in base strong and in senior additions: listed once
    expect(senior.strong.filter((e) => e.key === "code-review")).toHaveLength(1);
    const lang = base.mustHave.find((e) => e.anyOf && e.label === "a backend language");
    expect(lang?.skillIds).toEqual(expect.arrayContaining(["java", "python", "go", "nodejs", "csharp"]));
    expect(base.avoid.map((p) => p.id)).toContain("responsible-for");
    expect(base.avoid.every((p) => typeof p.suggestion === "string")).toBe(true);
  });

  it("a level must-have is removed from strong", () => {
    const role = getRole("database-administrator");
    const lead = resolveRoleLists(role, "lead", catalog);
    expect(lead.mustHave.map((e) => e.key)).toContain("leadership");
    expect(lead.strong.map((e) => e.key)).not.toContain("leadership");
  });

  it("getBuiltinCatalog is cached", () => {
    expect(getBuiltinCatalog()).toBe(catalog);
  });
});
