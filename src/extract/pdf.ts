/**
 * PDF extraction through pdf-parse 2 (pdf.js), loaded lazily: positioned
 * text items per page → lines in reading order, font facts (bold, icon
 * fonts), metadata, page cap, typed errors.
 */
import { CorruptFileError, EncryptedPdfError, NoTextLayerError, ResumeAtsError, TooLargeError } from "../errors.js";
import type { ExtractedDocument, Warning } from "../types.js";
import type { WorkContext } from "./deadline.js";
import { joinHyphenatedLines } from "./glyphs.js";
import type { ResolvedLimits } from "./limits.js";
import type { DraftLine } from "./lines.js";
import { layoutPage, type PositionedItem } from "./pdf-lines.js";
import { pageLinks, type AnnotationLike, type PageLink } from "./pdf-links.js";
import { scanPdfStreams } from "./pdf-prescan.js";
import { drawnGlyphText, restoreSoftHyphens, type OperatorListLike } from "./pdf-soft-hyphens.js";
import { restoreNatives } from "./pdf-natives.js";
import { loadPdfParse, PDF_PLATFORM_OPTIONS, yieldToLoop } from "./pdf-runtime.js";
import { PdfFontFacts } from "./pdf-font-facts.js";
import type { FontFact } from "./pdf-fonts.js";

/** What PDF extraction returns before the document is finished. */
export interface PdfResult {
  lines: DraftLine[];
  pageCount: number;
  metadata: ExtractedDocument["metadata"];
  warnings: Warning[];
  /** Link annotations of the first page, with their rectangles (tied to lines once the document is finished). */
  links: PageLink[];
}

// Minimal structural views of the pdf.js objects we use (pdfjs-dist is not a direct dependency).
interface TextItem { str?: string; transform?: number[]; width?: number; height?: number; fontName?: string }
interface TextContent { items: TextItem[]; styles: Record<string, { fontFamily?: string }> }
interface PdfPage {
  view: number[];
  getTextContent(params?: Record<string, unknown>): Promise<TextContent>;
  getOperatorList(params?: Record<string, unknown>): Promise<OperatorListLike>;
  commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): unknown;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info?: Record<string, unknown> }>;
  getAnnotationsByType?(types: Set<number>, pageIndexesToSkip: Set<number> | null): Promise<AnnotationLike[] | null>;
  destroy(): Promise<void>;
}
interface Parser { destroy(): Promise<void> }

/**
 * A stand-in for the DOM document pdf.js would add `@font-face` rules to.
 * With it, fonts can be sent to this thread without `disableFontFace`, which
 * would make pdf.js compile an outline path for every glyph drawn (a third
 * of the operator-list time) although only the fonts' names are read here.
 * Node counts as "synchronous font loading", so nothing else is asked of it.
 */
