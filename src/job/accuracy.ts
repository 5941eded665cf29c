/**
 * Accuracy of required-skill extraction on the hand-labelled postings in
 * `fixtures/jobs/` (`<name>.md|.txt` + `<name>.expected.json`).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Catalog } from "../keywords/catalog.js";
import { getBuiltinCatalog } from "../keywords/load.js";
import { parseJobText } from "./parse.js";

/** What a fixture's `.expected.json` holds (written by hand from the posting). */
export interface JobExpected {
  required: string[];
  preferred: string[];
  title: string | null;
  yearsRequired: number | null;
}

/** Scores of one posting. */
export interface JobFileAccuracy {
  file: string;
  precision: number;
  recall: number;
  /** Required skills found that the label does not have. */
  extra: string[];
  /** Required skills of the label not found. */
  missed: string[];
}

/** Required-skill precision and recall, micro-averaged over all postings, and per file. */
export interface JobAccuracy {
  precision: number;
  recall: number;
  perFile: JobFileAccuracy[];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Parse every posting in `dir` (default `fixtures/jobs` under the current
 * directory) with `catalog` (default: the built-in one) and compare its
 * required skills with the labels.
 */
export function jobAccuracy(catalog: Catalog = getBuiltinCatalog(), dir: string = path.resolve("fixtures/jobs")): JobAccuracy {
  const files = readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perFile: JobFileAccuracy[] = [];
  for (const f of files) {
    const base = f.replace(/\.(md|txt)$/, "");
    const expectedPath = path.join(dir, `${base}.expected.json`);
    let expected: JobExpected;
    try {
      expected = JSON.parse(readFileSync(expectedPath, "utf8")) as JobExpected;
    } catch {
      continue;
    }
    const posting = parseJobText(readFileSync(path.join(dir, f), "utf8"), catalog);
    const got = new Set(posting.required.map((s) => s.id));
    const want = new Set(expected.required);
    const extra = [...got].filter((id) => !want.has(id)).sort();
    const missed = [...want].filter((id) => !got.has(id)).sort();
    const hit = got.size - extra.length;
    tp += hit;
    fp += extra.length;
    fn += missed.length;
    perFile.push({
      file: f,
      precision: round3(got.size === 0 ? 1 : hit / got.size),
      recall: round3(want.size === 0 ? 1 : hit / want.size),
      extra,
      missed,
    });
  }
  return { precision: round3(tp + fp === 0 ? 1 : tp / (tp + fp)), recall: round3(tp + fn === 0 ? 1 : tp / (tp + fn)), perFile };
}
