import { spawn } from "node:child_process";
import { getEventListeners } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARED } from "../shared-dir.js";
import { AbortedError, EncryptedPdfError, ResourceLimitError, ResumeAtsError, TimeoutError, TooLargeError, UnsupportedFormatError } from "../../src/errors.js";
import { analyzeResume } from "../../src/analyze/index.js";
import { extractResume } from "../../src/extract/index.js";
import { getBuiltinCatalog } from "../../src/keywords/load.js";
import { closeIsolatedWorkers, configureWorkerPool, extractIsolated, workerPoolConfig } from "../../src/isolate/index.js";
import { hogInWorker, liveWorkerCount, spinInWorker, workerPoolCounters } from "../../src/isolate/testing.js";

const SYN = `${SHARED}/corpus/dev/synthetic`;
const BAD = `${SHARED}/bad-inputs`;
const MD = `${SHARED}/corpus/dev/offlinecv/markdown/inline-links.md`;

async function rejection(p: Promise<unknown>): Promise<ResumeAtsError> {
  try {
    await p;
  } catch (e) {
    expect(e, `not a ResumeAtsError: ${String(e)}`).toBeInstanceOf(ResumeAtsError);
    return e as ResumeAtsError;
  }
  throw new Error("expected a rejection");
}

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return cond();
}

beforeAll(() => {
  // Workers copy process.env when they start: every worker of this file honours the spin hook.
  process.env.RESUME_ATS_TEST_HOOKS = "1";
});
afterAll(async () => {
  await closeIsolatedWorkers();
});

describe("extractIsolated gives what extractResume gives", () => {
  for (const f of [`${SYN}/nodejs-strong.pdf`, `${SYN}/dba-two-column.docx`, MD]) {
    it(f.split("/").pop()!, async () => {
      const [iso, local] = await Promise.all([extractIsolated(f), extractResume(f)]);
      expect(iso.lines.length).toBeGreaterThan(10);
      expect(iso).toEqual(local);
    });
  }

  it("bytes, ArrayBuffer and { text } inputs", async () => {
    const bytes = new Uint8Array(readFileSync(`${SYN}/java-vague.pdf`));
    const local = await extractResume(bytes);
    expect(await extractIsolated(bytes)).toEqual(local);
    expect(await extractIsolated(bytes.slice().buffer)).toEqual(local);
    const text = { text: "Jane Doe\njane@example.com\n\nSkills\nPython, PostgreSQL, Kafka\n" };
    expect(await extractIsolated(text)).toEqual(await extractResume(text));
  });

  it("concurrent calls each get their own answer", async () => {
    const files = [`${SYN}/nodejs-strong.pdf`, `${SYN}/java-vague.docx`, `${SYN}/api-developer-mixed.pdf`, `${SYN}/devops-table-skills.docx`];
    const iso = await Promise.all(files.map((f) => extractIsolated(f)));
    const local = await Promise.all(files.map((f) => extractResume(f)));
    expect(iso.map((d) => d.text)).toEqual(local.map((d) => d.text));
    expect(new Set(iso.map((d) => d.text)).size).toBe(4);
  });
});

describe("what crosses the thread boundary", () => {
  it("only extraction options are sent: options that cannot be cloned do not break it", async () => {
    const local = await extractResume(`${SYN}/nodejs-strong.docx`, { maxTextChars: 500 });
    // analyzeResume hands its whole options object over; a keywords object may hold functions.
    const opts = { maxTextChars: 500, keywords: { hook: () => 1 }, now: new Date() } as unknown as Parameters<typeof extractIsolated>[1];
    expect(await extractIsolated(`${SYN}/nodejs-strong.docx`, opts)).toEqual(local);
    const withExtra = { text: "Skills: Go, Kafka", format: "text", extra: () => 1 } as unknown as Parameters<typeof extractIsolated>[0];
    expect((await extractIsolated(withExtra)).text).toBe("Skills: Go, Kafka");
  });

  it("analyzeResume with a ready Catalog in the default (isolated) mode", async () => {
    const catalog = getBuiltinCatalog();
    const now = new Date("2025-01-01T00:00:00Z");
    const iso = await analyzeResume(`${SYN}/nodejs-strong.pdf`, { keywords: catalog, now });
    const local = await analyzeResume(`${SYN}/nodejs-strong.pdf`, { keywords: catalog, now, isolate: false });
    expect(iso.score.total).toBe(local.score.total);
    expect(iso.skills.map((x) => x.id)).toEqual(local.skills.map((x) => x.id));
  });

  it("a bad keyword file fails while the worker reads, and the next call is served", async () => {
    // analyzeResume loads the catalog and compiles its matcher while the worker extracts:
    // the keyword error wins, the worker's answer is dropped without an unhandled rejection.
    const bad = await rejection(analyzeResume(`${SYN}/nodejs-strong.pdf`, { keywords: { version: "x" } as never }));
    expect(bad.code).toBe("INVALID_KEYWORDS");
    const both = await rejection(analyzeResume(`${BAD}/photo.png`, { keywords: "/nonexistent/keywords.json" }));
    expect(both.code).toBe("FILE_NOT_FOUND");
    expect(both.message).toContain("keyword file");
    const now = new Date("2025-01-01T00:00:00Z");
    const iso = await analyzeResume(`${SYN}/nodejs-strong.pdf`, { now });
    const local = await analyzeResume(`${SYN}/nodejs-strong.pdf`, { now, isolate: false });
    expect(JSON.stringify(iso)).toBe(JSON.stringify(local));
  });
});

