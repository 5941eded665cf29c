/** Test helper: builds small valid PDFs without any library. */

/** A PDF of `n` pages, each with one line of Helvetica text (uncompressed, valid xref). */
export function makePdf(n: number): Uint8Array {
  const objs: string[] = [];
  const kids: string[] = [];
  objs[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  for (let i = 0; i < n; i++) {
    const page = 4 + 2 * i;
    const content = `BT /F1 12 Tf 72 720 Td (Page ${i + 1} TypeScript and PostgreSQL) Tj ET`;
    objs[page] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${page + 1} 0 R >>`;
    objs[page + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    kids.push(`${page} 0 R`);
  }
  objs[2] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${n} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let i = 1; i < objs.length; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objs[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objs.length; i++) out += `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/**
 * A one-page PDF whose Helvetica font has a ToUnicode map sending code 0xAD
 * (WinAnsi "hyphen") to U+00AD, as LaTeX fonts do: each `\xAD` in `lines`
 * is drawn as a visible hyphen that pdf.js's text layer reads as a soft
 * hyphen. Lines are drawn 14 pt apart from the top. `font`: the font's
 * subtype and name (not embedded; Helvetica Type1 unless given).
 */
export function makeSoftHyphenPdf(lines: readonly string[], font: { subtype: "Type1" | "TrueType"; baseFont: string } = { subtype: "Type1", baseFont: "Helvetica" }): Uint8Array {
  const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/\xAD/g, "\\255");
  const content = lines.map((l, i) => `BT /F1 11 Tf 72 ${720 - 14 * i} Td (${esc(l)}) Tj ET`).join("\n");
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CMapName /Soft def /CMapType 2 def",
    "1 begincodespacerange <00> <FF> endcodespacerange",
    "1 beginbfrange <20> <7E> <0020> endbfrange",
    "1 beginbfchar <AD> <00AD> endbfchar",
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  const objs: string[] = [];
  objs[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objs[2] = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>";
  objs[3] = `<< /Type /Font /Subtype /${font.subtype} /BaseFont /${font.baseFont} /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>`;
  objs[4] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>";
  objs[5] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  objs[6] = `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let i = 1; i < objs.length; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objs[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objs.length; i++) out += `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A one-page resume PDF whose "LinkedIn" and "GitHub" texts keep their addresses only in link annotations. */
export function makeLinkPdf(): Uint8Array {
  const content = [
    "BT /F1 18 Tf 72 740 Td (Jane Doe) Tj ET",
    "BT /F1 11 Tf 72 715 Td (jane@example.com) Tj ET",
    "BT /F1 11 Tf 200 715 Td (LinkedIn) Tj ET",
    "BT /F1 11 Tf 260 715 Td (GitHub) Tj ET",
    "BT /F1 14 Tf 72 680 Td (Experience) Tj ET",
    "BT /F1 11 Tf 72 660 Td (Engineer, Acme Corp 2019 - 2021) Tj ET",
    "BT /F1 11 Tf 72 645 Td (Project page) Tj ET",
  ].join("\n");
  const objs: string[] = [];
  objs[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objs[2] = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>";
  objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objs[4] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R /Annots [6 0 R 7 0 R 8 0 R] >>";
  objs[5] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  objs[6] = "<< /Type /Annot /Subtype /Link /Rect [198 711 245 725] /Border [0 0 0] /A << /S /URI /URI (https://www.linkedin.com/in/jane-doe/) >> >>";
  objs[7] = "<< /Type /Annot /Subtype /Link /Rect [258 711 300 725] /Border [0 0 0] /A << /S /URI /URI (https://github.com/janedoe) >> >>";
  objs[8] = "<< /Type /Annot /Subtype /Link /Rect [70 641 140 655] /Border [0 0 0] /A << /S /URI /URI (https://github.com/janedoe/project) >> >>";
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let i = 1; i < objs.length; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objs[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objs.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objs.length; i++) out += `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
