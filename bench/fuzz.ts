/**
 * Mutation fuzzer: corrupts corpus files (PDF, DOCX, Markdown) and runs each
 * through `analyzeResume` with worker isolation and a per-input timeout.
 * Every input must end in a report or a `ResumeAtsError`; anything else is a
 * crash (input saved to /tmp/fuzz-crashes/), and an input that does not
 * settle well past its timeout is a hang.
 *
 * Run: `npx tsx bench/fuzz.ts [--minutes 2] [--seed 1] [--timeout 5000] [--max N] [--dist <built dist dir>] [--no-isolate] [--json]
 *        [--save-dir <dir> --save-over-mb 450 --save-over-ms 2000]`
 *
 * With `--save-dir`, every input whose read took the process's RSS past
 * `--save-over-mb` or took longer than `--save-over-ms` is saved there (with
 * a note of its seed, index, time and peak RSS): that is how the hostile
 * inputs under fixtures/hostile/fuzz/ were found.
 *
 * The sequence of inputs depends only on the seed (the time limit decides
 * how far along it the run gets), so a crash can be replayed with its seed
 * and index, or directly from the saved file.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { rng } from "./lib/rng.js";

const CORPUS = resolve(import.meta.dirname, "..", "..", "shared", "corpus", "dev");
const CRASH_DIR = "/tmp/fuzz-crashes";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}


interface Seed {
  name: string;
  kind: "pdf" | "docx" | "md";
  bytes: Uint8Array;
}

function loadCorpus(dir: string, out: Seed[] = []): Seed[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) loadCorpus(p, out);
    else {
      const ext = e.split(".").pop()?.toLowerCase();
      if (ext === "pdf" || ext === "docx" || ext === "md") out.push({ name: p.slice(CORPUS.length + 1), kind: ext, bytes: new Uint8Array(readFileSync(p)) });
    }
  }
  return out;
}

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const enc = new TextEncoder();
const PDF_TOKENS = [
  "<<", ">>", "[", "]", "(", ")", "\\", "stream\n", "\nendstream", " obj ", "endobj", "/Length 999999999", "/Length -1", "9999999 0 R",
  "1 0 R", "/Type /Pages", "/Kids [3 0 R 3 0 R]", "/Count 2147483647", "xref\n0 1\n", "trailer", "%%EOF", "/Filter /FlateDecode",
  "/Filter [/ASCIIHexDecode /LZWDecode]", "BT", "ET", "Tj", "TJ", "/F1 1e308 Tf", "[[[[[[[[", "<<<<<<<<", "/Encrypt 1 0 R",
].map((s) => enc.encode(s));

/** Offsets of a 4-byte signature (zip headers). */
function findSig(b: Uint8Array, s0: number, s1: number, s2: number, s3: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 3 < b.length; i++) if (b[i] === s0 && b[i + 1] === s1 && b[i + 2] === s2 && b[i + 3] === s3) out.push(i);
  return out;
}

