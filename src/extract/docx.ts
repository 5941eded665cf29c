/**
 * DOCX extraction: zip guard and XML checks first, then mammoth
 * `convertToHtml` (lazily imported) for the body, plus headers and footers
 * (which mammoth skips) read from our own bounded inflate.
 */
import { CorruptFileError, ResumeAtsError, TooLargeError } from "../errors.js";
import type { Warning } from "../types.js";
import type { WorkContext } from "./deadline.js";
import { mammothHtml } from "./docx-html.js";
import { markerlessListStyles } from "./docx-markerless.js";
import { cleanLineText, stripInlineIcons } from "./glyphs.js";
import { decodeEntities, htmlToLines } from "./html-lines.js";
import type { ResolvedLimits } from "./limits.js";
import type { DraftLine } from "./lines.js";
import { MAX_XML_DEPTH, xmlDepth } from "./xml-depth.js";
import { checkZipLimits, inflateEntry, readZipDirectory } from "./zip-guard.js";
import { compareStrings } from "../util/compare.js";

/** What DOCX extraction returns before the document is finished. */
export interface DocxResult {
  lines: DraftLine[];
  warnings: Warning[];
  metadata: { title?: string; producer?: string };
}

const XML_PART = /\.(?:xml|rels)$/iu;
/** A DOCX whose text is past this many times `maxTextChars` is refused before mammoth parses it (see extractDocx). */
export const DOCX_REFUSE_FACTOR = 4;
const utf8 = new TextDecoder("utf-8", { fatal: false });

/** Refuses XML with a DTD: Word never writes one, and entities are an attack vector. */
export function assertNoDtd(xml: string, part: string): void {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) {
    throw new CorruptFileError("The DOCX contains a DTD, which Word never writes; the file was refused for safety.", { details: { part } });
  }
}

/** Refuses a part nested deeper than `MAX_XML_DEPTH` (tables inside tables...), which would overflow mammoth's stack. */
export function assertDepth(xml: string, part: string): void {
  const depth = xmlDepth(xml, MAX_XML_DEPTH);
  if (depth > MAX_XML_DEPTH) {
    throw new TooLargeError(
      `The DOCX nests its content more than ${MAX_XML_DEPTH} levels deep (in ${part}; tables inside tables, for example), past the limit of ${MAX_XML_DEPTH}. A resume needs a few levels: flatten the tables and save it again.`,
      { details: { limit: "maxXmlDepth", max: MAX_XML_DEPTH, part } },
    );
  }
}

/** Estimated characters of visible text in a WordprocessingML part. */
function estimateTextChars(xml: string): number {
  let n = 0;
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) n += m[1].length;
  return n;
}

/** Paragraph texts of a header/footer part (tabs → space, breaks → new line). */
export function wordmlParagraphs(xml: string): string[] {
  const out: string[] = [];
  const paras = xml.split(/<w:p[\s>]/u).slice(1);
  for (const p of paras) {
    let text = "";
    const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\s*\/>|<w:br\s*\/>|<w:cr\s*\/>/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p)) !== null) {
      if (m[1] !== undefined) text += decodeEntities(m[1]);
      else if (m[0].startsWith("<w:tab")) text += " ";
      else text += "\n";
    }
    for (const t of text.split("\n")) out.push(t);
  }
  return out;
}

const CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+?\d[\d ().-]{7,}\d)|(?:https?:\/\/|www\.|linkedin\.com|github\.com)\S+/giu;

function partOrder(name: string): number {
  const m = /(\d+)\.xml$/u.exec(name);
  return m ? parseInt(m[1], 10) : 0;
}

/**
 * Inflates every XML part ourselves with a hard cap, so lying sizes and DTDs
 * are refused before mammoth/jszip see them; keeps the parts read later
 * (body, headers, footers, document properties, numbering and styles).
 */
function readXmlParts(bytes: Uint8Array, limits: ResolvedLimits): Map<string, string> {
  const entries = readZipDirectory(bytes);
  checkZipLimits(entries, limits);
  if (!entries.some((e) => e.name === "word/document.xml")) throw new CorruptFileError("The DOCX has no main document part (word/document.xml); the file is damaged.");
  const xml = new Map<string, string>();
  let inflated = 0;
  for (const e of entries) {
    if (!XML_PART.test(e.name) || e.name.endsWith("/")) continue;
    const data = inflateEntry(bytes, e, limits.maxUncompressedBytes - inflated);
    inflated += data.length;
    const text = utf8.decode(data);
    assertNoDtd(text, e.name);
    assertDepth(text, e.name);
    if (e.name === "word/document.xml" || /^word\/(?:header|footer)\d*\.xml$/u.test(e.name) || e.name === "docProps/core.xml" || e.name === "docProps/app.xml" || e.name === "word/numbering.xml" || e.name === "word/styles.xml") xml.set(e.name, text);
  }
  return xml;
}

