/**
 * Finds cycles among the runtime imports of `src/` (issue 16: "the import
 * cycle gone" as a check rather than a one-off look). An edge is a static
 * `import … from "./x.js"` or `export … from "./x.js"` between two files of
 * `src/`; type-only imports and exports (`import type`, `export type`, or
 * every named specifier marked `type`) are erased by the compiler and do not
 * count, and neither does a dynamic `import()`, which runs after both modules
 * have loaded. `npm run lint:cycles` prints each cycle and exits 1 when there
 * is one; `test/scripts/import-cycles.test.ts` runs the same check.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { sourceFiles } from "./long-functions.js";

/** True when the declaration is erased at run time (type-only as a whole, or every named specifier type-only). */
function typeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // `import "./x.js"`: runs the module
    if (clause.isTypeOnly) return true;
    if (clause.name) return false;
    const bindings = clause.namedBindings;
    return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** The relative module specifiers a file imports or re-exports at run time. */
export function runtimeImports(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt) && !ts.isExportDeclaration(stmt)) continue;
    const spec = stmt.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith(".")) continue;
    if (!typeOnly(stmt)) out.push(spec.text);
  }
  return out;
}

/** The `.ts` file a relative `./x.js` specifier names, or null when it is not a source file. */
function resolveSpecifier(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/u, ".ts"), `${base}.ts`, join(base, "index.ts")]) {
    if (candidate.endsWith(".ts") && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Every elementary cycle found by a depth-first walk of the import graph,
 * each as the files in import order (first file repeated at the end is left
 * out), paths relative to `root` with `/`. Deterministic: files and edges are
 * visited in sorted order, and each cycle is reported once (by its back edge).
 */
export function findImportCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 1 | 2>(); // 1: on the stack, 2: done
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 1);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === 1) cycles.push(stack.slice(stack.indexOf(next)));
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 2);
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** The runtime import graph of the `.ts` files under `root/src`, keyed by path relative to `root`. */
export function importGraph(root: string): Map<string, string[]> {
  const rel = (p: string): string => relative(root, p).split(sep).join("/");
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(join(root, "src"))) {
    const targets = runtimeImports(file, readFileSync(file, "utf8"))
      .map((spec) => resolveSpecifier(file, spec))
      .filter((t): t is string => t !== null)
      .map(rel);
    graph.set(rel(file), [...new Set(targets)].sort());
  }
  return graph;
}

function main(): number {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const graph = importGraph(root);
  const cycles = findImportCycles(graph);
  for (const c of cycles) console.log(`cycle: ${[...c, c[0]].join(" → ")}`);
  console.log(`${graph.size} files in src/, ${cycles.length} runtime import cycle(s)`);
  return cycles.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