/** Mutators: each returns a new array. */
const MUTATORS: Record<string, (r: Rand, b: Uint8Array, corpus: Seed[]) => Uint8Array> = {
  flip(r, b) {
    const out = b.slice();
    const n = 1 + int(r, 16);
    for (let i = 0; i < n && out.length; i++) out[int(r, out.length)] ^= 1 << int(r, 8);
    return out;
  },
  randomBytes(r, b) {
    const out = b.slice();
    const at = int(r, Math.max(1, out.length));
    const n = 1 + int(r, 64);
    for (let i = 0; i < n && at + i < out.length; i++) out[at + i] = int(r, 256);
    return out;
  },
  truncate(r, b) {
    return b.slice(0, int(r, b.length + 1));
  },
  duplicateChunk(r, b) {
    if (b.length === 0) return b;
    const s = int(r, b.length);
    const e = Math.min(b.length, s + 1 + int(r, 4096));
    const at = int(r, b.length + 1);
    const times = 1 + int(r, r() < 0.1 ? 200 : 3);
    const chunk = b.slice(s, e);
    return concat(b.slice(0, at), ...Array.from({ length: times }, () => chunk), b.slice(at));
  },
  deleteChunk(r, b) {
    if (b.length === 0) return b;
    const s = int(r, b.length);
    const e = Math.min(b.length, s + 1 + int(r, 4096));
    return concat(b.slice(0, s), b.slice(e));
  },
  pdfToken(r, b) {
    let out = b;
    const n = 1 + int(r, 8);
    for (let i = 0; i < n; i++) {
      const at = int(r, out.length + 1);
      out = concat(out.slice(0, at), pick(r, PDF_TOKENS), out.slice(at));
    }
    return out;
  },
  bigNumber(r, b) {
    // Replace a run of ASCII digits (xref offsets, /Length, sizes) with an extreme value.
    const starts: number[] = [];
    for (let i = 0; i < b.length; i++) if (b[i] >= 0x30 && b[i] <= 0x39 && (i === 0 || b[i - 1] < 0x30 || b[i - 1] > 0x39)) starts.push(i);
    if (starts.length === 0) return b;
    const s = pick(r, starts);
    let e = s;
    while (e < b.length && b[e] >= 0x30 && b[e] <= 0x39) e++;
    return concat(b.slice(0, s), enc.encode(pick(r, ["0", "-1", "99999999999", "2147483648", "1e400", "4294967295", String(int(r, 100000))])), b.slice(e));
  },
  splice(r, b, corpus) {
    const other = pick(r, corpus).bytes;
    return concat(b.slice(0, int(r, b.length + 1)), other.slice(int(r, other.length + 1)));
  },
  zipHeader(r, b) {
    // Corrupt a field of a local file header or central directory record (sizes, method, name length, offsets).
    const heads = [...findSig(b, 0x50, 0x4b, 0x03, 0x04).map((o) => [o, 30] as const), ...findSig(b, 0x50, 0x4b, 0x01, 0x02).map((o) => [o, 46] as const), ...findSig(b, 0x50, 0x4b, 0x05, 0x06).map((o) => [o, 22] as const)];
    if (heads.length === 0) return MUTATORS.flip(r, b, []);
    const [o, len] = pick(r, heads);
    const out = b.slice();
    const field = o + 4 + int(r, len - 4);
    const v = pick(r, [0x00, 0xff, int(r, 256)]);
    const n = 1 + int(r, 4);
    for (let i = 0; i < n && field + i < out.length; i++) out[field + i] = v;
    return out;
  },
  zipData(r, b) {
    // Damage the compressed data right after a local header (the deflate stream of an entry).
    const heads = findSig(b, 0x50, 0x4b, 0x03, 0x04);
    if (heads.length === 0) return MUTATORS.flip(r, b, []);
    const o = pick(r, heads);
    const nameLen = (b[o + 26] ?? 0) | ((b[o + 27] ?? 0) << 8);
    const extraLen = (b[o + 28] ?? 0) | ((b[o + 29] ?? 0) << 8);
    const data = o + 30 + nameLen + extraLen;
    const out = b.slice();
    const n = 1 + int(r, 8);
    for (let i = 0; i < n; i++) {
      const at = data + int(r, 256);
      if (at < out.length) out[at] = int(r, 256);
    }
    return out;
  },
};

const MUTATOR_NAMES = Object.keys(MUTATORS).sort();

function mutate(r: Rand, seed: Seed, corpus: Seed[]): { bytes: Uint8Array; ops: string[] } {
  let bytes = seed.bytes;
  const ops: string[] = [];
  const n = 1 + int(r, 3);
  for (let i = 0; i < n; i++) {
    const name = seed.kind === "docx" && r() < 0.4 ? pick(r, ["zipHeader", "zipData"]) : pick(r, MUTATOR_NAMES);
    ops.push(name);
    bytes = MUTATORS[name](r, bytes, corpus);
  }
  return { bytes, ops };
}

interface Stats {
  tried: number;
  reports: number;
  errors: Record<string, number>;
  crashes: Array<{ index: number; file: string; ops: string[]; error: string; saved: string }>;
  hangs: Array<{ index: number; file: string; ops: string[]; saved: string }>;
  peakRssMb: number;
  slowestMs: number;
  /** Inputs over the --save-over-mb / --save-over-ms thresholds. */
  heavy: Array<{ index: number; file: string; ops: string[]; ms: number; peakRssMb: number; outcome: string; saved: string | null }>;
  byMutator: Record<string, { tried: number; reports: number }>;
}

