/**
 * A job posting in the JSON Resume job schema (`job-schema.json` of
 * jsonresume/resume-schema) → posting lines, read by the schema rather than as
 * text: `title`; `skills[].keywords` and `qualifications` as requirements;
 * `description` and `responsibilities` as the duties; `experience` as the
 * level. Keys, `location`, `meta`, `company`, `salary` and the rest never
 * become words of the posting.
 */
import type { Level } from "../report/types.js";
import type { JobLine } from "./sections.js";

/** The fields of the JSON Resume job schema this reader uses. */
interface JsonJob {
  title?: unknown;
  description?: unknown;
  experience?: unknown;
  responsibilities?: unknown;
  qualifications?: unknown;
  skills?: unknown;
}

/** A posting read from JSON: its lines (with the JSON file's line numbers) and the level its `experience` names. */
export interface JsonJobLines {
  lines: JobLine[];
  /** From `experience` ("Senior", "Mid-level", "Entry level"...), or null. */
  seniority: Level | null;
}

const JOB_KEYS = ["responsibilities", "qualifications", "skills", "description", "experience"] as const;

/**
 * The object when `text` is a JSON Resume job (an object with a string
 * `title` and at least one of the job fields, and no resume `basics`/`work`),
 * else null.
 */
export function parseJsonJob(text: string): JsonJob | null {
  const t = text.replace(/^\uFEFF/u, "").trimStart();
  if (!t.startsWith("{")) return null;
  let v: unknown;
  try {
    v = JSON.parse(t);
  } catch {
    return null;
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if ("basics" in o || "work" in o) return null;
  if (typeof o.title !== "string") return null;
  return JOB_KEYS.some((k) => k in o) ? (o as JsonJob) : null;
}

function strings(v: unknown): string[] {
  if (typeof v === "string") return v.trim() ? [v.trim()] : [];
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === "string" && x.trim() !== "").map((x) => x.trim());
}

/** The level an `experience` value names ("Senior" → senior, "Mid-level" → mid, "Entry level"/"Junior" → junior). */
export function levelOfExperience(v: unknown): Level | null {
  if (typeof v !== "string") return null;
  const s = v.toLowerCase();
  if (/\b(lead|principal|staff|head)\b/u.test(s)) return "lead";
  if (/\bsenior\b|\bsr\b/u.test(s)) return "senior";
  if (/\bmid\b|\bintermediate\b/u.test(s)) return "mid";
  if (/\b(junior|jr|entry|graduate|intern)\b/u.test(s)) return "junior";
  return null;
}

/**
 * Finds the 1-based line of each value in the JSON text, in order: a value
 * is looked for at or after the previous value of the same field, so repeated
 * strings get their own lines. Falls back to the last line found.
 */
function lineFinder(text: string): (value: string, from: number) => { line: number; at: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return (value, from) => {
    const at = text.indexOf(JSON.stringify(value), from);
    return at < 0 ? { line: lineOf(Math.min(from, text.length)), at: from } : { line: lineOf(at), at: at + 1 };
  };
}

/**
 * The posting as lines a posting parser reads: the title, then a
 * "Responsibilities" section (description and responsibilities), then a
 * "Requirements" section (qualifications, then each skill group's keywords as
 * one list line). Headings are made up (their line is the field's key line);
 * every other line carries the line of its value in the JSON text.
 */
export function jsonJobLines(job: JsonJob, text: string): JsonJobLines {
  const find = lineFinder(text);
  const keyLine = (key: string): number => find(key, 0).line;
  const lines: JobLine[] = [];
  const title = typeof job.title === "string" ? job.title.trim() : "";
  if (title) lines.push({ line: find(title, 0).line, text: title });
  const section = (heading: string, key: string, items: Array<{ text: string; value: string }>): void => {
    if (items.length === 0) return;
    lines.push({ line: keyLine(key), text: heading, heading: true });
    let from = 0;
    for (const it of items) {
      const hit = find(it.value, from);
      from = hit.at;
      lines.push({ line: hit.line, text: `• ${it.text}`, bullet: true });
    }
  };
  const duties = [...strings(job.description), ...strings(job.responsibilities)].map((s) => ({ text: s, value: s }));
  section("Responsibilities", job.responsibilities !== undefined ? "responsibilities" : "description", duties);
  const reqs = strings(job.qualifications).map((s) => ({ text: s, value: s }));
  if (Array.isArray(job.skills)) {
    for (const g of job.skills) {
      const kws = strings((g as { keywords?: unknown } | null)?.keywords);
      if (kws.length > 0) reqs.push({ text: kws.join(", "), value: kws[0] });
    }
  }
  section("Requirements", job.qualifications !== undefined ? "qualifications" : "skills", reqs);
  return { lines, seniority: levelOfExperience(job.experience) };
}
