/**
 * The browser's `src/extract/docx-html.ts`: mammoth's own browser build
 * (`mammoth/mammoth.browser.js`) with the same conversion options, given an
 * ArrayBuffer instead of a Node Buffer. The browser build puts this module in
 * place of the Node one.
 */
import type * as NodeDocxHtml from "../extract/docx-html.js";
import { unlistMarkerless } from "../extract/docx-markerless.js";

/** As Node's `mammothHtml`: the DOCX body as mammoth's HTML, images dropped. */
export const mammothHtml: typeof NodeDocxHtml.mammothHtml = async (bytes, ctx, markerlessStyles = new Set()) => {
  const mammoth = await ctx.uncounted(import("mammoth/mammoth.browser.js"));
  ctx.check();
  const api = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth;
  // mammoth reads the buffer it is given: hand it a copy of exactly these bytes.
  const arrayBuffer = bytes.slice().buffer;
  const result = await api.convertToHtml(
    { arrayBuffer },
    {
      convertImage: api.images.imgElement(() => Promise.resolve({ src: "" })),
      ignoreEmptyParagraphs: true,
      ...(markerlessStyles.size > 0 ? { transformDocument: api.transforms.paragraph(unlistMarkerless(markerlessStyles)) } : {}),
    },
  );
  return result.value;
};
