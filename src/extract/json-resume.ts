/**
 * JSON Resume (jsonresume.org) input: shape detection and conversion to
 * resume lines with section headings and highlight bullets.
 */
import { cleanLineText } from "./glyphs.js";
import type { DraftLine } from "./lines.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const SECTION_KEYS = ["basics", "work", "volunteer", "education", "skills", "projects", "awards", "certificates", "publications", "languages", "interests"] as const;

function isObj(v: Json | undefined): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: Json | undefined): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

function arr(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v : [];
}

/** Parses `text` and returns the object when it is shaped like a JSON Resume, else `null`. */
export function parseJsonResume(text: string): Obj | null {
  const t = text.trim();
  if (!t.startsWith("{") || !t.endsWith("}")) return null;
  let v: Json;
  try {
    v = JSON.parse(t) as Json;
  } catch {
    return null;
  }
  if (!isObj(v)) return null;
  const hasBasics = isObj(v.basics);
  const sections = SECTION_KEYS.filter((k) => k !== "basics" && Array.isArray(v[k])).length;
  return hasBasics || sections >= 2 ? v : null;
}

function dateRange(o: Obj): string {
  const s = str(o.startDate);
  const e = str(o.endDate) || (s ? "Present" : "");
  return s ? `${s} – ${e}` : str(o.endDate) || str(o.date);
}

function join(parts: readonly string[], sep: string): string {
  return parts.map((p) => p.trim()).filter(Boolean).join(sep);
}

/** Converts a JSON Resume object to draft lines: name and contact first, then one headed section per key. */
export function jsonResumeToLines(doc: Obj): DraftLine[] {
  const out: DraftLine[] = [];
  const push = (text: string, extra: Partial<DraftLine> = {}): void => {
    for (const part of text.split(/\r\n|\r|\n/u)) {
      const t = cleanLineText(part);
      if (t) out.push({ text: extra.bullet ? `• ${t}` : t, page: 1, ...extra });
    }
  };
  const heading = (t: string): void => push(t, { heading: true });
  const bullets = (items: Json | undefined): void => {
    for (const h of arr(items)) if (str(h)) push(str(h), { bullet: true });
  };

  const basics = isObj(doc.basics) ? doc.basics : {};
  if (str(basics.name)) push(str(basics.name));
  if (str(basics.label)) push(str(basics.label));
  const loc = isObj(basics.location) ? basics.location : {};
  const contact = join([str(basics.email), str(basics.phone), str(basics.url), join([str(loc.city), str(loc.region), str(loc.countryCode)], ", ")], " | ");
  if (contact) push(contact);
  const profiles = arr(basics.profiles).filter(isObj).map((p) => str(p.url) || join([str(p.network), str(p.username)], ": "));
  if (profiles.length) push(join(profiles, " | "));
  if (str(basics.summary)) { heading("Summary"); push(str(basics.summary)); }

  const entries = (key: string, title: string, head: (o: Obj) => string, body?: (o: Obj) => void): void => {
    const list = arr(doc[key]).filter(isObj);
    if (list.length === 0) return;
    heading(title);
    for (const o of list) {
      const h = head(o);
      if (h) push(h);
      body?.(o);
    }
  };
  const workBody = (o: Obj): void => { if (str(o.summary)) push(str(o.summary)); bullets(o.highlights); };
  entries("work", "Experience", (o) => join([join([str(o.position), str(o.name) || str(o.company)], ", "), dateRange(o)], " | "), workBody);
  entries("projects", "Projects", (o) => join([str(o.name), dateRange(o)], " | "), (o) => {
    if (str(o.description)) push(str(o.description));
    bullets(o.highlights);
    const kw = arr(o.keywords).map(str).filter(Boolean);
    if (kw.length) push(`Technologies: ${kw.join(", ")}`);
  });
  entries("skills", "Skills", (o) => {
    const kw = arr(o.keywords).map(str).filter(Boolean);
    return kw.length ? `${str(o.name)}: ${kw.join(", ")}` : str(o.name);
  });
  entries("education", "Education", (o) => join([join([str(o.studyType), str(o.area)], " in "), str(o.institution), dateRange(o)], " | "), (o) => {
    const courses = arr(o.courses).map(str).filter(Boolean);
    if (courses.length) push(`Courses: ${courses.join(", ")}`);
  });
  entries("certificates", "Certifications", (o) => join([str(o.name), str(o.issuer), str(o.date)], " | "));
  entries("awards", "Awards", (o) => join([str(o.title), str(o.awarder), str(o.date)], " | "), (o) => { if (str(o.summary)) push(str(o.summary)); });
  entries("publications", "Publications", (o) => join([str(o.name), str(o.publisher), str(o.releaseDate)], " | "), (o) => { if (str(o.summary)) push(str(o.summary)); });
  entries("volunteer", "Volunteer", (o) => join([join([str(o.position), str(o.organization)], ", "), dateRange(o)], " | "), workBody);
  entries("languages", "Languages", (o) => join([str(o.language), str(o.fluency)], " – "));
  entries("interests", "Interests", (o) => {
    const kw = arr(o.keywords).map(str).filter(Boolean);
    return kw.length ? `${str(o.name)}: ${kw.join(", ")}` : str(o.name);
  });
  return out;
}