/** The body as HTML, by mammoth (imported on first use); capped at 20 × `maxTextChars`. */
async function bodyHtml(bytes: Uint8Array, limits: ResolvedLimits, ctx: WorkContext, markerlessStyles: ReadonlySet<string>): Promise<string> {
  let html: string;
  try {
    html = await mammothHtml(bytes, ctx, markerlessStyles);
  } catch (e) {
    ctx.check();
    if (e instanceof ResumeAtsError) throw e;
    throw new CorruptFileError("The DOCX is damaged and could not be read; save it again from Word or export a PDF.", { cause: e });
  }
  ctx.check();
  return html.length > 20 * limits.maxTextChars ? html.slice(0, 20 * limits.maxTextChars) : html;
}

/** Header and footer lines (which mammoth skips), each text once, page numbers dropped. */
function headerFooterLines(xml: ReadonlyMap<string, string>): { header: DraftLine[]; footer: DraftLine[] } {
  const header: DraftLine[] = [];
  const footer: DraftLine[] = [];
  const parts = [...xml.keys()].filter((n) => /^word\/(?:header|footer)\d*\.xml$/u.test(n)).sort((a, b) => partOrder(a) - partOrder(b) || compareStrings(a, b));
  const seen = new Set<string>();
  for (const name of parts) {
    const isHeader = name.startsWith("word/header");
    for (const p of wordmlParagraphs(xml.get(name) ?? "")) {
      const t = stripInlineIcons(cleanLineText(p));
      if (!t || seen.has(t) || /^(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?$/iu.test(t)) continue;
      seen.add(t);
      (isHeader ? header : footer).push({ text: t, page: 1, part: isHeader ? "header" : "footer" });
    }
  }
  return { header, footer };
}

/** Title and writing application; the author (dc:creator) is personal data and is not copied. */
function docxMetadata(xml: ReadonlyMap<string, string>): DocxResult["metadata"] {
  const metadata: DocxResult["metadata"] = {};
  const core = xml.get("docProps/core.xml");
  if (core) {
    const title = /<dc:title>([^<]*)<\/dc:title>/u.exec(core);
    if (title && decodeEntities(title[1]).trim()) metadata.title = decodeEntities(title[1]).trim().slice(0, 300);
  }
  const app = /<Application>([^<]*)<\/Application>/u.exec(xml.get("docProps/app.xml") ?? "");
  if (app && decodeEntities(app[1]).trim()) metadata.producer = decodeEntities(app[1]).trim().slice(0, 300);
  return metadata;
}

/** Reads a DOCX; throws only `ResumeAtsError`s. */
export async function extractDocx(bytes: Uint8Array, limits: ResolvedLimits, ctx: WorkContext): Promise<DocxResult> {
  const xml = readXmlParts(bytes, limits);
  ctx.check();
  const estimated = estimateTextChars(xml.get("word/document.xml") ?? "");
  // Up to 4 × maxTextChars the text is read and cut at maxTextChars (TEXT_TRUNCATED, as for every format);
  // past that mammoth would build the whole document in memory for text we drop, so it is refused unread.
  if (estimated > DOCX_REFUSE_FACTOR * limits.maxTextChars) {
    throw new TooLargeError(
      `The DOCX holds about ${estimated} characters of text, more than ${DOCX_REFUSE_FACTOR} × maxTextChars (${DOCX_REFUSE_FACTOR * limits.maxTextChars}); a resume holds a few thousand. Up to that size the text is read and cut at maxTextChars (${limits.maxTextChars}) with a TEXT_TRUNCATED warning; raise maxTextChars to read more.`,
      { details: { limit: "maxTextChars", value: estimated, max: DOCX_REFUSE_FACTOR * limits.maxTextChars, maxTextChars: limits.maxTextChars } },
    );
  }
  const markerless = markerlessListStyles(xml.get("word/numbering.xml") ?? "", xml.get("word/styles.xml") ?? "");
  const body = htmlToLines(await bodyHtml(bytes, limits, ctx, markerless));
  const { header, footer } = headerFooterLines(xml);
  const warnings: Warning[] = [];
  const bodyText = body.map((l) => l.text).join("\n").toLowerCase();
  const onlyThere = [...header, ...footer].some((l) => (l.text.match(CONTACT) ?? []).some((c) => !bodyText.includes(c.toLowerCase())));
  if (onlyThere) {
    warnings.push({ code: "CONTENT_IN_HEADER_FOOTER", message: "Contact details (email, phone or links) appear only in the page header or footer, which many ATS skip; move them into the document body." });
  }
  return { lines: [...header, ...body, ...footer], warnings, metadata: docxMetadata(xml) };
}