describe("typed errors cross the thread boundary", () => {
  it("keeps class, code and details", async () => {
    const enc = await rejection(extractIsolated(`${BAD}/encrypted-user-password.pdf`));
    expect(enc).toBeInstanceOf(EncryptedPdfError);
    expect(enc.code).toBe("ENCRYPTED_PDF");

    const fmt = await rejection(extractIsolated(`${BAD}/photo.png`));
    expect(fmt).toBeInstanceOf(UnsupportedFormatError);
    expect(fmt.code).toBe("UNSUPPORTED_FORMAT");

    const bomb = await rejection(extractIsolated(`${BAD}/zip-bomb-b.docx`));
    expect(bomb).toBeInstanceOf(TooLargeError);
    expect(bomb.details).toBeDefined();

    const pages = await rejection(extractIsolated(`${BAD}/pages-5000.pdf`));
    expect(pages.code).toBe("TOO_LARGE");
    expect(pages.details).toMatchObject({ pages: 5000, maxPages: 20 });

    expect((await rejection(extractIsolated(new Uint8Array(0)))).code).toBe("EMPTY_INPUT");
    expect((await rejection(extractIsolated("/nonexistent/resume.pdf"))).code).toBe("FILE_NOT_FOUND");
    expect((await rejection(extractIsolated(`${BAD}/truncated.docx`))).code).toBe("CORRUPT_FILE");
  });
});

