/**
 * The static page (dist-web/index.html, built by `npm run build:web`, which
 * `npm run build` runs) opened from file:// in chromium: upload or drop
 * resumes, wait for the report, and check its score and keyword lists (and
 * the downloaded JSON) against Node's report for the same file; typed errors
 * are shown as their message; the page makes no request at all, cannot
 * fetch, keeps working offline, logs no error, runs nothing from a hostile
 * resume, and fits a 360 px screen.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { analyzeResume } from "../../src/index.js";
import { formatJson } from "../../src/report/format-json.js";
import type { ResumeReport } from "../../src/report/types.js";
import { SHARED } from "../shared-dir.js";
import { launchChromium } from "../support/browser.js";

const PAGE = resolve("dist-web/index.html");
const URL_ = pathToFileURL(PAGE).href;
const SYNTHETIC = join(SHARED, "corpus/dev/synthetic");
const BAD = join(SHARED, "bad-inputs");
const hasCorpus = existsSync(SYNTHETIC);

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];
const dialogs: string[] = [];

async function settled(): Promise<"done" | "error"> {
  await page.waitForFunction(() => document.body.dataset.state === "done" || document.body.dataset.state === "error", null, { timeout: 60_000 });
  return (await page.evaluate(() => document.body.dataset.state)) as "done" | "error";
}

/** Uploads `file` through the file input and waits for the outcome. */
async function upload(file: string): Promise<"done" | "error"> {
  await page.evaluate(() => { document.body.dataset.state = "uploading"; });
  await page.setInputFiles("#file", file);
  return settled();
}

/** What the report in the frame shows: the score and the keyword lists (label and status, in order). */
async function shown(): Promise<{ score: string; must: string[]; strong: string[] }> {
  return page.evaluate(() => {
    const doc = (document.getElementById("report") as HTMLIFrameElement).contentDocument!;
    const list = (title: string): string[] => {
      const card = Array.from(doc.querySelectorAll(".card")).find((c) => c.querySelector("h3")?.textContent?.startsWith(`${title} (`));
      return Array.from(card?.querySelectorAll("ul.kw > li") ?? []).map((li) => `${li.querySelector(".chip")?.textContent ?? ""} | ${li.childNodes[1]?.textContent?.trim() ?? ""}`);
    };
    return { score: doc.querySelector(".score b")?.textContent ?? "", must: list("Must-have keywords"), strong: list("Strong keywords") };
  });
}

/** The same, from Node's report: what the page must show. */
function expected(r: ResumeReport): { score: string; must: string[]; strong: string[] } {
  const word = (s: string, ev: string | undefined): string => (s === "found" ? `found${ev ? `, ${ev}` : ""}` : s === "implied" ? "implied by a narrower skill" : s === "hedged" ? 'hedged ("familiar with")' : "missing");
  const rows = (found: ResumeReport["keywords"]["mustHave"]["found"], missing: ResumeReport["keywords"]["mustHave"]["missing"]): string[] =>
    [...missing, ...found].map((k) => `${word(k.status, k.status === "found" ? (k.evidence ?? undefined) : undefined)} | ${k.label}`);
  return { score: String(r.score.total), must: rows(r.keywords.mustHave.found, r.keywords.mustHave.missing), strong: rows(r.keywords.strong.found, r.keywords.strong.missing) };
}

