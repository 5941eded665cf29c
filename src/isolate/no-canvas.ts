/**
 * pdf.js (legacy build, Node) requires `@napi-rs/canvas` as it loads, to
 * polyfill `DOMMatrix`, `ImageData` and `Path2D` for rendering. Loading that
 * native module initialises Skia and scans the system's fonts: on a machine
 * with many fonts (TeX Live) it is most of pdf.js's load time, and a reader
 * thread never renders (text only; images are capped at 1 pixel).
 *
 * `skipCanvasForPdfjs` makes the require of `@napi-rs/canvas` *from
 * pdfjs-dist* answer that package's pure-JavaScript geometry (`DOMMatrix`,
 * which pdf.js instantiates as it loads) without the native binding, in this
 * thread only (each worker thread has its own module loader). `ImageData`
 * and `Path2D` stay unset: pdf.js uses them only to render. It is installed
 * only in the reader threads, whose globals are ours: in the caller's thread
 * (`isolate: false`) pdf.js loads as it always does.
 */
import Module from "node:module";

type Load = (request: string, parent: { filename?: string | null } | null | undefined, isMain: boolean) => unknown;

/** What pdf.js gets instead of `@napi-rs/canvas`: the geometry classes only (pdf.js warns of the rest, in a muted thread). */
let noCanvas: unknown;

let installed = false;

/** Installs the hook in this thread (idempotent). */
export function skipCanvasForPdfjs(): void {
  if (installed) return;
  const loader = Module as unknown as { _load?: Load };
  const original = loader._load;
  if (typeof original !== "function") return;
  installed = true;
  loader._load = function load(this: unknown, request, parent, isMain) {
    if (request === "@napi-rs/canvas" && /[\\/]pdfjs-dist[\\/]/u.test(parent?.filename ?? "")) {
      // Resolved from pdf.js's own place, as its require would; a failure falls back to the real package.
      try {
        noCanvas ??= original.call(this, "@napi-rs/canvas/geometry.js", parent, false);
        return noCanvas;
      } catch {
        /* not found: the package as pdf.js asked */
      }
    }
    return original.call(this, request, parent, isMain);
  };
}
