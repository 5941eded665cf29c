/**
 * JSON Resume (jsonresume.org) input: shape detection and conversion to
 * resume lines with section headings and highlight bullets, plus the dated
 * entries (work, volunteer, projects, education) as data: their dates are
 * the JSON's `startDate` / `endDate`, never re-read from the rendered text.
 */
import { cleanLineText } from "./glyphs.js";
import type { StatedEntry } from "../types.js";
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

/** End dates that mean "still there" (JSON Resume leaves `endDate` out; people also write these). */
const PRESENT_RE = /^(?:present|current|now|ongoing|today)$/i;

/**
 * A JSON Resume date (ISO 8601: "2013-12-01", "2013-12" or "2013"; a time
 * after the day is ignored) as "YYYY-MM" (month 01 for a year alone), or
 * null when it is not in that form.
 */
export function isoMonth(text: string): { ym: string; yearOnly: boolean } | null {
  const m = /^((?:19|20)\d{2})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01])(?:T[\d:.]{2,15}(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(text.trim());
  if (!m) return null;
  return { ym: `${m[1] as string}-${m[2] ?? "01"}`, yearOnly: m[2] === undefined };
}

/** The dates of an entry: as shown on its header line, and as data when both ends are ISO 8601 (a missing end date is "present"). */
export function entryDates(o: Obj): Pick<StatedEntry, "start" | "end" | "dateText" | "yearOnly"> {
  const s = str(o.startDate).trim();
  const e = str(o.endDate).trim();
  const dateText = s && e ? (s === e ? s : `${s} – ${e}`) : s ? `${s} – Present` : e || null;
  const none = { start: null, end: null, dateText, yearOnly: false };
  if (!s && !e) return none;
  const start = s ? isoMonth(s) : null;
  const end = e === "" || PRESENT_RE.test(e) ? null : isoMonth(e);
  if (s && !start) return none; // not ISO 8601: segmentation reads `dateText` as it reads any header
  if (!s) return end ? { start: end.ym, end: end.ym, dateText, yearOnly: end.yearOnly } : none;
  if (e && !PRESENT_RE.test(e) && !end) return none;
  const st = start as { ym: string; yearOnly: boolean };
  return end ? { start: st.ym, end: end.ym, dateText, yearOnly: st.yearOnly && end.yearOnly } : { start: st.ym, end: "present", dateText, yearOnly: st.yearOnly };
}

function join(parts: readonly string[], sep: string): string {
  return parts.map((p) => p.trim()).filter(Boolean).join(sep);
}

/** Draft lines of a JSON Resume, and the entries it states, each tied to its header line (an index in `lines`). */
export interface JsonResumeLines {
  lines: DraftLine[];
  entries: StatedEntry[];
}

/**
 * Converts a JSON Resume object to draft lines (name and contact first, then
 * one headed section per key) and stated entries. Spoken `languages` get a
 * Languages section of their own ("English – Native speaker"), never a
 * labelled list that reads as technologies; `references` are left out.
 */
export function jsonResumeToLines(doc: Obj): JsonResumeLines {
  const w = lineWriter();
  const stated: StatedEntry[] = [];
  writeBasics(isObj(doc.basics) ? doc.basics : {}, w);
  writeSections(doc, w, stated);
  return { lines: w.out, entries: stated };
}

/** Draft lines being written, with the three ways a JSON Resume value becomes lines. */
interface LineWriter {
  out: DraftLine[];
  push(text: string, extra?: Partial<DraftLine>): void;
  heading(text: string): void;
  bullets(items: Json | undefined): void;
}

function lineWriter(): LineWriter {
  const out: DraftLine[] = [];
  const push = (text: string, extra: Partial<DraftLine> = {}): void => {
    for (const part of text.split(/\r\n|\r|\n/u)) {
      const t = cleanLineText(part);
      if (t) out.push({ text: extra.bullet ? `• ${t}` : t, page: 1, ...extra });
    }
  };
  return {
    out,
    push,
    heading: (t) => push(t, { heading: true }),
    bullets: (items) => {
      for (const h of arr(items)) if (str(h)) push(str(h), { bullet: true });
    },
  };
}

/** Name, label, one contact line, profiles and the summary. */
function writeBasics(basics: Obj, { push, heading }: LineWriter): void {
  if (str(basics.name)) push(str(basics.name));
  if (str(basics.label)) push(str(basics.label));
  const loc = isObj(basics.location) ? basics.location : {};
  const contact = join([str(basics.email), str(basics.phone), str(basics.url), join([str(loc.city), str(loc.region), str(loc.countryCode)], ", ")], " | ");
  if (contact) push(contact);
  const profiles = arr(basics.profiles).filter(isObj).map((p) => str(p.url) || join([str(p.network), str(p.username)], ": "));
  if (profiles.length) push(join(profiles, " | "));
  if (str(basics.summary)) { heading("Summary"); push(str(basics.summary)); }
}

/** One headed section per key, in the order below; dated items become stated entries. */
function writeSections(doc: Obj, { out, push, heading, bullets }: LineWriter, stated: StatedEntry[]): void {
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
  /** A dated section: each item's header line shows its names and dates, and the item becomes a stated entry. */
  const dated = (key: string, title: string, section: StatedEntry["section"], names: (o: Obj) => { title: string; organization: string; shown: string }, body: (o: Obj) => void): void => {
    entries(key, title, (o) => {
      const n = names(o);
      const dates = entryDates(o);
      const line = join([n.shown, dates.dateText ?? ""], " | ");
      if (line && cleanLineText(line)) {
        stated.push({ line: out.length, section, title: n.title.trim() || null, organization: n.organization.trim() || null, ...dates });
      }
      return line;
    }, body);
  };
  const workBody = (o: Obj): void => { if (str(o.summary)) push(str(o.summary)); bullets(o.highlights); };
  const role = (o: Obj, org: string): { title: string; organization: string; shown: string } => ({ title: str(o.position), organization: org, shown: join([str(o.position), org], ", ") });
  dated("work", "Experience", "experience", (o) => role(o, str(o.name) || str(o.company)), workBody);
  dated("projects", "Projects", "projects", (o) => ({ title: "", organization: str(o.name), shown: str(o.name) }), (o) => {
    if (str(o.description)) push(str(o.description));
    // The technologies before the highlights: a plain line after a bullet would read as the bullet's wrapped end.
    const kw = arr(o.keywords).map(str).filter(Boolean);
    if (kw.length) push(`Technologies: ${kw.join(", ")}`);
    bullets(o.highlights);
  });
  // A skill's name is a skill of its own ("Web Development", level "Master"), not a category label: it gets its
  // own line, and its keywords a list line under it ("Web Development: HTML, CSS" would make it a label).
  entries("skills", "Skills", (o) => join([str(o.name), str(o.level) ? `(${str(o.level)})` : ""], " "), (o) => {
    const kw = arr(o.keywords).map(str).filter(Boolean);
    if (kw.length) push(kw.join(", "));
  });
  dated("education", "Education", "education", (o) => {
    const degree = join([str(o.studyType), str(o.area)], " in ");
    return { title: degree, organization: str(o.institution), shown: join([degree, str(o.institution)], " | ") };
  }, (o) => {
    const courses = arr(o.courses).map(str).filter(Boolean);
    if (courses.length) push(`Courses: ${courses.join(", ")}`);
  });
  entries("certificates", "Certifications", (o) => join([str(o.name), str(o.issuer), str(o.date)], " | "));
  entries("awards", "Awards", (o) => join([str(o.title), str(o.awarder), str(o.date)], " | "), (o) => { if (str(o.summary)) push(str(o.summary)); });
  entries("publications", "Publications", (o) => join([str(o.name), str(o.publisher), str(o.releaseDate)], " | "), (o) => { if (str(o.summary)) push(str(o.summary)); });
  dated("volunteer", "Volunteer", "volunteer", (o) => role(o, str(o.organization)), workBody);
  entries("languages", "Languages", (o) => join([str(o.language), str(o.fluency)], " – "));
  entries("interests", "Interests", (o) => {
    const kw = arr(o.keywords).map(str).filter(Boolean);
    return kw.length ? `${str(o.name)}: ${kw.join(", ")}` : str(o.name);
  });
}
