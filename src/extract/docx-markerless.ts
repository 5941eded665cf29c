/**
 * Paragraph styles whose list numbering draws no marker. LibreOffice exports
 * its heading styles with outline numbering of format "none" (nothing is
 * printed before "Experience"), and Word users attach such numbering to
 * heading styles too. mammoth reads any numbered paragraph as a list item, so
 * the heading came out as "• Experience" and was taken for a bullet. A
 * paragraph of these styles is read as a plain paragraph.
 */

/** A `w:lvl`'s number format, by abstract numbering id and level. */
type Levels = Map<string, Map<string, string>>;

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`, "u").exec(tag);
  return m?.[1];
}

/** `abstractNumId` → level → `numFmt`, and the paragraph style a level is bound to (`w:pStyle` inside `w:lvl`). */
function readAbstractNums(numbering: string): { levels: Levels; styleLevels: Array<{ styleId: string; numFmt: string }> } {
  const levels: Levels = new Map();
  const styleLevels: Array<{ styleId: string; numFmt: string }> = [];
  for (const block of numbering.split(/<w:abstractNum\b/u).slice(1)) {
    const id = attr(block.slice(0, block.indexOf(">")), "w:abstractNumId");
    if (id === undefined) continue;
    const byLevel = new Map<string, string>();
    const body = block.split("</w:abstractNum>")[0] ?? "";
    for (const lvl of body.split(/<w:lvl\b/u).slice(1)) {
      const ilvl = attr(lvl.slice(0, lvl.indexOf(">")), "w:ilvl") ?? "0";
      const fmt = /<w:numFmt\b[^>]*>/u.exec(lvl);
      const numFmt = fmt ? (attr(fmt[0], "w:val") ?? "") : "";
      byLevel.set(ilvl, numFmt);
      const pStyle = /<w:pStyle\b[^>]*>/u.exec(lvl);
      const styleId = pStyle ? attr(pStyle[0], "w:val") : undefined;
      if (styleId !== undefined) styleLevels.push({ styleId, numFmt });
    }
    levels.set(id, byLevel);
  }
  return { levels, styleLevels };
}

/** `numId` → `abstractNumId`. */
function readNums(numbering: string): Map<string, string> {
  const nums = new Map<string, string>();
  for (const block of numbering.split(/<w:num\b(?!Id|Fmt|Pr|StyleLink)/u).slice(1)) {
    const numId = attr(block.slice(0, block.indexOf(">")), "w:numId");
    const abs = /<w:abstractNumId\b[^>]*>/u.exec(block);
    const absId = abs ? attr(abs[0], "w:val") : undefined;
    if (numId !== undefined && absId !== undefined) nums.set(numId, absId);
  }
  return nums;
}

/**
 * The ids of the paragraph styles whose numbering has the format "none", from
 * `word/numbering.xml` and `word/styles.xml` (either may be empty): a style a
 * level names with `w:pStyle`, or a style whose own `w:numPr` points at such a level.
 */
export function markerlessListStyles(numberingXml: string, stylesXml: string): Set<string> {
  const out = new Set<string>();
  if (!numberingXml) return out;
  const { levels, styleLevels } = readAbstractNums(numberingXml);
  for (const s of styleLevels) if (s.numFmt === "none") out.add(s.styleId);
  const nums = readNums(numberingXml);
  for (const block of stylesXml.split(/<w:style\b/u).slice(1)) {
    const head = block.slice(0, block.indexOf(">"));
    if (attr(head, "w:type") !== "paragraph") continue;
    const styleId = attr(head, "w:styleId");
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/u.exec(block.split("</w:style>")[0] ?? "");
    if (styleId === undefined || !numPr) continue;
    const numIdTag = /<w:numId\b[^>]*>/u.exec(numPr[1] as string);
    const ilvlTag = /<w:ilvl\b[^>]*>/u.exec(numPr[1] as string);
    const numId = numIdTag ? attr(numIdTag[0], "w:val") : undefined;
    const ilvl = (ilvlTag ? attr(ilvlTag[0], "w:val") : undefined) ?? "0";
    const abs = numId === undefined ? undefined : nums.get(numId);
    if (abs !== undefined && levels.get(abs)?.get(ilvl) === "none") out.add(styleId);
  }
  return out;
}

/** A mammoth paragraph, as far as `unlistMarkerless` reads it. */
interface MammothParagraph {
  type?: string;
  styleId?: string | null;
  numbering?: { isOrdered?: boolean } | null;
}

/**
 * mammoth's `transformDocument` step: a paragraph of a style whose numbering
 * draws no marker (format "none", which mammoth reads as an ordered list) is a
 * plain paragraph (see `markerlessListStyles`). Used by the Node and the browser builds alike.
 */
export function unlistMarkerless(styles: ReadonlySet<string>): (p: MammothParagraph) => MammothParagraph {
  return (p) => (p.numbering?.isOrdered === true && typeof p.styleId === "string" && styles.has(p.styleId) ? { ...p, numbering: null } : p);
}
