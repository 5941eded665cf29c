/**
 * Warming a new extraction worker: load pdf.js (and its in-thread "worker"
 * module) and read one tiny PDF before the worker says it is ready. The pool
 * starts a file's clock at `ready`, so a PDF's `timeoutMs` counts its own
 * work, not a cold parser load, and every later PDF in that worker finds it
 * warm. mammoth is not preloaded: a worker that reads a DOCX first loads it
 * within that file's budget (a CLI run on one PDF should not pay for it).
 */
import { extractResume } from "../extract/index.js";

/** A valid one-page PDF with one line of Helvetica text, built with exact xref offsets. */
export function tinyPdf(): Uint8Array {
  const content = "BT /F1 12 Tf 72 720 Td (Warm up the reader 0123456789) Tj ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** Loads pdf.js and reads the tiny PDF; never throws (a worker that cannot warm up still serves). */
export async function warmUp(): Promise<void> {
  try {
    await extractResume(tinyPdf(), { timeoutMs: 10_000 });
  } catch {
    /* the first real file will show the problem */
  }
}
