/**
 * Small glob expansion (`*`, `?`, `**`, `[abc]`) over the file system, in
 * sorted order. Node 20 has no stable `fs.glob`.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

/** True when the pattern has glob characters. */
export function hasGlob(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Compiles one path segment pattern (no slashes) to a RegExp. */
export function segmentRegExp(segment: string): RegExp {
  let re = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 1);
      if (close === -1) re += "\\[";
      else {
        let body = segment.slice(i + 1, close);
        if (body.startsWith("!")) body = "^" + body.slice(1);
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Folders `**` does not descend into (they can still be named explicitly). */
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

async function entries(dir: string): Promise<Array<{ name: string; isDir: boolean }>> {
  try {
    const list = await readdir(dir, { withFileTypes: true });
    return list.map((d) => ({ name: d.name, isDir: d.isDirectory() })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

async function walk(base: string, shown: string, segments: string[], out: string[]): Promise<void> {
  if (segments.length === 0) return;
  const [seg, ...rest] = segments;
  const join = (name: string): string => (shown === "" ? name : shown.endsWith("/") ? shown + name : `${shown}/${name}`);
  if (seg === "**") {
    // zero folders
    await walk(base, shown, rest, out);
    for (const e of await entries(base)) {
      if (!e.isDir || e.name.startsWith(".") || SKIPPED_DIRS.has(e.name)) continue;
      await walk(path.join(base, e.name), join(e.name), segments, out);
    }
    return;
  }
  if (!hasGlob(seg)) {
    const next = path.join(base, seg);
    if (rest.length === 0) {
      if ((await entries(base)).some((e) => e.name === seg && !e.isDir)) out.push(join(seg));
    } else await walk(next, join(seg), rest, out);
    return;
  }
  const re = segmentRegExp(seg);
  for (const e of await entries(base)) {
    // like shells, `*` does not match dot files unless the pattern starts with a dot
    if (e.name.startsWith(".") && !seg.startsWith(".")) continue;
    if (!re.test(e.name)) continue;
    if (rest.length === 0) {
      if (!e.isDir) out.push(join(e.name));
    } else if (e.isDir) await walk(path.join(base, e.name), join(e.name), rest, out);
  }
}

/** Expands one pattern relative to `cwd`. Paths keep the pattern's spelling (relative stays relative), sorted. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const norm = pattern.replace(/\\/g, "/");
  const absolute = norm.startsWith("/") || /^[A-Za-z]:\//.test(norm);
  const segments = norm.split("/").filter((s, i) => s !== "" && !(s === "." && i === 0));
  let base = absolute ? (norm.startsWith("/") ? "/" : norm.slice(0, 3)) : cwd;
  let shown = absolute ? base : norm.startsWith("./") ? "./" : "";
  if (/^[A-Za-z]:\//.test(norm)) segments.shift();
  // walk the literal prefix directly
  while (segments.length > 1 && !hasGlob(segments[0])) {
    const s = segments.shift()!;
    base = path.join(base, s);
    shown = shown === "" ? s : shown.endsWith("/") ? shown + s : `${shown}/${s}`;
  }
  const out: string[] = [];
  await walk(base, shown, segments, out);
  return [...new Set(out)].sort();
}

/**
 * Expands every pattern in order. A path that exists is a file first, a glob
 * second: "CV [final].pdf" is that file, not a pattern for "CV f.pdf". Other
 * plain paths are kept as given (a missing file is reported by the analysis);
 * globs are expanded and sorted. Duplicates are dropped, the first position
 * wins. `unmatched` lists globs that matched nothing.
 */
export async function expandPatterns(patterns: string[], cwd: string): Promise<{ files: string[]; unmatched: string[] }> {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  for (const p of patterns) {
    const found = hasGlob(p) && !existsSync(path.resolve(cwd, p)) ? await expandGlob(p, cwd) : [p];
    if (found.length === 0) unmatched.push(p);
    for (const f of found) {
      const key = path.resolve(cwd, f);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(f);
    }
  }
  return { files, unmatched };
}
