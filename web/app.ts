/// <reference lib="dom" />
/**
 * The static page (built by `npm run build:web` into dist-web/index.html):
 * drop or choose a resume, pick a role and level, paste a job description,
 * see the HTML report, download it or its JSON. Everything runs here and in
 * the analyzer's Web Worker; the page's Content Security Policy forbids any
 * fetch (`connect-src 'none'`), so nothing can leave the device.
 */
import { analyzeResume, formatHtml, formatJson, LEVELS, listRoles, ResumeAtsError, type BrowserAnalyzeOptions, type ResumeReport } from "../src/browser/index.js";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const form = $<HTMLFormElement>("form");
const drop = $<HTMLLabelElement>("drop");
const fileInput = $<HTMLInputElement>("file");
const fileName = $<HTMLSpanElement>("file-name");
const roleSelect = $<HTMLSelectElement>("role");
const levelSelect = $<HTMLSelectElement>("level");
const jd = $<HTMLTextAreaElement>("jd");
const analyzeButton = $<HTMLButtonElement>("analyze");
const status = $<HTMLParagraphElement>("status");
const errorBox = $<HTMLDivElement>("error");
const result = $<HTMLElement>("result");
const frame = $<HTMLIFrameElement>("report");

type State = "loading" | "ready" | "working" | "done" | "error";

let current: File | null = null;
let lastReport: ResumeReport | null = null;
let run = 0;
let sizing: ResizeObserver | null = null;

function setState(state: State, message: string): void {
  document.body.dataset.state = state;
  status.textContent = message;
}

function showError(e: unknown): void {
  errorBox.replaceChildren();
  const strong = document.createElement("strong");
  if (e instanceof ResumeAtsError) {
    strong.textContent = `${e.message} `;
    const code = document.createElement("code");
    code.textContent = e.code;
    errorBox.append(strong, code);
  } else {
    strong.textContent = `Something went wrong: ${e instanceof Error ? e.message : String(e)}`;
    errorBox.append(strong);
  }
  errorBox.hidden = false;
}

function options(): BrowserAnalyzeOptions {
  const o: BrowserAnalyzeOptions = {};
  if (roleSelect.value) o.role = roleSelect.value;
  if (levelSelect.value) o.level = levelSelect.value as BrowserAnalyzeOptions["level"];
  if (jd.value.trim()) o.jobDescription = { text: jd.value };
  return o;
}

/** Fits the frame to its report, so the page scrolls as one. */
function fitFrame(): void {
  sizing?.disconnect();
  const doc = frame.contentDocument;
  if (!doc?.documentElement) return;
  const fit = (): void => {
    frame.style.height = `${Math.ceil(doc.documentElement.scrollHeight) + 2}px`;
  };
  fit();
  sizing = new ResizeObserver(fit);
  sizing.observe(doc.body);
  // On a small screen the report starts below the form: bring it into view (never scroll back up to it).
  if (result.getBoundingClientRect().top > window.innerHeight * 0.8) result.scrollIntoView({ block: "start" });
}

function show(report: ResumeReport): void {
  lastReport = report;
  result.hidden = false;
  frame.addEventListener("load", fitFrame, { once: true });
  frame.srcdoc = formatHtml(report);
}

async function analyze(): Promise<void> {
  if (!current) return;
  const file = current;
  const mine = ++run;
  errorBox.hidden = true;
  analyzeButton.disabled = true;
  setState("working", `Reading ${file.name}…`);
  const started = performance.now();
  try {
    const report = await analyzeResume(file, options());
    if (mine !== run) return;
    const ms = Math.round(performance.now() - started);
    show(report);
    setState("done", `${file.name}: ${report.score.total} / 100 for ${report.role.title}, in ${ms} ms.`);
    document.body.dataset.ms = String(ms);
  } catch (e) {
    if (mine !== run) return;
    result.hidden = true;
    lastReport = null;
    showError(e);
    setState("error", `${file.name} could not be analyzed.`);
  } finally {
    if (mine === run) analyzeButton.disabled = false;
  }
}

function choose(file: File | undefined): void {
  if (!file) return;
  current = file;
  fileName.textContent = file.name;
  fileName.hidden = false;
  void analyze();
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function baseName(): string {
  return (current?.name ?? "resume").replace(/\.[^.]+$/u, "");
}

fileInput.addEventListener("change", () => choose(fileInput.files?.[0]));
for (const type of ["dragenter", "dragover"] as const) {
  document.addEventListener(type, (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
}
for (const type of ["dragleave", "dragend"] as const) document.addEventListener(type, () => drop.classList.remove("over"));
document.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  choose(e.dataTransfer?.files[0]);
});
form.addEventListener("submit", (e) => {
  e.preventDefault();
  void analyze();
});
roleSelect.addEventListener("change", () => void analyze());
levelSelect.addEventListener("change", () => void analyze());
$<HTMLButtonElement>("dl-json").addEventListener("click", () => {
  if (lastReport) download(`${baseName()}.resume-ats.json`, "application/json", formatJson(lastReport));
});
$<HTMLButtonElement>("dl-html").addEventListener("click", () => {
  if (lastReport) download(`${baseName()}.resume-ats.html`, "text/html", formatHtml(lastReport));
});
$<HTMLButtonElement>("print").addEventListener("click", () => frame.contentWindow?.print());

for (const level of LEVELS) levelSelect.add(new Option(level[0].toUpperCase() + level.slice(1), level));

// The worker starts now and warms its parsers, so the first file is read as fast as the next.
listRoles().then(
  (roles) => {
    for (const r of roles) roleSelect.add(new Option(r.title, r.id));
    if (document.body.dataset.state === "loading") setState("ready", "Ready: drop a resume or choose a file.");
  },
  (e: unknown) => {
    showError(e);
    setState("error", "The analyzer could not start.");
  },
);
