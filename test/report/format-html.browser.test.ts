/**
 * An HTML report written by the CLI, opened in a real browser (chromium):
 * a resume full of markup and event handlers runs nothing, fetches nothing,
 * logs no error, and shows the markup as text.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/browser.js";

const HOSTILE = "fixtures/html/hostile-resume.txt";
let browser: Browser;
let out: string;

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), "html-report-")), "report.html");
  const r = spawnSync(process.execPath, ["dist/cli.js", HOSTILE, "--role", "backend-developer", "--format", "html", "--output", out], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect([0, 1]).toContain(r.status);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("HTML report in chromium", () => {
  it("runs no script, loads nothing, logs no error, and shows the markup as text", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const console: string[] = [];
    const dialogs: string[] = [];
    page.on("request", (req) => requests.push(req.url()));
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.push(m.text()); });
    page.on("pageerror", (e) => console.push(String(e)));
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const url = pathToFileURL(out).href;
    await page.goto(url, { waitUntil: "load" });
    // Hover the links and focus everything focusable: a handler that slipped through would fire.
    for (const a of await page.locator("a").all()) await a.hover({ timeout: 1000 }).catch(() => undefined);

    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.title()).toBe("resume-ats report");
    expect(requests).toEqual([url]);
    expect(console).toEqual([]);
    expect(dialogs).toEqual([]);
    // Only our own elements: the resume's tags are text.
    expect(await page.locator("script, img, iframe, svg, a[href^='javascript:'], [onerror], [onload]").count()).toBe(0);
    expect(await page.locator("style").count()).toBe(1);
    const text = await page.locator(".doc").innerText();
    expect(text).toContain('<script>window.pwned = "script"; document.title = "pwned"</script>');
    expect(text).toContain(`<img src="http://127.0.0.1:9/x.png" onerror="window.pwned = 'img'">`);
    expect(text).toContain("</style><style>body{display:none}</style>");
    expect(await page.locator("body").isVisible()).toBe(true);
    // The keywords are lit in the page.
    expect(await page.locator("mark", { hasText: "Kafka" }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("fits a 360 px wide screen without horizontal scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(pathToFileURL(out).href);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("is the same file the formatter returns", () => {
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>/u);
  });
});
