import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileNotFoundError, InvalidKeywordsError } from "../../src/errors.js";
import { getBuiltinCatalog, getRole, loadKeywords } from "../../src/keywords/load.js";
import type { CatalogProblemKind } from "../../src/keywords/problems.js";
import { checkKeywordsDir } from "../../scripts/keywords-check.js";

const KEYWORDS = join(import.meta.dirname, "..", "..", "keywords");
const tmp = mkdtempSync(join(tmpdir(), "kw-broken-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function brokenCopy(): string {
  const dir = join(tmp, "keywords");
  cpSync(KEYWORDS, dir, { recursive: true });
  // not bundled + duplicate id + alias conflict + alias duplicate + unknown implies
  writeFileSync(join(dir, "skills", "extra.json"), JSON.stringify({
    $schema: "../schema/skill-file.schema.json",
    skills: [
      { id: "java", name: "Java again", category: "language", aliases: [] },
      { id: "pg-clone", name: "PG clone", category: "database", aliases: ["Postgres"], implies: ["no-such-skill"] },
      { id: "eda-twice", name: "EDA twice", category: "architecture", aliases: ["event bus", "Event-Bus"] },
      // a curated skill for a vocabulary name: the generated vocabulary is then stale
      { id: "cratedb-db", name: "CrateDB", category: "database", aliases: [] },
    ],
  }));
  // schema problem: a role entry that is neither an id nor an object
  const be = JSON.parse(readFileSync(join(dir, "roles", "backend-developer.json"), "utf8")) as { mustHave: unknown[]; strong: unknown[]; $schema?: string };
  be.mustHave[3] = 42;
  writeFileSync(join(dir, "roles", "backend-developer.json"), JSON.stringify(be));
  // unknown reference in an anyOf, and a missing $schema
  const go = JSON.parse(readFileSync(join(dir, "roles", "go-developer.json"), "utf8")) as { strong: unknown[]; $schema?: string };
  go.strong.push({ anyOf: ["gin", "not-a-framework"], label: "a Go framework" });
  delete go.$schema;
  writeFileSync(join(dir, "roles", "go-developer.json"), JSON.stringify(go));
  return dir;
}

describe("keywords:check on a deliberately broken folder", () => {
  const problems = checkKeywordsDir(brokenCopy());
  const kinds = new Set(problems.map((p) => p.kind));

  it.each<CatalogProblemKind>(["schema", "missing-schema-ref", "not-bundled", "duplicate-id", "unknown-reference", "alias-conflict", "alias-duplicate", "stale-vocabulary"])("reports %s", (kind) => {
    expect(kinds.has(kind)).toBe(true);
  });

  it("says to re-run keywords:vocabulary when a curated skill now covers a vocabulary name", () => {
    const p = problems.find((x) => x.kind === "stale-vocabulary");
    expect(p?.file).toBe("vocabulary.json");
    expect(p?.message).toContain("\"CrateDB\" is covered by a curated skill");
    expect(p?.message).toContain("npm run keywords:vocabulary");
  });

  it("names the file and JSON path of a schema problem", () => {
    const p = problems.find((x) => x.kind === "schema");
    expect(p?.file).toBe("roles/backend-developer.json");
    expect(p?.path).toBe("mustHave[3]");
  });

  it("points at the anyOf member and the implies entry", () => {
    const paths = problems.filter((p) => p.kind === "unknown-reference").map((p) => p.path);
    expect(paths.some((p) => /^roles\.go-developer\.strong\[\d+\]\.anyOf\[1\]$/.test(p))).toBe(true);
    expect(paths).toContain("skills.pg-clone.implies[0]");
  });

  it("names both skills of an alias conflict", () => {
    const p = problems.find((x) => x.kind === "alias-conflict" && x.message.includes("pg-clone"));
    expect(p?.message).toContain("pg-clone");
    expect(p?.message).toContain("postgresql");
  });
});

describe("loadKeywords", () => {
  const role = {
    id: "backend-developer",
    title: "Backend Developer (ours)",
    description: "Our own list.",
    mustHave: ["java", "kafka", "postgresql", "docker", "kubernetes"],
  };

  it("a user role overrides the built-in one and marks the version", async () => {
    const cat = await loadKeywords(role);
    expect(getRole("backend-developer", cat).title).toBe("Backend Developer (ours)");
    expect(cat.version).toMatch(/\+custom$/);
    // the built-in catalog is untouched
    expect(getRole("backend-developer").title).toBe("Backend Developer");
    expect(getRole("backend-developer", cat).strong).toEqual([]);
  });

  it("a bundle adds skills and roles that reference them", async () => {
    const cat = await loadKeywords({
      skills: [{ id: "acme-flowbus", name: "Acme FlowBus", category: "tool", aliases: ["FlowBus"], implies: ["distributed-systems"] }],
      roles: [{ ...role, id: "workflow-engineer", title: "Workflow Engineer", mustHave: ["acme-flowbus", "go", "docker", "postgresql", "kafka"] }],
    });
    expect(cat.skillById.get("acme-flowbus")?.name).toBe("Acme FlowBus");
    expect(getRole("workflow-engineer", cat).mustHave).toContain("acme-flowbus");
    expect(cat.skills.length).toBe(getBuiltinCatalog().skills.length + 1);
  });

  it("rejects a schema error with the JSON path and what was expected", async () => {
    const err = await loadKeywords({ roles: [{ ...role, mustHave: ["java", "kafka", "postgresql", 7] }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidKeywordsError);
    expect((err as InvalidKeywordsError).code).toBe("INVALID_KEYWORDS");
    expect((err as Error).message).toContain("roles[0].mustHave[3]");
    expect((err as Error).message).toMatch(/expected/i);
  });

  it("rejects references to unknown skill ids", async () => {
    const err = await loadKeywords({ ...role, strong: ["kafka", "no-such-skill"] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidKeywordsError);
    expect((err as Error).message).toContain("no-such-skill");
    expect((err as Error).message).toContain("strong[1]");
  });

  it("reads files and names them in errors", async () => {
    const good = join(tmp, "role.json");
    writeFileSync(good, JSON.stringify(role));
    expect(getRole("backend-developer", await loadKeywords(good)).title).toContain("ours");
    const bad = join(tmp, "bad.json");
    writeFileSync(bad, "{ not json");
    const e1 = await loadKeywords(bad).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(InvalidKeywordsError);
    expect((e1 as Error).message).toContain("bad.json");
    const e2 = await loadKeywords(join(tmp, "missing.json")).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(FileNotFoundError);
  });
});
