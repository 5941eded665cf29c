/**
 * `npm run build:web`: the static page, web/ → dist-web/index.html. One
 * self-contained file (its script, its style and the analyzer's worker
 * inlined), so it opens from `file://`, from any static host, or saved to
 * disk and used offline. Its Content Security Policy allows exactly that
 * script (by hash), workers from `blob:`, inline styles and nothing else:
 * no fetch, no image, no font, no form submission.
 *
 * Prints the page's size and its gzip size (what a static host transfers).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { assertNoNodeBuiltins, browserBuildOptions, inlineWorker } from "./browser-build.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "dist-web");

/** The page's Content Security Policy, allowing the one inline script by its hash. */
export function pageCsp(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "worker-src blob:",
    "style-src 'unsafe-inline'",
    "img-src data:",
    "frame-src 'self' about:",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
}

async function main(): Promise<void> {
  const started = Date.now();
  const result = await build({
    ...browserBuildOptions(true),
    plugins: [...(browserBuildOptions(true).plugins ?? []), inlineWorker(true)],
    keepNames: true, // error classes keep their names, as in Node
    entryPoints: [path.join(ROOT, "web/app.ts")],
    format: "iife",
    write: false,
  });
  const script = result.outputFiles[0].text.trimEnd();
  assertNoNodeBuiltins(script, "The page's script");
  // The script goes inside <script>…</script>. esbuild escapes "</script" in strings; "<!--" (xmldom's and
  // mammoth's strings hold it) is harmless there unless a "<script" follows, which HTML would then read as nested.
  if (/<\/?script/iu.test(script)) throw new Error("The page's script contains <script or </script, which would change where its <script> element ends.");
  const style = (await readFile(path.join(ROOT, "web/style.css"), "utf8")).trim();
  const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  const catalog = JSON.parse(await readFile(path.join(ROOT, "keywords/catalog.json"), "utf8")) as { version: string };
  const hash = `sha256-${createHash("sha256").update(script).digest("base64")}`;
  const template = await readFile(path.join(ROOT, "web/index.html"), "utf8");
  // Replacement functions: the script may hold "$&" and the like.
  const html = template
    .replace("%CSP%", () => pageCsp(hash))
    .replace("%STYLE%", () => style)
    .replace("%VERSION%", () => pkg.version)
    .replace("%CATALOG%", () => catalog.version)
    .replace("%SCRIPT%", () => script);
  await mkdir(OUT, { recursive: true });
  await writeFile(path.join(OUT, "index.html"), html);
  const gz = gzipSync(html, { level: 9 }).length;
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  console.log(`dist-web/index.html: ${kb(Buffer.byteLength(html))}, ${kb(gz)} gzip (${Date.now() - started} ms)`);
}

await main();
