/**
 * `npm run docs:screenshots`: the pictures of the README, taken in chromium
 * from what a user gets: the static page (dist-web/index.html) with a
 * resume analyzed, and an HTML report written by the CLI (`--format html`
 * with a job posting), at desktop width in light mode and at 360 px in dark
 * mode (four pictures, kept small for the README). Needs `npm run build`
 * first. Writes docs/screenshots/*.png.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "docs/screenshots");
const CORPUS = path.join(ROOT, "../shared/corpus/dev/synthetic");
const RESUME = "api-developer-mixed.pdf";
const ROLE = "api-developer";
const JOB = path.join(ROOT, "fixtures/jobs/startup-node-api.md");
/** Each size with the colour scheme it is shown in (both schemes are tested; two per size would only double the README). */
const SHOTS = [
  { size: "desktop", viewport: { width: 1280, height: 1000 }, scheme: "light" },
  { size: "mobile", viewport: { width: 360, height: 740 }, scheme: "dark" },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const report = path.join(mkdtempSync(path.join(tmpdir(), "resume-ats-shots-")), "report.html");
  const cli = spawnSync(process.execPath, [path.join(ROOT, "dist/cli.js"), RESUME, "--role", ROLE, "--jd", JOB, "--format", "html", "--output", report], { cwd: CORPUS, encoding: "utf8" });
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`the CLI failed: ${cli.stderr}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const { size, viewport, scheme } of SHOTS) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(ROOT, "dist-web/index.html")).href);
      await page.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 120_000 });
      await page.selectOption("#role", ROLE);
      await page.setInputFiles("#file", path.join(CORPUS, RESUME));
      await page.waitForFunction(() => document.body.dataset.state === "done", null, { timeout: 120_000 });
      // On a phone the page scrolls to the report when it arrives; the picture shows the form above it.
      await page.waitForFunction(() => (document.getElementById("report") as HTMLIFrameElement).contentDocument?.querySelector(".score") !== null);
      await page.waitForTimeout(300);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot(page, `page-${size}`);
      await page.goto(pathToFileURL(report).href);
      await shoot(page, `report-${size}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