describe("limits enforced by terminating the worker", () => {
  it("a worker stuck in synchronous work is terminated at the deadline itself, not a second later", async () => {
    await closeIsolatedWorkers();
    expect(liveWorkerCount()).toBe(0);
    await spinInWorker(1, 5_000).catch(() => undefined); // a warm worker, so the clock is the only wait
    const timeoutsBefore = workerPoolCounters().timeouts;
    const exitedBefore = workerPoolCounters().exited;
    const t = performance.now();
    const err = await rejection(spinInWorker(60_000, 300));
    const ms = performance.now() - t;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.code).toBe("TIMEOUT");
    expect(err.details).toEqual({ limit: "timeoutMs", max: 300 });
    expect(workerPoolCounters().timeouts).toBe(timeoutsBefore + 1);
    // Issue 18 #9: the worker was given timeoutMs + 1 s. The loose bound (0.9 s of slack) still fails for that.
    expect(ms).toBeLessThan(300 + 900);
    // The spinning thread really stopped: it exits (a thread stuck in a loop would never emit 'exit'),
    // and its replacement brings the pool back to its size.
    expect(await waitFor(() => workerPoolCounters().exited > exitedBefore, 10_000)).toBe(true);
    expect(await waitFor(() => workerPoolCounters().starting === 0 && workerPoolCounters().threads <= workerPoolConfig().size, 30_000)).toBe(true);
  });

  it("a spin shorter than the budget is answered and the worker is kept", async () => {
    const err = await rejection(spinInWorker(50, 5_000));
    expect(err.code).toBe("CORRUPT_FILE"); // the hook answers with an untyped error, mapped as any parser error
    expect(err.message).toContain("spun");
    expect(liveWorkerCount()).toBeGreaterThan(0);
  });

  it("a worker that runs out of memory after answering does not crash the host", async () => {
    // Found by bench/fuzz.ts: an idle worker's 'error' event had no listener and killed the process.
    await closeIsolatedWorkers();
    const err = await rejection(spinInWorker(1, 5_000, 24, true));
    expect(err.message).toContain("spun");
    expect(await waitFor(() => liveWorkerCount() === 0, 10_000)).toBe(true);
    expect((await extractIsolated({ text: "Skills: Go" }, { maxMemoryMb: 24 })).text).toBe("Skills: Go");
  });

  it("a big but legal PDF with a tiny timeoutMs → TIMEOUT, isolated and in this thread", async () => {
    await extractIsolated({ text: "Skills: Go" }); // a warm worker: its start is not the file's budget
    const t = performance.now();
    const err = await rejection(extractIsolated(`${BAD}/pages-5000.pdf`, { maxPages: 5000, timeoutMs: 100 }));
    expect(err.code).toBe("TIMEOUT");
    expect(performance.now() - t).toBeLessThan(6_000);
    // Issue 18 #9: with isolate: false the deadline was not enforced for PDFs at all (a report after 4–13 s).
    // pdf.js answers through microtasks only; extraction now yields between pdf.js calls, so the timer fires.
    const local = await rejection(extractResume(`${BAD}/pages-5000.pdf`, { maxPages: 5000, timeoutMs: 300 }));
    expect(local.code).toBe("TIMEOUT");
    expect(local.details).toEqual({ limit: "timeoutMs", max: 300 });
  });

  it("a tiny heap cap → RESOURCE_LIMIT, and the host stays healthy", async () => {
    const err = await rejection(extractIsolated(`${BAD}/paragraphs-100k.docx`, { maxMemoryMb: 8 }));
    expect(err).toBeInstanceOf(ResourceLimitError);
    expect(err.code).toBe("RESOURCE_LIMIT");
    expect(err.details).toEqual({ maxMemoryMb: 8 });
    // The same cap is enough for a small text input: the limit was the file, not the worker's start.
    expect((await extractIsolated({ text: "Jane Doe\nSkills: Python" }, { maxMemoryMb: 8 })).text).toContain("Python");
    const doc = await extractIsolated(`${SYN}/python-django-docx.docx`);
    expect(doc.text).toContain("Django");
    expect((await extractResume(`${SYN}/python-django-docx.docx`)).text).toEqual(doc.text);
  });

  it("an AbortSignal aborts a running extraction, and an aborted one never starts", async () => {
    const ac = new AbortController();
    const t = performance.now();
    const p = extractIsolated(`${BAD}/pages-5000.pdf`, { maxPages: 5000, timeoutMs: 60_000, signal: ac.signal });
    setTimeout(() => ac.abort(), 300);
    const err = await rejection(p);
    expect(err).toBeInstanceOf(AbortedError);
    expect(err.code).toBe("ABORTED");
    expect(performance.now() - t).toBeLessThan(3_000);

    const before = liveWorkerCount();
    const pre = new AbortController();
    pre.abort();
    expect((await rejection(extractIsolated(`${SYN}/nodejs-strong.pdf`, { signal: pre.signal }))).code).toBe("ABORTED");
    expect(liveWorkerCount()).toBeLessThanOrEqual(before);
  });

  it("reuses idle workers safely when workers with many heap caps come and go", async () => {
    // More idle workers than cores: the pool retires some. A retired worker must never be handed out again.
    for (const mb of [40, 41, 42, 43, 44]) {
      expect((await extractIsolated({ text: "Skills: Go" }, { maxMemoryMb: mb })).text).toContain("Go");
    }
    for (const mb of [44, 43, 42, 41, 40]) {
      expect((await extractIsolated({ text: "Skills: Rust" }, { maxMemoryMb: mb })).text).toContain("Rust");
    }
  });
});

