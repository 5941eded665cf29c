/**
 * The shared bad-input corpus (`../shared/bad-inputs/manifest.json`), read the
 * same way by its test (test/extract/bad-inputs.test.ts) and its bench
 * (bench/bad-inputs.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** One case of the manifest: a file (maybe gzipped) or a generated input, and the outcomes it allows. */
export interface BadInputCase {
  file?: string;
  generate?: string;
  expect: string | string[];
  gunzip?: boolean;
  text_contains?: string;
}

/** The manifest's cases. */
export function readBadInputManifest(dir: string): BadInputCase[] {
  return (JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { cases: BadInputCase[] }).cases;
}

/**
 * Outcomes the case allows: "report", error codes, or "any-typed". The manifest
 * names one outcome, TOO_MANY_PAGES, that this library reports as TOO_LARGE
 * (maxPages is a size limit).
 */
export function allowedOutcomes(c: BadInputCase): string[] {
  return (Array.isArray(c.expect) ? c.expect : [c.expect]).map((x) => (x === "TOO_MANY_PAGES" ? "TOO_LARGE" : x));
}

/** Bytes of a file case, gunzipped when the manifest says so. */
export function caseFileBytes(dir: string, c: BadInputCase & { file: string }): Uint8Array {
  const raw = readFileSync(join(dir, c.file));
  return new Uint8Array(c.gunzip ? gunzipSync(raw) : raw);
}
