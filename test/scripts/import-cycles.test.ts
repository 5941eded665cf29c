import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findImportCycles, importGraph, runtimeImports } from "../../scripts/import-cycles.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("runtimeImports", () => {
  it("keeps imports and re-exports that run, and drops the ones the compiler erases", () => {
    const source = [
      `import { a } from "./a.js";`,
      `import type { B } from "./b.js";`,
      `import { type C, type D } from "./c.js";`,
      `import { type E, e } from "./e.js";`,
      `import "./side-effect.js";`,
      `export { f } from "./f.js";`,
      `export type { G } from "./g.js";`,
      `export * from "./h.js";`,
      `import { readFileSync } from "node:fs";`,
      `const later = () => import("./lazy.js");`,
    ].join("\n");
    expect(runtimeImports("x.ts", source)).toEqual(["./a.js", "./e.js", "./side-effect.js", "./f.js", "./h.js"]);
  });
});

describe("findImportCycles", () => {
  it("finds a cycle and names its files in import order", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
    ]);
    expect(findImportCycles(graph)).toEqual([["a", "b", "c"]]);
  });

  it("finds none in a graph that only shares leaves", () => {
    const graph = new Map([
      ["a", ["b", "c"]],
      ["b", ["c"]],
      ["c", []],
    ]);
    expect(findImportCycles(graph)).toEqual([]);
  });
});

describe("src/", () => {
  it("has no runtime import cycle", () => {
    const graph = importGraph(root);
    // The graph is real: src/index.ts re-exports the stages.
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("src/index.ts")).toContain("src/analyze/index.ts");
    expect(findImportCycles(graph)).toEqual([]);
  });
});