describe("the shared pool", () => {
  it("any number of concurrent calls: all answered, never more threads than the pool's size", async () => {
    // Issue 18 #1: 300 concurrent calls started 313 threads and most failed to start.
    await closeIsolatedWorkers();
    const before = workerPoolConfig();
    configureWorkerPool({ size: 2 });
    try {
      const c0 = workerPoolCounters();
      const files = [`${SYN}/nodejs-strong.pdf`, `${SYN}/java-vague.docx`, `${SYN}/api-developer-mixed.pdf`, `${SYN}/devops-table-skills.docx`];
      const calls = Array.from({ length: 48 }, (_, i) => files[i % files.length]);
      const docs = await Promise.all(calls.map((f) => extractIsolated(f)));
      const local = await Promise.all(files.map((f) => extractResume(f)));
      docs.forEach((d, i) => expect(d.text).toBe(local[i % files.length].text));
      const c = workerPoolCounters();
      expect(c.peakWorkers).toBeLessThanOrEqual(2);
      expect(c.peakQueued).toBeGreaterThan(20);
      expect(c.spawned - c0.spawned).toBeLessThanOrEqual(2);
    } finally {
      configureWorkerPool({ size: before.size });
    }
  });

  it("workers are recycled after maxFilesPerWorker files", async () => {
    await closeIsolatedWorkers();
    const before = workerPoolConfig();
    configureWorkerPool({ size: 1, maxFilesPerWorker: 3 });
    try {
      const c0 = workerPoolCounters();
      for (let i = 0; i < 7; i++) expect((await extractIsolated(`${SYN}/nodejs-strong.pdf`)).lines.length).toBeGreaterThan(10);
      const c = workerPoolCounters();
      expect(c.recycled - c0.recycled).toBe(2);
      expect(c.spawned - c0.spawned).toBe(3);
    } finally {
      configureWorkerPool({ size: before.size, maxFilesPerWorker: before.maxFilesPerWorker });
    }
  });

  it("a read that grows the process past maxRssGrowthMb (buffers outside the heap cap) is stopped with RESOURCE_LIMIT", async () => {
    // Issue 18 #8: the heap cap does not bound pdf.js's native buffers; 68–105 KB fuzzed PDFs took the process to 870 MB.
    await closeIsolatedWorkers();
    const before = workerPoolConfig();
    configureWorkerPool({ maxRssGrowthMb: 96 });
    try {
      await spinInWorker(1, 5_000).catch(() => undefined); // warm first: a warm-up is not judged
      const err = await rejection(hogInWorker(2_000, 60_000));
      expect(err).toBeInstanceOf(ResourceLimitError);
      expect(err.details).toMatchObject({ limit: "maxRssGrowthMb", max: 96 });
      expect(err.details?.grownMb as number).toBeLessThan(96 + 200);
      // Under the budget, the same hook is answered.
      expect((await rejection(hogInWorker(32, 60_000))).message).toContain("hogged");
    } finally {
      configureWorkerPool({ maxRssGrowthMb: before.maxRssGrowthMb });
    }
  });

  it("one AbortSignal shared by many calls gets one listener, and none afterwards", async () => {
    // Issue 18 #10: more than 10 calls on one signal printed MaxListenersExceededWarning.
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const ac = new AbortController();
      let most = 0;
      const sample = setInterval(() => (most = Math.max(most, getEventListeners(ac.signal, "abort").length)), 1);
      const calls = [
        ...Array.from({ length: 20 }, () => analyzeResume(`${SYN}/nodejs-strong.pdf`, { signal: ac.signal })),
        ...Array.from({ length: 20 }, () => analyzeResume(`${SYN}/java-vague.docx`, { signal: ac.signal, isolate: false })),
      ];
      await Promise.all(calls);
      clearInterval(sample);
      expect(most).toBeLessThanOrEqual(1);
      expect(getEventListeners(ac.signal, "abort")).toHaveLength(0);
      // Aborting still reaches every call that shares the signal.
      const ac2 = new AbortController();
      const pending = Array.from({ length: 15 }, () => analyzeResume(`${BAD}/pages-5000.pdf`, { signal: ac2.signal, maxPages: 5000 }).then(() => "report", (e: { code?: string }) => e.code));
      setTimeout(() => ac2.abort(), 50);
      expect(new Set(await Promise.all(pending))).toEqual(new Set(["ABORTED"]));
      await new Promise((r) => setTimeout(r, 20));
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("host Node flags do not break the workers (no execArgv is passed)", async () => {
    // Issue 18 #2: --max-old-space-size, --expose-gc, --stack-size... made every call reject with ERR_WORKER_INVALID_EXEC_ARGV.
    const dist = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
    const code = `import(${JSON.stringify(dist)}).then((m) => m.analyzeResume(${JSON.stringify(`${BAD}/valid-minimal.pdf`)})).then((r) => console.log("score", r.score.total), (e) => console.log("error", e.constructor.name, e.code))`;
    for (const flags of [["--max-old-space-size=2048"], ["--expose-gc", "--stack-size=2000"], ["--max-semi-space-size=16", "--no-warnings"]]) {
      const out = await new Promise<string>((resolve) => {
        const p = spawn(process.execPath, [...flags, "-e", code], { stdio: ["ignore", "pipe", "pipe"] });
        let o = "";
        p.stdout.on("data", (d: Buffer) => (o += d.toString()));
        p.on("close", () => resolve(o));
      });
      expect(out.trim(), flags.join(" ")).toMatch(/^score \d+$/);
    }
  });
});

describe("process lifetime", () => {
  it("workers do not keep a process alive after its last extraction, and print nothing", async () => {
    const child = fileURLToPath(new URL("./child-extract.ts", import.meta.url));
    const proc = spawn(process.execPath, ["--import", "tsx", child, `${SYN}/nodejs-strong.pdf`], {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    proc.stdout.on("data", (d: Buffer) => (out += d.toString()));
    proc.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const exited = await new Promise<{ code: number | null; at: number }>((resolve) => {
      const killer = setTimeout(() => proc.kill("SIGKILL"), 20_000);
      proc.on("exit", (code) => {
        clearTimeout(killer);
        resolve({ code, at: Date.now() });
      });
    });
    expect(exited.code).toBe(0);
    // The child's spin request makes its worker console.log/console.error: none of it may reach the host.
    expect(out.trim().split("\n")).toHaveLength(1);
    expect(out + err).not.toContain("worker-noise");
    const { lines, doneAt } = JSON.parse(out.trim()) as { lines: number; doneAt: number };
    expect(lines).toBeGreaterThan(10);
    expect(exited.at - doneAt).toBeLessThan(1_000);
  });
});
