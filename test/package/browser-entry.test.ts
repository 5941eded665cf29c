/**
 * The `resume-ats/browser` entry as published: listed in `exports`, ESM,
 * with types, and no Node built-in anywhere in it or its worker (a page has
 * none). Its behaviour in chromium is tested in test/browser/.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { assertNoNodeBuiltins, BROWSER_MODULES } from "../../scripts/browser-build.js";

const root = resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };

describe("resume-ats/browser", () => {
  it("is exported with its types and its worker script", () => {
    expect(pkg.exports["./browser"]).toEqual({ types: "./dist/browser/index.d.ts", default: "./dist/browser/index.js" });
    expect(pkg.exports["./browser/worker.js"]).toBe("./dist/browser/worker.js");
    for (const f of ["dist/browser/index.js", "dist/browser/index.d.ts", "dist/browser/worker.js"]) expect(existsSync(resolve(root, f)), f).toBe(true);
    const dts = readFileSync(resolve(root, "dist/browser/index.d.ts"), "utf8");
    expect(dts).toMatch(/declare function analyzeResume\(input: BrowserInput/u);
  });

  it("holds no Node built-in, in the entry or in the worker it starts", () => {
    for (const f of ["dist/browser/index.js", "dist/browser/worker.js", "dist-web/index.html"]) {
      const code = readFileSync(resolve(root, f), "utf8");
      expect(() => assertNoNodeBuiltins(code, f)).not.toThrow();
      expect(code).not.toMatch(/\bsetImmediate\(/u);
    }
    // The check itself catches what it is for.
    expect(() => assertNoNodeBuiltins('const z = require("zlib");', "probe")).toThrow(/zlib/u);
    expect(() => assertNoNodeBuiltins('import { readFile } from "node:fs/promises";', "probe")).toThrow(/node:fs\/promises/u);
  });

  it("swaps exactly the Node modules that have a browser twin, each exporting the same values", () => {
    // Names of exported values (functions, constants); each twin types its values as `typeof` the Node ones.
    const values = (file: string): string[] =>
      [...readFileSync(resolve(root, file), "utf8").matchAll(/^export (?:async )?(?:function|const|let|class) (\w+)/gmu)].map((m) => m[1]).sort();
    for (const [from, to] of Object.entries(BROWSER_MODULES)) {
      expect(values(from).length, from).toBeGreaterThan(0);
      expect(values(to), `${to} mirrors ${from}`).toEqual(values(from));
      expect(readFileSync(resolve(root, to), "utf8"), to).toContain(`from "../${from.slice(4).replace(/\.ts$/u, ".js")}"`);
    }
  });
});
