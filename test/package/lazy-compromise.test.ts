import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// compromise loads only when a writing rule is on. Proved on the built package
// in a fresh process: a module-resolution hook records every file that
// resolves under node_modules/compromise/, and require.cache is read too.
const root = resolve(__dirname, "../..");
const sample = join(root, "fixtures/sample/backend-sample.pdf");

const HOOK = `
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.includes("/node_modules/compromise/")) globalThis.port.postMessage(r.url);
  return r;
}
export function initialize(data) { globalThis.port = data.port; }
`;

function probe(load: string, rules: string): { esm: string[]; cjs: string[]; verbs: number } {
  const script = `
const { register, createRequire } = await import("node:module");
const { MessageChannel } = await import("node:worker_threads");
const { port1, port2 } = new MessageChannel();
const seen = [];
port1.on("message", (u) => seen.push(u));
port1.unref();
register("data:text/javascript," + encodeURIComponent(${JSON.stringify(HOOK)}), { data: { port: port2 }, transferList: [port2] });
${load}
const r = await m.analyzeResume(${JSON.stringify(sample)}, { role: "backend-developer", isolate: false, rules: ${rules} });
await new Promise((res) => setTimeout(res, 50));
const req = createRequire(import.meta.url);
const cjs = Object.keys(req.cache ?? {}).filter((k) => k.replace(/\\\\/g, "/").includes("node_modules/compromise/"));
process.stdout.write(JSON.stringify({ esm: seen, cjs, verbs: r.bullets.filter((b) => b.verb !== undefined).length }));
`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", cwd: root });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

const ESM = `const m = await import(${JSON.stringify(join(root, "dist/index.js"))});`;
const CJS = `const m = createRequire(import.meta.url)(${JSON.stringify(join(root, "dist/index.cjs"))});`;

describe("compromise loads lazily", () => {
  it("ESM: importing and analyzing with the default rules never resolves compromise", () => {
    expect(probe(ESM, "undefined")).toEqual({ esm: [], cjs: [], verbs: 0 });
  });
  it("CJS: nor through require()", () => {
    expect(probe(CJS, "undefined")).toEqual({ esm: [], cjs: [], verbs: 0 });
  });
  it("with WEAK_OPENING and PASSIVE_VOICE on but grammar off, compromise stays unloaded", () => {
    expect(probe(ESM, `{ WEAK_OPENING: "error", PASSIVE_VOICE: ["warning", { grammar: false }] }`).esm).toEqual([]);
  });
  it("with a writing rule on, it does load (so the checks above can fail)", () => {
    const out = probe(ESM, `{ VERB_TENSE: "on" }`);
    expect(out.esm.length + out.cjs.length).toBeGreaterThan(0);
    expect(out.verbs).toBeGreaterThan(0);
  });
});
