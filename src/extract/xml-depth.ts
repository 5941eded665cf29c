/**
 * How deeply an XML document nests its elements, found by one linear scan
 * (no parser, no recursion), stopping as soon as a limit is passed. mammoth
 * walks a DOCX body recursively: tables nested a few hundred deep overflow
 * its stack, which would read as a damaged file; this names the real cause.
 */

/** Deepest element nesting a DOCX part may have. Word's own documents stay far below it (a table inside a table adds three levels). */
export const MAX_XML_DEPTH = 256;

/**
 * The deepest element nesting of `xml`, or the first depth past `stopAbove`
 * (so a hostile part is not scanned to its end). Comments, CDATA,
 * processing instructions and quoted attribute values are skipped.
 */
export function xmlDepth(xml: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let i = xml.indexOf("<");
  while (i !== -1 && i < xml.length) {
    const next = xml.charCodeAt(i + 1);
    let end: number;
    if (next === 0x21 /* ! */) {
      if (xml.startsWith("<!--", i)) end = xml.indexOf("-->", i + 4) + 2;
      else if (xml.startsWith("<![CDATA[", i)) end = xml.indexOf("]]>", i + 9) + 2;
      else end = xml.indexOf(">", i + 2);
    } else if (next === 0x3f /* ? */) {
      end = xml.indexOf("?>", i + 2) + 1;
    } else {
      // A start or end tag: find its '>' outside quoted attribute values.
      let j = i + 1;
      let quote = 0;
      for (; j < xml.length; j++) {
        const c = xml.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e) break;
      }
      end = j < xml.length ? j : -1;
      if (end !== -1) {
        if (next === 0x2f /* / */) depth--;
        else if (xml.charCodeAt(end - 1) !== 0x2f) {
          depth++;
          if (depth > max) {
            max = depth;
            if (max > stopAbove) return max;
          }
        }
      }
    }
    if (end < 0) break;
    i = xml.indexOf("<", end + 1);
  }
  return max;
}
