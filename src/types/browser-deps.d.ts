// Modules only the browser build imports, by deep path; they ship no declarations.

// pako 1.0's port of zlib's inflate (src/browser/inflate.ts).
declare module "pako/lib/zlib/zstream.js" {
  class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    msg: string;
  }
  export default ZStream;
}
declare module "pako/lib/zlib/inflate.js" {
  import type ZStream from "pako/lib/zlib/zstream.js";
  export function inflateInit2(strm: ZStream, windowBits: number): number;
  export function inflate(strm: ZStream, flush: number): number;
  export function inflateEnd(strm: ZStream): number;
}

// mammoth's prebuilt browser bundle (src/browser/docx-html.ts): the part of its API we call.
declare module "mammoth/mammoth.browser.js" {
  interface ImageConverter { readonly __brand?: "ImageConverter" }
  export function convertToHtml(
    input: { arrayBuffer: ArrayBuffer },
    options?: { convertImage?: ImageConverter; ignoreEmptyParagraphs?: boolean; transformDocument?: (element: unknown) => unknown },
  ): Promise<{ value: string; messages: unknown[] }>;
  export const images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): ImageConverter };
  export const transforms: { paragraph<T>(f: (paragraph: T) => T): (element: unknown) => unknown };
}

// pdf.js's worker code as pdf-parse's web build ships it (src/browser/pdf-runtime.ts); the browser build maps this name to the file.
declare module "pdf-parse/web/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}

// The analyzer's worker script as text, made by the browser build (scripts/browser-build.ts) and started from a blob: URL.
declare module "virtual:resume-ats-worker" {
  export const WORKER_SOURCE: string;
}
