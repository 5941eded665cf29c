/**
 * Debian's chromium driven by playwright-core (its own browser download does
 * not work here). `.ci/run` installs chromium when it is missing; without it
 * these tests fail with a message saying so.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where Debian puts chromium (override with CHROMIUM_PATH). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches headless chromium with the flags a closed network needs (no background connections). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A made-up origin the tests' pages load from: Playwright answers every request to it from local files, so nothing reaches a network. */
export const TEST_ORIGIN = "http://resume-ats.test";

/**
 * Opens a page at `TEST_ORIGIN` that imports the built `resume-ats/browser`
 * (dist/browser/index.js) as `window.ra`, and answers `/files/<name>` from
 * `files`. Every URL the page asks for is recorded in `requests`.
 */
export async function openLibraryPage(browser: Browser, files: Record<string, string>): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const lib = resolve("dist/browser/index.js");
  if (!existsSync(lib)) throw new Error(`${lib} is missing: run npm run build (npm test does).`);
  const page = await browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${String(e)}`));
  page.on("worker", (w) => w.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`worker console ${m.type()}: ${m.text()}`); }));
  await page.route(`${TEST_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === "/") {
      await route.fulfill({ contentType: "text/html", body: `<!doctype html><meta charset="utf-8"><script type="module">import * as ra from "/browser/index.js"; window.ra = ra; document.body.dataset.loaded = "1";</script><body></body>` });
    } else if (path === "/browser/index.js") {
      await route.fulfill({ contentType: "text/javascript", body: readFileSync(lib) });
    } else if (path.startsWith("/files/") && files[decodeURIComponent(path.slice(7))]) {
      await route.fulfill({ contentType: "application/octet-stream", body: readFileSync(files[decodeURIComponent(path.slice(7))]) });
    } else {
      await route.fulfill({ status: 404, body: "" });
    }
  });
  await page.goto(`${TEST_ORIGIN}/`);
  await page.waitForFunction(() => document.body?.dataset.loaded === "1");
  return { page, requests, problems };
}
