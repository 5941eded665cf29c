/**
 * Batch progress on a terminal: "[done/total] elapsed  current file" on
 * stderr, only on a TTY, only for more than a few files, never in CI or with
 * --quiet, and erased before anything else is written and at the end.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { formatElapsed, isCi, Progress, PROGRESS_MIN_FILES, wantsProgress } from "../../src/cli/progress.js";

const ERASE = "\r\u001b[2K";

/** A stream that records what is written; a terminal when `tty`. */
function sink(tty: boolean, columns?: number): { isTTY: boolean; columns?: number; text: string; write(s: string, cb?: () => void): boolean } {
  return {
    isTTY: tty,
    ...(columns !== undefined ? { columns } : {}),
    text: "",
    write(s: string, cb?: () => void): boolean {
      this.text += s;
      cb?.();
      return true;
    },
  };
}

describe("progress line", () => {
  it("formats the elapsed time", () => {
    expect(formatElapsed(0)).toBe("0s");
    expect(formatElapsed(59_999)).toBe("59s");
    expect(formatElapsed(65_000)).toBe("1m 05s");
    expect(formatElapsed(3_720_000)).toBe("1h 02m");
  });

  it("is wanted only on a TTY, for more than a few files, outside CI, without --quiet, on a capable terminal", () => {
    const tty = { write: () => true, isTTY: true };
    const many = PROGRESS_MIN_FILES + 1;
    expect(wantsProgress(many, tty, {}, undefined)).toBe(true);
    expect(wantsProgress(PROGRESS_MIN_FILES, tty, {}, undefined)).toBe(false);
    expect(wantsProgress(many, { write: () => true, isTTY: false }, {}, undefined)).toBe(false);
    expect(wantsProgress(many, { write: () => true }, {}, undefined)).toBe(false);
    expect(wantsProgress(many, tty, {}, true)).toBe(false);
    expect(wantsProgress(many, tty, { CI: "true" }, undefined)).toBe(false);
    expect(wantsProgress(many, tty, { CI: "1" }, undefined)).toBe(false);
    expect(wantsProgress(many, tty, { CI: "false" }, undefined)).toBe(true);
    expect(wantsProgress(many, tty, { TERM: "dumb" }, undefined)).toBe(false);
    expect(isCi({ CI: "" })).toBe(false);
    expect(isCi({ CI: "0" })).toBe(false);
    expect(isCi({ CI: "woodpecker" })).toBe(true);
  });

  it("shows files done / total, the elapsed time and the earliest file still being read", () => {
    let t = 1_000;
    const out = sink(true, 200);
    const p = new Progress(out, 5, { now: () => t, tickMs: 0, minRedrawMs: 0 });
    p.start(0, "cv/a.pdf");
    expect(out.text).toBe(`${ERASE}[0/5] 0s  cv/a.pdf`);
    p.start(1, "cv/b.pdf");
    t += 2_500;
    p.settle(1);
    expect(p.line()).toBe("[1/5] 2s  cv/a.pdf");
    p.settle(0);
    expect(p.line()).toBe("[2/5] 2s");
    p.stop();
    expect(out.text.endsWith(ERASE)).toBe(true);
  });

  it("fits the terminal's width", () => {
    const p = new Progress(sink(true, 30), 9, { now: () => 0, tickMs: 0 });
    p.start(0, "a/very/long/folder/name/with/a/resume.pdf");
    expect(p.line()).toHaveLength(29);
    expect(p.line()).toMatch(/^\[0\/9\] 0s {2}a\/very.*…$/);
  });

  it("erases itself around other output and draws nothing after stop", () => {
    const out = sink(true, 80);
    const p = new Progress(out, 4, { now: () => 0, tickMs: 0, minRedrawMs: 0 });
    p.start(0, "a.pdf");
    p.around(() => out.write("resume-ats: a.pdf: CORRUPT_FILE: broken\n"));
    expect(out.text).toBe(`${ERASE}[0/4] 0s  a.pdf${ERASE}resume-ats: a.pdf: CORRUPT_FILE: broken\n${ERASE}[0/4] 0s  a.pdf`);
    p.stop();
    const before = out.text;
    p.settle(0);
    expect(out.text).toBe(before);
  });

  it("redraws at most every minRedrawMs as files start, and always for the last file", () => {
    let t = 0;
    const out = sink(true, 80);
    const p = new Progress(out, 4, { now: () => t, tickMs: 0, minRedrawMs: 100 });
    for (let i = 0; i < 4; i++) p.start(i, `${i}.pdf`);
    expect(out.text.split(ERASE).length - 1).toBe(1);
    t = 50;
    for (let i = 0; i < 4; i++) p.settle(i);
    expect(out.text.endsWith(`${ERASE}[4/4] 0s`)).toBe(true);
  });
});

describe("the check command's progress", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "resume-ats-progress-"));
  const files = ["a", "b", "c", "d", "e"].map((n) => `${n}.txt`);
  for (const [i, f] of files.entries()) {
    writeFileSync(path.join(dir, f), `Person ${i}\nEXPERIENCE\nBackend Engineer, Acme — 2019 – Present\n- Built Go services on Kafka\nSKILLS\nGo, Kafka, PostgreSQL\n`);
  }

  async function check(args: string[], stderrTty: boolean, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    const stdout = sink(false);
    const stderr = sink(stderrTty, 100);
    const code = await runCli([...files, "--format", "ndjson", ...args], { cwd: dir, env, stdout, stderr });
    return { code, stdout: stdout.text, stderr: stderr.text };
  }

  // The first run loads the library from source and starts its reader threads: slow on a loaded machine.
  it("draws on a TTY stderr, ends erased, and leaves stdout alone", { timeout: 180_000 }, async () => {
    const r = await check([], true);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${ERASE}[0/5] `);
    expect(r.stderr).toContain(`${ERASE}[5/5] `);
    expect(r.stderr.endsWith(ERASE)).toBe(true);
    expect(r.stdout).not.toContain("\r");
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).file)).toEqual(files);
  });

  it("stays silent when piped, in CI, or with --quiet / -q", async () => {
    for (const [args, tty, env] of [[[], false, {}], [[], true, { CI: "true" }], [["--quiet"], true, {}], [["-q"], true, {}]] as const) {
      const r = await check([...args], tty, { ...env });
      expect(r.code).toBe(0);
      expect(r.stderr, JSON.stringify({ args, tty, env })).toBe("");
    }
  });
});
