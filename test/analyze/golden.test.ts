import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeResume } from "../../src/analyze/index.js";
import type { Level } from "../../src/report/types.js";

const DIR = "fixtures/golden";
const manifest = JSON.parse(readFileSync(join(DIR, "golden.json"), "utf8")) as {
  now: string;
  cases: Array<{ file: string; role?: string; level?: Level }>;
};
const update = process.env.UPDATE_GOLDEN === "1";

describe("golden reports (fixtures/golden/*.report.json, reviewed by eye)", () => {
  for (const c of manifest.cases) {
    it(`${c.file}${c.role ? ` as ${c.role}` : " (best fit)"}`, async () => {
      const report = await analyzeResume(join(DIR, c.file), {
        ...(c.role ? { role: c.role } : {}),
        ...(c.level ? { level: c.level } : {}),
        now: new Date(manifest.now),
        isolate: false,
      });
      const json = JSON.stringify(report, null, 2) + "\n";
      const expectedPath = join(DIR, `${c.file}.report.json`);
      if (update || !existsSync(expectedPath)) {
        if (!update) throw new Error(`${expectedPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
        writeFileSync(expectedPath, json);
      }
      expect(json).toBe(readFileSync(expectedPath, "utf8"));
    });
  }
});