const FONT_SINK_DOCUMENT = {
  createElement: () => ({ sheet: { insertRule: () => 0, cssRules: [] }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

function pageItems(page: PdfPage, tc: TextContent, facts: Map<string, FontFact>): PositionedItem[] {
  const [vx0, vy0, vx1, vy1] = page.view.length === 4 ? page.view : [0, 0, 612, 792];
  const width = vx1 - vx0;
  const height = vy1 - vy0;
  const out: PositionedItem[] = [];
  for (const it of tc.items) {
    if (typeof it.str !== "string" || it.str.length === 0 || !Array.isArray(it.transform)) continue;
    const [a, b, c, d, e, f] = it.transform;
    if (Math.abs(b) > Math.abs(a) * 0.2 + 1e-6 && Math.abs(a) < Math.abs(b)) continue; // rotated text
    const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || it.height || 1;
    const x = e - vx0;
    const y = vy1 - f;
    if (!Number.isFinite(x) || !Number.isFinite(y) || x > width + 2 || y < -fontSize || y > height + fontSize) continue;
    const fact = facts.get(it.fontName ?? "") ?? { bold: false, icon: false };
    // A drawn U+00AD is a visible hyphen (TeX fonts map "hyphen" there), one hyphen with dashes drawn beside it
    // (Word/Quartz maps one glyph to "-\u00AD\u2010"); icon-font glyphs become a private-use placeholder.
    const str = fact.icon ? "\uE000" : it.str.replace(/[-\u2010\u2011]*\u00AD[-\u2010\u2011]*/gu, "-");
    out.push({ str, x, y, width: Math.max(0, it.width ?? 0), fontSize, bold: fact.bold, icon: fact.icon });
  }
  void vy0;
  return out;
}

/**
 * On documents whose fonts map a glyph to U+00AD, puts the drawn soft
 * hyphens back into the text items: from the glyph text the font replay
 * collected (pdf-glyph-text.ts), or where it has none from the page's
 * operator list, which may load fonts the text did not (annotations, Type3
 * glyphs): pdf.js's font ids are then no longer the ones the replay assigns,
 * so later pages' facts come from pdf.js. `fontStyles: false` skips it (soft
 * hyphens then stay lost).
 */
async function restoreDrawnSoftHyphens(page: PdfPage, tc: TextContent, fonts: PdfFontFacts, n: number): Promise<void> {
  const replayed = fonts.drawnGlyphs(n);
  // null: a guessed glyph text was not confirmed by the text layer (nothing changed): ask the operator list.
  if (replayed && restoreSoftHyphens(tc.items, replayed.glyphs, replayed.guessed) !== null) return;
  try {
    restoreSoftHyphens(tc.items, drawnGlyphText(await page.getOperatorList()));
  } catch { /* soft hyphens stay lost */ }
  fonts.untracked();
  await yieldToLoop();
}

/** pdf.js's AnnotationType.LINK. */
const LINK_ANNOTATION = 2;

/**
 * The link annotations of the first page (contact links kept only as
 * annotations); none when pdf.js cannot read them. `getAnnotationsByType`
 * is used rather than `page.getAnnotations()`, which extracts the page's
 * text a second time to find the text under each link (about a third more
 * CPU time for a resume with links).
 */
async function firstPageLinks(doc: PdfDocument, page: PdfPage, items: readonly PositionedItem[]): Promise<PageLink[]> {
  if (typeof doc.getAnnotationsByType !== "function") return [];
  try {
    const skip = new Set<number>();
    for (let i = 1; i < doc.numPages; i++) skip.add(i);
    const annotations = await doc.getAnnotationsByType(new Set([LINK_ANNOTATION]), skip);
    if (!Array.isArray(annotations) || annotations.length === 0) return [];
    const [vx0, , , vy1] = page.view.length === 4 ? page.view : [0, 0, 612, 792];
    return pageLinks(annotations, items, 1, vx0 as number, vy1 as number);
  } catch {
    return [];
  }
}

function infoString(info: Record<string, unknown> | undefined, key: string): string | undefined {
  const v = info?.[key];
  if (typeof v !== "string") return undefined;
  const t = v.replace(/[\u0000-\u001f]/gu, "").trim();
  return t.length ? t.slice(0, 300) : undefined;
}

function classify(e: unknown): ResumeAtsError {
  if (e instanceof ResumeAtsError) return e;
  const name = (e as { name?: unknown } | null)?.name;
  if (name === "PasswordException") return new EncryptedPdfError(undefined, { cause: e });
  return new CorruptFileError("The PDF is damaged and could not be read; export it again from your editor.", { cause: e });
}

/** pdf.js's options for a resume: no eval, no fetching, no fonts installed, no images decoded. */
function pdfJsOptions() {
  return {
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: FONT_SINK_DOCUMENT as unknown as Document,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    maxImageSize: 1,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    ...PDF_PLATFORM_OPTIONS,
  };
}

/** Producer, creator and title of the document's info dictionary, where present. */
async function readMetadata(doc: PdfDocument): Promise<ExtractedDocument["metadata"]> {
  const meta = await doc.getMetadata().catch(() => ({ info: undefined }));
  const metadata: ExtractedDocument["metadata"] = {};
  const producer = infoString(meta.info, "Producer");
  const creator = infoString(meta.info, "Creator");
  const title = infoString(meta.info, "Title");
  if (producer) metadata.producer = producer;
  if (creator) metadata.creator = creator;
  if (title) metadata.title = title;
  return metadata;
}

/** A resume has one to three pages; a PDF far past the limit is refused before any page is read. */
function checkPageCount(pageCount: number, limits: ResolvedLimits): void {
  if (pageCount > limits.maxPages) {
    throw new TooLargeError(
      `The PDF has ${pageCount} pages, more than the limit of ${limits.maxPages} (option maxPages). A resume is usually 1–3 pages; send the resume alone, or raise maxPages.`,
      { details: { pages: pageCount, maxPages: limits.maxPages } },
    );
  }
}

/** What `extractPdf` reads besides the text: font facts (bold, icon fonts, drawn soft hyphens) and the first page's links. */
export interface PdfReadOptions {
  fontStyles: boolean;
  links?: boolean;
}

/** A page with text, as `layoutTextPage` reads it. */
interface TextPage {
  doc: PdfDocument;
  page: PdfPage;
  tc: TextContent;
  facts: Awaited<ReturnType<PdfFontFacts["factsOfPage"]>>;
  n: number;
  read: PdfReadOptions;
  mapsSoftHyphen: boolean;
  fonts: PdfFontFacts;
  ctx: WorkContext;
  /** The first page's links are added here. */
  links: PageLink[];
}

/** Soft hyphens restored, items positioned, the first page's links read, and the page laid out in lines and columns. */
async function layoutTextPage({ doc, page, tc, facts, n, read, mapsSoftHyphen, fonts, ctx, links }: TextPage): Promise<ReturnType<typeof layoutPage>> {
  if (read.fontStyles && mapsSoftHyphen) await restoreDrawnSoftHyphens(page, tc, fonts, n);
  ctx.check();
  const items = pageItems(page, tc, facts);
  if (n === 1 && read.links !== false) {
    links.push(...(await firstPageLinks(doc, page, items)));
    await yieldToLoop();
  }
  ctx.check();
  return layoutPage(items, { page: n, width: page.view[2] - page.view[0], height: page.view[3] - page.view[1] });
}

/** Loads pdf.js (not counted as the file's time) and opens the document; `opened` gets the parser as soon as it exists, to destroy it. */
async function openDocument(bytes: Uint8Array, ctx: WorkContext, opened: (parser: Parser) => void): Promise<PdfDocument> {
  const { PDFParse } = await ctx.uncounted(loadPdfParse()); // loading pdf.js is not the file's time
  ctx.check();
  const created = new PDFParse({ data: new Uint8Array(bytes), ...pdfJsOptions() });
  opened(created);
  ctx.onCancel(() => { void created.destroy().catch(() => undefined); });
  // pdf-parse keeps the pdf.js document private; load() is the documented-in-source way to reach it.
  const loader = created as unknown as { load(): Promise<PdfDocument> };
  const doc = await loader.load();
  restoreNatives();
  return doc;
}

/** The two-column warning, hyphenated line ends joined, and the checks that the pages gave text. */
function finishLines(lines: DraftLine[], twoColumnPages: number, pageError: unknown, warnings: Warning[]): DraftLine[] {
  if (twoColumnPages > 0) {
    warnings.push({ code: "TWO_COLUMN_LAYOUT", message: "The resume uses a two-column layout; some ATS read such pages across the columns and mix up sections." });
  }
  const joined = joinHyphenatedLines(lines, (a, b) => a.page === b.page && a.column === b.column);
  if (joined.length === 0 && pageError !== null) throw pageError;
  const alnum = joined.reduce((k, l) => k + (l.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
  if (alnum < 10) throw new NoTextLayerError();
  return joined;
}

/** Reads a PDF's lines; see the module comment. Throws only `ResumeAtsError`s. */
export async function extractPdf(bytes: Uint8Array, limits: ResolvedLimits, ctx: WorkContext, read: PdfReadOptions = { fontStyles: true }): Promise<PdfResult> {
  const scan = scanPdfStreams(bytes, limits.maxUncompressedBytes);
  // Set from a callback, so declared wide: TypeScript would narrow a plain `null` to never.
  let parser = null as Parser | null;
  try {
    const doc = await openDocument(bytes, ctx, (created) => { parser = created; });
    await yieldToLoop();
    ctx.check();
    const warnings: Warning[] = [];
    const metadata = await readMetadata(doc);
    const pageCount = doc.numPages;
    checkPageCount(pageCount, limits);
    const toRead = pageCount;
    const fonts = new PdfFontFacts(bytes, read.fontStyles, read.fontStyles && scan.mapsSoftHyphen);
    let lines: DraftLine[] = [];
    let twoColumnPages = 0;
    let unreadable = 0;
    let pageError: unknown = null;
    const links: PageLink[] = [];
    for (let n = 1; n <= toRead; n++) {
      ctx.check();
      let page: PdfPage;
      let tc: TextContent;
      try {
        page = await doc.getPage(n);
        tc = await page.getTextContent({ disableNormalization: false });
        await yieldToLoop();
      } catch (e) {
        ctx.check();
        fonts.skipped(n);
        unreadable++;
        pageError = e;
        if (unreadable === 1) warnings.push({ code: "PAGE_UNREADABLE", message: `Page ${n} of the PDF could not be read.` });
        if (unreadable >= 3 && lines.length === 0) throw e;
        continue;
      }
      ctx.check();
      // Bold and icon fonts: from the font resources, or pdf.js's operator list where those are in doubt (pdf-font-facts.ts).
      const facts = await fonts.factsOfPage(page, tc, n);
      const hasText = tc.items.some((i) => typeof i.str === "string" && i.str.trim().length > 0);
      if (hasText) {
        const layout = await layoutTextPage({ doc, page, tc, facts, n, read, mapsSoftHyphen: scan.mapsSoftHyphen, fonts, ctx, links });
        if (layout.columns > 1) twoColumnPages++;
        lines.push(...layout.lines);
      }
      try { page.cleanup(); } catch { /* ignore */ }
    }
    lines = finishLines(lines, twoColumnPages, pageError, warnings);
    return { lines, pageCount, metadata, warnings, links };
  } catch (e) {
    ctx.check();
    throw classify(e);
  } finally {
    if (parser) await parser.destroy().catch(() => undefined);
    restoreNatives(); // also when loading failed after pdf.js and its worker module were imported
  }
}
