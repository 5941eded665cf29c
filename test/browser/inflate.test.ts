/**
 * The browser's inflate (pako's port of zlib) against Node's zlib, on every
 * zip entry of the corpus DOCX files and the hostile ones, and every Flate
 * stream of the corpus PDFs and the flate bomb: the same bytes, the same
 * sizes, the same refusals. (In chromium, test/browser/analyze.test.ts checks
 * whole reports and errors.)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import * as web from "../../src/browser/inflate.js";
import * as node from "../../src/extract/inflate.js";
import { indexOfBytes } from "../../src/extract/pdf-prescan.js";
import { looksLikeZip, readZipDirectory } from "../../src/extract/zip-guard.js";
import { SHARED } from "../shared-dir.js";

const SYNTHETIC = join(SHARED, "corpus/dev/synthetic");
const BAD = join(SHARED, "bad-inputs");
const has = existsSync(SYNTHETIC) && existsSync(BAD);
const filesIn = (dir: string, ext: RegExp): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f)).map((f) => join(dir, f)) : []);

/** Outcome of a call: its value, or that it threw. */
function outcome<T>(f: () => T): T | "threw" {
  try {
    return f();
  } catch {
    return "threw";
  }
}

/** The raw deflate data of every deflated zip entry, with its declared size. */
function zipEntries(file: string): Array<{ name: string; raw: Uint8Array; size: number }> {
  const bytes = new Uint8Array(readFileSync(file));
  if (!looksLikeZip(bytes)) return [];
  let entries;
  try {
    entries = readZipDirectory(bytes);
  } catch {
    return [];
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return entries
    .filter((e) => e.method === 8 && e.localHeaderOffset + 30 <= bytes.length)
    .map((e) => {
      const p = e.localHeaderOffset;
      const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
      return { name: `${file}:${e.name}`, raw: bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize)), size: e.uncompressedSize };
    });
}

/** Every stream body of a PDF (between "stream" and "endstream"). */
function pdfStreams(file: string): Uint8Array[] {
  const bytes = new Uint8Array(readFileSync(file));
  const enc = new TextEncoder();
  const out: Uint8Array[] = [];
  let pos = 0;
  for (;;) {
    const s = indexOfBytes(bytes, enc.encode("stream\n"), pos);
    if (s < 0) break;
    const end = indexOfBytes(bytes, enc.encode("endstream"), s + 7);
    if (end < 0) break;
    out.push(bytes.subarray(s + 7, end));
    pos = end + 9;
  }
  return out;
}

describe.runIf(has)("browser inflate = Node zlib", () => {
  it("inflates every zip entry of the corpus and hostile DOCX files to the same bytes, or refuses both", () => {
    const entries = [...filesIn(SYNTHETIC, /\.docx$/u), ...filesIn(BAD, /\.docx$/u)].flatMap(zipEntries);
    expect(entries.length).toBeGreaterThan(100);
    let refused = 0;
    for (const e of entries) {
      const cap = Math.min(e.size, 64 * 1024 * 1024) + 1;
      const a = outcome(() => Buffer.from(node.inflateRawBounded(e.raw, cap)).toString("base64"));
      const b = outcome(() => Buffer.from(web.inflateRawBounded(e.raw, cap)).toString("base64"));
      expect(b, e.name).toBe(a);
      if (a === "threw") refused++;
    }
    expect(refused).toBeGreaterThan(0); // the hostile files hold streams that lie or break
  });

  it("refuses a truncated, a damaged and a too-long raw stream alike", () => {
    const data = deflateRawSync(Buffer.from("resume ".repeat(5000)));
    const broken = Uint8Array.from(data);
    broken[0] = 0xff;
    for (const [raw, cap] of [[data.subarray(0, data.length - 5), 1e6], [broken, 1e6], [data, 100], [data, 35_000]] as const) {
      expect(outcome(() => web.inflateRawBounded(raw, cap).length)).toBe(outcome(() => node.inflateRawBounded(raw, cap).length));
    }
    expect(web.inflateRawBounded(data, 35_001).length).toBe(35_000);
  });

  it("gives the same decoded size for every stream of the corpus PDFs and the flate bomb, at any limit", () => {
    const streams = [...filesIn(SYNTHETIC, /\.pdf$/u), join(BAD, "flate-bomb-content.pdf")].flatMap(pdfStreams);
    expect(streams.length).toBeGreaterThan(30);
    for (const s of streams) {
      for (const limit of [0, 1000, 50 * 1024 * 1024]) expect(web.zlibDecodedSize(s, limit), `limit ${limit}`).toBe(node.zlibDecodedSize(s, limit));
    }
    const bomb = pdfStreams(join(BAD, "flate-bomb-content.pdf")).map((s) => node.zlibDecodedSize(s, 50 * 1024 * 1024));
    expect(bomb).toContain(50 * 1024 * 1024 + 1);
  });

  it("counts a truncated zlib stream as far as it goes, and a damaged one as -1", () => {
    const data = deflateSync(Buffer.from("experience ".repeat(3000)));
    const cut = data.subarray(0, Math.floor(data.length / 2));
    const bad = Uint8Array.from(data);
    bad[5] ^= 0xff;
    for (const s of [cut, bad]) expect(web.zlibDecodedSize(s, 1e6)).toBe(node.zlibDecodedSize(s, 1e6));
    expect(node.zlibDecodedSize(cut, 1e6)).toBeGreaterThan(0);
  });

  it("hands the same short decoded streams to a peek as Node, and none past its bound or the limit", () => {
    const cmap = deflateSync(Buffer.from("/CIDInit /ProcSet findresource begin begincmap 1 beginbfchar <0041> <00AD> endbfchar endcmap"));
    const long = deflateSync(Buffer.alloc(3 * 64 * 1024, 0x41));
    const streams = [...filesIn(SYNTHETIC, /\.pdf$/u).flatMap(pdfStreams), cmap, long, cmap.subarray(0, cmap.length - 6)];
    const seen = (impl: typeof node, s: Uint8Array, limit: number, below: number): [number, string[]] => {
      const got: string[] = [];
      const size = impl.zlibDecodedSize(s, limit, { below, inspect: (d) => got.push(Buffer.from(d).toString("latin1")) });
      return [size, got];
    };
    let peeked = 0;
    for (const s of streams) {
      for (const [limit, below] of [[1e6, 1 << 20], [1e6, 100_000], [50, 1 << 20]] as const) {
        const n = seen(node, s, limit, below);
        expect(seen(web, s, limit, below)).toEqual(n);
        for (const d of n[1]) expect(d.length < below && d.length <= limit).toBe(true);
        peeked += n[1].length;
      }
    }
    expect(peeked).toBeGreaterThan(10);
    expect(seen(node, cmap, 1e6, 1 << 20)[1][0]).toContain("<00AD>");
    expect(seen(node, long, 1e6, 100_000)[1]).toEqual([]);
  });

  it("finds byte strings as Buffer#indexOf does", () => {
    const hay = new TextEncoder().encode("xxstreamyy endstream stream\nzz");
    const needle = new TextEncoder().encode("stream");
    for (let from = 0; from < hay.length + 2; from++) expect(indexOfBytes(hay, needle, from), `from ${from}`).toBe(Buffer.from(hay).indexOf(Buffer.from(needle), from));
  });
});
