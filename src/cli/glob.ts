/**
 * The file patterns of the command line, expanded by tinyglobby (the globber
 * of Vite, tsup and many build tools; picomatch syntax: `*`, `?`, `**`,
 * `[abc]`, `{a,b}`), with the CLI's own rules on top: an existing path is a
 * file before it is a pattern, results are sorted and each file is listed
 * once, `*` skips dot files and `**` skips dot folders and node_modules
 * (unless the pattern names them). tinyglobby is imported only when a
 * pattern needs it, so `resume-ats cv.pdf` and `--help` never load it.
 */
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";

type Tinyglobby = typeof import("tinyglobby");
let loading: Promise<Tinyglobby> | null = null;

function tinyglobby(): Promise<Tinyglobby> {
  loading ??= import("tinyglobby");
  return loading;
}

/** Characters without which a pattern is a plain path (a cheap test before tinyglobby is loaded). */
const GLOB_CHARS = /[*?[\]{}()!+@]/;

/** Patterns use forward slashes; on Windows a backslash separates folders (elsewhere it escapes). */
function slashes(pattern: string): string {
  return process.platform === "win32" ? pattern.replace(/\\/g, "/") : pattern;
}

/** True when `pattern` is a glob rather than a plain path (tinyglobby's own test). */
export async function hasGlob(pattern: string): Promise<boolean> {
  if (!GLOB_CHARS.test(pattern)) return false;
  return (await tinyglobby()).isDynamicPattern(slashes(pattern));
}

/**
 * Expands one pattern relative to `cwd`, sorted. Paths keep the pattern's
 * spelling: a relative pattern gives relative paths (with its leading "./"),
 * an absolute one absolute paths.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await tinyglobby();
  const p = slashes(pattern);
  const absolute = path.isAbsolute(p);
  const namesNodeModules = /(?:^|\/)node_modules(?:\/|$)/.test(p);
  const found = await glob([p], {
    cwd,
    absolute,
    dot: false,
    onlyFiles: true,
    // "cv" is a folder name, not "cv/**".
    expandDirectories: false,
    ...(namesNodeModules ? {} : { ignore: ["**/node_modules/**"] }),
  });
  const dotSlash = !absolute && p.startsWith("./");
  return [...new Set(found.map((f) => (dotSlash ? `./${f}` : f)))].sort();
}

/** The key that makes two names of one file equal: its real path (symlinks resolved), else its absolute path. */
function fileKey(cwd: string, file: string): string {
  const abs = path.resolve(cwd, file);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/**
 * Expands every pattern in order. A path that exists is a file first, a glob
 * second: "CV [final].pdf" is that file, not a pattern for "CV f.pdf". Other
 * plain paths are kept as given (a missing file is reported by the analysis;
 * "-" is standard input); globs are expanded and sorted. A file reached twice
 * (two patterns, or a symlink and its target) is listed once, at its first
 * place. `unmatched` lists globs that matched nothing.
 */
export async function expandPatterns(patterns: string[], cwd: string): Promise<{ files: string[]; unmatched: string[] }> {
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  for (const p of patterns) {
    const found = !existsSync(path.resolve(cwd, p)) && (await hasGlob(p)) ? await expandGlob(p, cwd) : [p];
    if (found.length === 0) unmatched.push(p);
    for (const f of found) {
      const key = fileKey(cwd, f);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(f);
    }
  }
  return { files, unmatched };
}