function save(bytes: Uint8Array, kind: string, note: string): string {
  mkdirSync(CRASH_DIR, { recursive: true });
  const id = createHash("sha1").update(bytes).digest("hex").slice(0, 16);
  const p = join(CRASH_DIR, `${id}.${kind}`);
  writeFileSync(p, bytes);
  writeFileSync(`${p}.txt`, note);
  return p;
}

async function main(): Promise<void> {
  const minutes = Number(argValue("--minutes") ?? 2);
  const seedValue = Number(argValue("--seed") ?? 1);
  const timeoutMs = Number(argValue("--timeout") ?? 5_000);
  const max = Number(argValue("--max") ?? Infinity);
  const dist = argValue("--dist");
  const isolate = !process.argv.includes("--no-isolate");
  const lib = (dist ? await import(pathToFileURL(join(resolve(dist), "index.js")).href) : await import("../src/index.js")) as {
    analyzeResume: typeof import("../src/analyze/index.js").analyzeResume;
    ResumeAtsError: typeof import("../src/errors.js").ResumeAtsError;
  };
  const { analyzeResume, ResumeAtsError } = lib;
  const corpus = loadCorpus(CORPUS);
  const r = rng(seedValue);
  const stats: Stats = { tried: 0, reports: 0, errors: {}, crashes: [], hangs: [], peakRssMb: 0, slowestMs: 0, heavy: [], byMutator: {} };
  const saveDir = argValue("--save-dir");
  const saveOverMb = Number(argValue("--save-over-mb") ?? Infinity);
  const saveOverMs = Number(argValue("--save-over-ms") ?? Infinity);
  let inputPeakMb = 0;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss() / 1048576;
    stats.peakRssMb = Math.max(stats.peakRssMb, rss);
    inputPeakMb = Math.max(inputPeakMb, rss);
  }, 10);
  sampler.unref();
  const now = new Date("2025-01-01T00:00:00Z");
  const end = Date.now() + minutes * 60_000;
  const watchdogMs = timeoutMs + 5_000;

  while (Date.now() < end && stats.tried < max) {
    const index = stats.tried;
    const seed = pick(r, corpus);
    const { bytes, ops } = mutate(r, seed, corpus);
    stats.tried++;
    for (const op of new Set(ops)) (stats.byMutator[op] ??= { tried: 0, reports: 0 }).tried++;
    // Kept until the next input: if the whole process dies (a fatal V8 OOM), the input that killed it is on disk.
    mkdirSync(CRASH_DIR, { recursive: true });
    writeFileSync(join(CRASH_DIR, "last-input.bin"), bytes);
    writeFileSync(join(CRASH_DIR, "last-input.txt"), `seed ${seedValue} index ${index} from ${seed.name} ops ${ops.join(",")}\n`);
    const t = performance.now();
    inputPeakMb = process.memoryUsage.rss() / 1048576;
    let watchdog: NodeJS.Timeout | undefined;
    const hang = new Promise<"hang">((res) => {
      watchdog = setTimeout(() => res("hang"), watchdogMs);
    });
    const run = analyzeResume(bytes, { isolate, timeoutMs, now, file: seed.name }).then(
      (rep) => ({ ok: true as const, rep }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    const res = await Promise.race([run, hang]);
    clearTimeout(watchdog);
    const ms = performance.now() - t;
    stats.slowestMs = Math.max(stats.slowestMs, ms);
    if (inputPeakMb > saveOverMb || ms > saveOverMs) {
      const outcome = res === "hang" ? "hang" : res.ok ? "report" : res.e instanceof ResumeAtsError ? res.e.code : "crash";
      let saved: string | null = null;
      if (saveDir) {
        mkdirSync(saveDir, { recursive: true });
        const id = createHash("sha1").update(bytes).digest("hex").slice(0, 12);
        saved = join(saveDir, `seed${seedValue}-${index}-${id}.${seed.kind}`);
        writeFileSync(saved, bytes);
        writeFileSync(`${saved}.txt`, `seed ${seedValue} index ${index} from ${seed.name} ops ${ops.join(",")}\n${Math.round(ms)} ms, peak RSS ${Math.round(inputPeakMb)} MB, ${outcome}\n`);
      }
      stats.heavy.push({ index, file: seed.name, ops, ms: Math.round(ms), peakRssMb: Math.round(inputPeakMb), outcome, saved });
      console.error(`HEAVY #${index} ${seed.name} [${ops.join(",")}] ${Math.round(ms)} ms, ${Math.round(inputPeakMb)} MB, ${outcome}`);
    }
    if (res === "hang") {
      const saved = save(bytes, seed.kind, `hang: seed ${seedValue} index ${index} from ${seed.name} ops ${ops.join(",")}\n`);
      stats.hangs.push({ index, file: seed.name, ops, saved });
      console.error(`HANG #${index} ${seed.name} [${ops.join(",")}] → ${saved}`);
      continue;
    }
    if (res.ok) {
      stats.reports++;
      for (const op of new Set(ops)) stats.byMutator[op].reports++;
      const total = res.rep.score.total;
      if (!(total >= 0 && total <= 100)) {
        const saved = save(bytes, seed.kind, `score out of range: ${total}\n`);
        stats.crashes.push({ index, file: seed.name, ops, error: `score ${total}`, saved });
      }
    } else if (res.e instanceof ResumeAtsError) {
      stats.errors[res.e.code] = (stats.errors[res.e.code] ?? 0) + 1;
    } else {
      const err = res.e instanceof Error ? `${res.e.name}: ${res.e.message}\n${res.e.stack ?? ""}` : String(res.e);
      const saved = save(bytes, seed.kind, `crash: seed ${seedValue} index ${index} from ${seed.name} ops ${ops.join(",")}\n${err}\n`);
      stats.crashes.push({ index, file: seed.name, ops, error: err.split("\n")[0], saved });
      console.error(`CRASH #${index} ${seed.name} [${ops.join(",")}] ${err.split("\n")[0]} → ${saved}`);
    }
    if (stats.tried % 100 === 0) console.error(`… ${stats.tried} inputs, ${Math.round(stats.peakRssMb)} MB peak`);
  }
  clearInterval(sampler);
  stats.peakRssMb = Math.max(stats.peakRssMb, process.resourceUsage().maxRSS / 1024);

  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ seed: seedValue, timeoutMs, isolate, ...stats }, null, 2));
  } else {
    const errs = Object.entries(stats.errors).sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `${c} ${n}`).join(", ");
    console.log(`seed ${seedValue}, ${minutes} min budget, timeout ${timeoutMs} ms, isolate ${isolate}, library from ${dist ?? "source"}`);
    console.log(`inputs tried: ${stats.tried} (${corpus.length} corpus files)`);
    console.log(`reports: ${stats.reports}`);
    console.log(`typed errors: ${errs || "none"}`);
    console.log(`crashes: ${stats.crashes.length}${stats.crashes.map((c) => `\n  #${c.index} ${c.file} [${c.ops.join(",")}] ${c.error} → ${c.saved}`).join("")}`);
    console.log(`hangs (no answer ${watchdogMs} ms): ${stats.hangs.length}${stats.hangs.map((h) => `\n  #${h.index} ${h.file} [${h.ops.join(",")}] → ${h.saved}`).join("")}`);
    console.log(`peak RSS: ${Math.round(stats.peakRssMb)} MB; slowest input: ${Math.round(stats.slowestMs)} ms`);
    if (stats.heavy.length > 0) console.log(`heavy inputs (> ${saveOverMb} MB or > ${saveOverMs} ms): ${stats.heavy.length}${stats.heavy.map((h) => `\n  #${h.index} ${h.file} ${h.ms} ms ${h.peakRssMb} MB ${h.outcome}${h.saved ? ` → ${h.saved}` : ""}`).join("")}`);
    console.log(`by mutator (tried/reports): ${MUTATOR_NAMES.map((m) => `${m} ${stats.byMutator[m]?.tried ?? 0}/${stats.byMutator[m]?.reports ?? 0}`).join(", ")}`);
  }
  process.exitCode = stats.crashes.length + stats.hangs.length > 0 ? 1 : 0;
}

await main();