async function downloadedJson(): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#dl-json")]);
  const path = await download.path();
  return readFileSync(path, "utf8");
}

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run build (npm test does).`);
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${String(e)}`));
  page.on("worker", (w) => w.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(`worker console ${m.type()}: ${m.text()}`); }));
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(URL_);
  await page.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 90_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.runIf(hasCorpus)("the static page in chromium", () => {
  it("says it makes no network request, and its policy forbids any", async () => {
    expect(await page.locator("#private").textContent()).toContain("no network request at all");
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/u);
    // Even a script that tried could not reach the network: fetch is refused before any request.
    const before = requests.length;
    const outcome = await page.evaluate(() => fetch("http://127.0.0.1:9/leak").then(() => "sent", () => "refused"));
    expect(outcome).toBe("refused");
    expect(requests.length).toBe(before);
    problems.splice(0); // the refused fetch logs a CSP violation on purpose
    // The role list came from the worker's catalog.
    expect(await page.locator("#role option").count()).toBeGreaterThan(10);
  });

  it("shows the same score and keyword lists as Node for an uploaded PDF, and downloads the same JSON", async () => {
    const file = join(SYNTHETIC, "nodejs-strong.pdf");
    expect(await upload(file)).toBe("done");
    const node = await analyzeResume(file, { file: "nodejs-strong.pdf", now: new Date() });
    const seen = await shown();
    expect(seen).toEqual(expected(node));
    expect(seen.must.length).toBeGreaterThan(3);
    expect(await downloadedJson()).toBe(formatJson(node));
  });

  it("does the same for a dropped DOCX with a role, a level and a pasted job description", async () => {
    const file = join(SYNTHETIC, "python-django-docx.docx");
    const posting = readFileSync("fixtures/jobs/go-infra.md", "utf8");
    await page.click("#jd-box summary");
    await page.fill("#jd", posting);
    // A change of level or role re-runs the file shown: wait for each run, so the drop's outcome is the one read.
    await page.evaluate(() => { document.body.dataset.state = "choosing"; });
    await page.selectOption("#level", "senior");
    expect(await settled()).toBe("done");
    await page.evaluate(() => { document.body.dataset.state = "choosing"; });
    await page.selectOption("#role", "python-backend-developer");
    expect(await settled()).toBe("done");
    await page.evaluate(() => { document.body.dataset.state = "dropping"; });
    const bytes = readFileSync(file).toString("base64");
    const dt = await page.evaluateHandle((b64) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], "python-django-docx.docx"));
      return dt;
    }, bytes);
    await page.dispatchEvent("#drop", "drop", { dataTransfer: dt });
    expect(await settled()).toBe("done");
    const node = await analyzeResume(file, { file: "python-django-docx.docx", role: "python-backend-developer", level: "senior", jobDescription: { text: posting }, now: new Date() });
    expect(node.jobMatch).toBeDefined();
    expect(await shown()).toEqual(expected(node));
    expect(await page.frameLocator("#report").locator("h3", { hasText: "Job match" }).count()).toBe(1);
    expect(await downloadedJson()).toBe(formatJson(node));
    await page.fill("#jd", "");
    await page.evaluate(() => { document.body.dataset.state = "choosing"; });
    await page.selectOption("#level", "");
    await settled();
  });

  it("shows a typed error as its message, never a blank page", async () => {
    const cases: Array<[string, string]> = [
      [join(BAD, "encrypted-user-password.pdf"), "ENCRYPTED_PDF"],
      [join(BAD, "image-only-scan.pdf"), "NO_TEXT_LAYER"],
      [join(BAD, "legacy-word.doc"), "UNSUPPORTED_FORMAT"],
      [join(BAD, "zip-bomb.docx"), "TOO_LARGE"],
    ];
    for (const [file, code] of cases) {
      expect(await upload(file), file).toBe("error");
      const node = await analyzeResume(file).then(() => null, (e: Error) => e.message);
      const box = page.locator("#error");
      expect(await box.isVisible()).toBe(true);
      expect(await box.locator("code").textContent()).toBe(code);
      expect(await box.textContent()).toContain(node);
      expect(await page.locator("#result").isVisible()).toBe(false);
    }
  });

  it("keeps working offline", async () => {
    await context.setOffline(true);
    try {
      expect(await upload(join(SYNTHETIC, "java-vague.pdf"))).toBe("done");
      expect(await page.locator("#error").isVisible()).toBe(false);
    } finally {
      await context.setOffline(false);
    }
  });

  it("shows a hostile resume's markup as text and runs none of it", async () => {
    expect(await upload("fixtures/html/hostile-resume.txt")).toBe("done");
    const frame = page.frameLocator("#report");
    const text = await frame.locator(".doc").innerText();
    expect(text).toContain('<script>window.pwned = "script"; document.title = "pwned"</script>');
    expect(await frame.locator("script, img, iframe, svg, [onerror], [onload]").count()).toBe(0);
    const pwned = await page.evaluate(() => {
      const f = document.getElementById("report") as HTMLIFrameElement;
      return [(window as unknown as { pwned?: unknown }).pwned, (f.contentWindow as unknown as { pwned?: unknown }).pwned, f.contentDocument?.title];
    });
    expect(pwned).toEqual([undefined, undefined, "resume-ats report"]);
    expect(dialogs).toEqual([]);
  });

  it("fits a 360 px wide screen with a report shown", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => {
      const f = document.getElementById("report") as HTMLIFrameElement;
      const inner = f.contentDocument!.documentElement;
      return [document.documentElement.scrollWidth - document.documentElement.clientWidth, inner.scrollWidth - inner.clientWidth];
    });
    expect(overflow[0]).toBeLessThanOrEqual(0);
    expect(overflow[1]).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("made no request but the page itself and its worker's blob:, and logged no error", () => {
    expect(requests[0]).toBe(URL_);
    expect(requests.slice(1).every((u) => u.startsWith("blob:"))).toBe(true);
    expect(problems).toEqual([]);
  });
});
