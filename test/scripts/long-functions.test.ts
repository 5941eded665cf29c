import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findLongFunctions, MAX_FUNCTION_LINES, scanSource } from "../../scripts/long-functions.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

function body(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `  x += ${i};`).join("\n");
}

describe("findLongFunctions", () => {
  it("counts a function from its first token to its closing brace, and names it", () => {
    // 1 line of signature + 60 body lines + the return + the closing brace = 63 lines.
    const source = `// header\nexport function big(x: number): number {\n${body(60)}\n  return x;\n}\n`;
    const found = findLongFunctions("a.ts", source);
    expect(found).toEqual([{ file: "a.ts", name: "big", line: 2, lines: 63, reason: null }]);
  });

  it("leaves a function of exactly the limit alone", () => {
    const source = `function fits(x: number) {\n${body(MAX_FUNCTION_LINES - 2)}\n}\n`;
    expect(findLongFunctions("a.ts", source)).toEqual([]);
  });

  it("finds arrows, methods and constructors by the name they are held under", () => {
    const source = [
      `const arrow = (x: number) => {\n${body(61)}\n};`,
      `class K {\n  constructor(x: number) {\n${body(61)}\n  }\n  method(x: number) {\n${body(61)}\n  }\n}`,
      `const table = { entry(x: number) {\n${body(61)}\n} };`,
    ].join("\n");
    const names = findLongFunctions("a.ts", source).map((f) => f.name);
    expect(names).toEqual(["arrow", "constructor", "method", "entry"]);
  });

  it("reads the reason of a long-function comment above the function or its statement", () => {
    const source = [
      "/**",
      " * Does a thing.",
      " * long-function: one state machine whose",
      " * states share locals.",
      " */",
      `export function a(x: number) {\n${body(61)}\n}`,
      "// long-function: a table of cases",
      `export const b = (x: number) => {\n${body(61)}\n};`,
      "// a comment without the marker",
      `function c(x: number) {\n${body(61)}\n}`,
    ].join("\n");
    const reasons = findLongFunctions("a.ts", source).map((f) => [f.name, f.reason]);
    expect(reasons).toEqual([
      ["a", "one state machine whose states share locals."],
      ["b", "a table of cases"],
      ["c", null],
    ]);
  });

  it("does not take a comment inside the body as the reason", () => {
    const source = `function d(x: number) {\n  // long-function: not here\n${body(61)}\n}\n`;
    expect(findLongFunctions("a.ts", source)[0].reason).toBeNull();
  });
});

describe("src/", () => {
  it("has no function over the limit without a long-function reason", () => {
    const unexplained = scanSource(root)
      .filter((f) => f.reason === null)
      .map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(unexplained).toEqual([]);
  });
});
