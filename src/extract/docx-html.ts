/**
 * A DOCX body as HTML, by mammoth's `convertToHtml` (imported on first use;
 * loading it is not the file's time). Images are dropped (empty `src`).
 * The browser build swaps this module for `src/browser/docx-html.ts`
 * (mammoth's browser build, same conversion): see `tsup.config.ts`.
 */
import type { WorkContext } from "./deadline.js";
import { unlistMarkerless } from "./docx-markerless.js";

/** mammoth's `transforms`, which its type declarations leave out. */
interface MammothTransforms {
  transforms: { paragraph<T>(f: (paragraph: T) => T): (element: unknown) => unknown };
}

/** Converts the DOCX `bytes` to mammoth's HTML; throws what mammoth throws. `markerlessStyles`: see `unlistMarkerless`. */
export async function mammothHtml(bytes: Uint8Array, ctx: WorkContext, markerlessStyles: ReadonlySet<string> = new Set()): Promise<string> {
  const mammoth = await ctx.uncounted(import("mammoth"));
  ctx.check();
  const api = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth;
  const { transforms } = api as unknown as MammothTransforms;
  const result = await api.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      convertImage: api.images.imgElement(() => Promise.resolve({ src: "" })),
      ignoreEmptyParagraphs: true,
      ...(markerlessStyles.size > 0 ? { transformDocument: transforms.paragraph(unlistMarkerless(markerlessStyles)) } : {}),
    },
  );
  return result.value;
}
