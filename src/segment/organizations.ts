/**
 * Recognizing organization names and job titles in entry headers, and
 * splitting a header ("Senior Engineer, Acme Corp — 2019 – 2021") into parts.
 */
import { findLocation, isRegion } from "./contact.js";
import { hasTitleWord, isTitleWord } from "./titles.js";

export { hasTitleWord } from "./titles.js";

const ORG_HINT_RE = /\b(?:inc|llc|ltd|gmbh|corp|corporation|company|co|group|plc|ag|sa|bv|limited|labs?|technologies|solutions|systems|bank|university|college|institute|school|academy|hospital|health|agency|partners|consulting|studios?|foundation|society|club|association|chapter|meetup)(?![\w-])\.?/i;
const SCHOOL_RE = /\b(?:university|universit[éäà]t?|college|institute|school|academy|polytechnic|conservatory|iit|mit|ucla|nyu|universidad|université|hochschule|seminary)\b/i;
const DEGREE_RE = /^(?:b\.?\s?s\.?c?|b\.?\s?a|b\.?\s?e|b\.?\s?tech|m\.?\s?s\.?c?|m\.?\s?a|m\.?\s?tech|m\.?\s?eng|mba|ph\.?\s?d|bachelor|master|doctor|associate|diploma|certificate|high school|ged|a\.?\s?a\.?s?|b\.?\s?eng)\b/i;

/**
 * Legal forms written with dots or in the capitals of their country ("B.V.", "N.V.", "S.p.A.", "S.à r.l.",
 * "Pte Ltd", "Sdn Bhd", "A/S", "ApS"), case as written: dotless capitals such as "SE" or "AB" name other things too.
 */
const LEGAL_FORM_RE = /(?:^|[\s,])(?:[BN]\.\s?V\.|S\.\s?A\.|S\.p\.A\.|S\.r\.l\.|S\.à r\.l\.|S\.A\.S\.|A\.G\.|K\.K\.|L\.L\.C\.|Pte\.? Ltd|Pty\.? Ltd|Sdn\.? Bhd|A\/S|ApS|SARL|NV)(?![\p{L}\d])/u;

/**
 * Dotless legal forms that close a capitalised name ("Fjordlys Energi AS", "Voltaris Metering SRL", "Kaamos Oy"):
 * at the end, after a capitalised word, they are the company's form, not a word of a title.
 */
const CLOSING_LEGAL_FORM_RE = /\p{Lu}[\p{L}\d&'’-]*\s(?:AS|ASA|AB|Oy|Oyj|SRL|SpA|KG|SAS|SL|Ltda|SE)\.?$/u;

/** True when the text carries an organization hint ("Inc", "LLC", "B.V.", "University", "Bank"...). */
export function hasOrgHint(text: string): boolean {
  return text.length <= 200 && (ORG_HINT_RE.test(text) || LEGAL_FORM_RE.test(text) || CLOSING_LEGAL_FORM_RE.test(text.trim()));
}

/** True when the text names a school ("University", "College", "Institute"...). */
export function isSchoolName(text: string): boolean {
  return text.length <= 200 && SCHOOL_RE.test(text);
}

/** True when the text starts with a degree ("B.S.", "Bachelor of", "M.Sc.", "MBA"...). */
export function isDegree(text: string): boolean {
  return text.length <= 200 && DEGREE_RE.test(text.trim());
}

/**
 * The location a header line names, unless what stands as its city is an
 * organization: in "Merlion Logistics Pte Ltd, Singapore" the country closes
 * the employer's part and is dropped with the other closing places.
 */
function headerLocation(text: string): string | null {
  const loc = findLocation(text);
  return loc !== null && hasOrgHint(loc.split(",")[0] as string) ? null : loc;
}

/**
 * Splits header text (dates already removed) into parts on " — ", " – ", " - ",
 * " | ", " · ", " • ", tabs / wide gaps, " at ", " @ " and ", ", dropping
 * locations ("Austin, TX", "Remote") and empty parts.
 */
export function splitHeaderParts(text: string): string[] {
  if (text.length > 300) return [];
  const loc = headerLocation(text);
  let t = text;
  if (loc) t = t.replace(loc, " | ");
  const parts = splitOutsideParens(t, /\s+[—–-]\s+|\s*[|·•⋅]\s*|\s{3,}|\t|\s+(?:at|@)\s+|,\s+|\s+[—–]|[—–]\s+/u)
    .map((p) => p.trim().replace(/^[—–\-:,()]+|[—–\-:,(]+$/gu, "").trim())
    .filter((p) => p !== "" && !/^(?:remote|hybrid|on-?site|present|current)$/i.test(p) && /\p{L}/u.test(p));
  return parts;
}

/** Strong separators of header text: dashes with spaces, "|", "·", "•", wide gaps, tabs, " at ", " @ ". */
const STRONG_SEPARATOR = /\s+[—–-]\s+|\s*[|·•⋅]\s*|\s{3,}|\t|\s+(?:at|@)\s+|\s+[—–]|[—–]\s+/u;
/** A legal form that belongs to the name before its comma: "Omnious. Co., Ltd.", "Acme, Inc.". */
const LEGAL_FORM = /^(?:inc|llc|llp|ltd|gmbh|co|corp|plc|s\.?a|ag|bv|limited|pvt\.? ltd|pty\.? ltd|srl|s\.?p\.?a|oy|ab|kk)\.?$/iu;
/** An acronym after a name ("R.O.K Cyber Command, MND"): part of the name. */
const ACRONYM = /^(?:[A-Z]\.?){2,6}$/u;

/**
 * Splits text at the matches of `re` (a non-global pattern) that lie outside
 * parentheses: "Senior Engineer (Bank - Platform, SRE) | Klarna" keeps its
 * parenthesis whole.
 */
export function splitOutsideParens(text: string, re: RegExp): string[] {
  if (!text.includes("(")) return text.split(re);
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  let depth = 0;
  let scanned = 0;
  let start = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    for (; scanned < m.index; scanned++) {
      const ch = text[scanned];
      if (ch === "(") depth++;
      else if (ch === ")" && depth > 0) depth--;
    }
    if (depth > 0) continue;
    out.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * An employer without the description written after it in parentheses
 * ("Hollowell & Finch (online retail)", "Acme Analytics (8 employee
 * venture-backed startup)"): a closing parenthesis that opens lower case or
 * with a digit describes the company; one that opens with a capital is part
 * of the name ("Kaapstad Pay (Pty)") and stays.
 */
export function withoutDescriptor(org: string | null): string | null {
  if (org === null) return null;
  const m = /^(.*\S)\s*\([\p{Ll}\p{N}][^()]*\)$/u.exec(org.trim());
  return m ? (m[1] as string) : org;
}

/** A label in front of a header part: "Role: QA Lead", "Employer: Fabrikam". */
const PART_LABEL = /^(?:role|position|job title|title|designation|employer|company|client|organi[sz]ation)\s*:\s*/iu;

function cleanPart(p: string): string {
  return p.trim().replace(PART_LABEL, "").replace(/^[—–\-:,()]+|[—–\-:,(]+$/gu, "").trim();
}

function keepPart(p: string): boolean {
  return p !== "" && !/^(?:remote|hybrid|on-?site|present|current)$/iu.test(p) && /\p{L}/u.test(p);
}

/**
 * Splits header text (dates already removed) into segments at strong
 * separators (" — ", " | ", " · ", wide gaps, " at "), and each segment into
 * its comma parts, dropping locations ("Austin, TX") and empty parts. A
 * legal form ("Ltd."), an acronym ("MND") or the location's city ("University
 * of California, Berkeley   Berkeley, CA") after a comma stays with the part
 * before it.
 */
export function splitHeaderSegments(text: string): string[][] {
  if (text.length > 300) return [];
  const loc = headerLocation(text);
  const city = loc ? (loc.split(",")[0] ?? "").trim().toLowerCase() : "";
  let t = text;
  if (loc) t = t.replace(loc, " | ");
  const out: string[][] = [];
  for (const seg of splitOutsideParens(t, STRONG_SEPARATOR)) {
    const parts: string[] = [];
    for (const raw of splitOutsideParens(seg, /,\s+/u)) {
      const p = cleanPart(raw);
      if (!keepPart(p)) continue;
      const prev = parts[parts.length - 1];
      if (prev !== undefined && (LEGAL_FORM.test(p) || (ACRONYM.test(p) && !isRegion(p) && !hasTitleWord(prev)) || (city !== "" && p.toLowerCase() === city))) {
        parts[parts.length - 1] = `${prev}, ${p}`;
      } else parts.push(p);
    }
    dropTrailingPlace(parts);
    // "Software Developer, Link11 GmbH, Frankfurt.": a last single capitalised word closing the line with a period is the place.
    if (parts.length >= 3 && /^\p{Lu}[\p{Ll}-]{2,20}\.$/u.test(parts[parts.length - 1] as string) && /\.\s*$/u.test(t)) parts.pop();
    if (parts.length > 0) out.push(parts);
  }
  return out;
}

/**
 * Removes a place that ends a segment's comma parts: "…, Austin, TX",
 * "Northwind Technology. San Jose, California" (the city after the name's
 * last ". "), "Brightex. Dayton, Ohio".
 */
function dropTrailingPlace(parts: string[]): void {
  if (parts.length < 2 || !isRegion(parts[parts.length - 1] as string)) return;
  const before = parts[parts.length - 2] as string;
  const dot = before.lastIndexOf(". ");
  if (dot > 0 && /^\p{Lu}[\p{L}.' -]{1,40}$/u.test(before.slice(dot + 2))) {
    parts.splice(parts.length - 2, 2, before.slice(0, dot + 1));
  } else if (parts.length >= 3 && /^\p{Lu}[\p{L}.' -]{1,30}$/u.test(before) && before.split(/\s+/).length <= 3 && !hasTitleWord(before) && !hasOrgHint(before)) {
    parts.splice(parts.length - 2, 2);
  }
}

/** The title a part gives in parentheses when its words outside them name none: "T-Mobile.com (MEAN Stack Developer)". */
function titleInParens(part: string): string | null {
  const m = /\(([^()]{2,80})\)/u.exec(part);
  if (!m || hasTitleWord(part.replace(m[0], " "))) return null;
  const inner = (m[1] as string).trim();
  return hasTitleWord(inner) && !hasOrgHint(inner) ? inner : null;
}

/** True when a part names a role: a title word and no organization hint, or ending in a title word ("After School Counselor"). */
export function isTitlePart(part: string): boolean {
  // A parenthesis qualifies the title ("Senior Software Engineer (Bank & BNPL - Platform)"): judge the words outside it.
  const p = part.includes("(") ? part.replace(/\([^()]*\)?/gu, " ").trim() || part : part;
  if (!hasTitleWord(p)) return false;
  return !hasOrgHint(p) || isTitleWord(p.toLowerCase().split(/[^a-z-]+/).filter((w) => w !== "").pop() ?? "");
}

/**
 * Title and organization of an experience entry from its header lines, each
 * line given as segments of comma parts (`splitHeaderSegments`). The title is
 * the first segment with a title word, whole ("Software Engineer II, Business
 * Credit Journey", "IC, Technical Lead, TLM"), less any part that is an
 * organization ("Senior Engineer, Acme Inc."). The organization is, in order:
 * the organization-like first part of another line, a first part of another
 * line without a title word, another segment of the title's line, the first
 * part of another line; a list of three or more plain names (teams)
 * is never one. Only when none is found does a two-part title segment split
 * into title and organization ("Software Engineer, Google"; `split` is then
 * true: a later line may still name the organization). With no title word,
 * a role's header gives its organization only; `untitled: "name-first"`
 * (projects) reads the first part as the name instead.
 */
export function roleFromHeaderLines(lines: ReadonlyArray<ReadonlyArray<readonly string[]>>, untitled: "name-first" | "organization" = "organization"): { title: string | null; organization: string | null; split?: boolean } {
  const at = titleSegmentAt(lines);
  if (at === null) return roleWithoutTitleWord(lines, untitled);
  const seg = (lines[at.line] as ReadonlyArray<readonly string[]>)[at.segment] as readonly string[];
  const inSegOrg = seg.filter((p) => hasOrgHint(p) && !hasTitleWord(p));
  if (inSegOrg.length > 0) {
    const orgAt = seg.indexOf(inSegOrg[0] as string);
    const before = seg.slice(0, orgAt);
    const titleParts = before.length > 0 ? before : seg.filter((p) => !inSegOrg.includes(p) && hasTitleWord(p));
    return { title: titleParts.join(", ") || null, organization: inSegOrg[0] as string };
  }
  const title = seg.join(", ");
  const organization = organizationBesideTitle(lines, at.line, at.segment);
  if (organization !== null) return { title, organization };
  return splitTitleSegment(seg, title);
}

/** Where the title is: the first segment (line, then segment) with a title part; null when none has one. */
function titleSegmentAt(lines: ReadonlyArray<ReadonlyArray<readonly string[]>>): { line: number; segment: number } | null {
  for (let li = 0; li < lines.length; li++) {
    const segs = lines[li] as ReadonlyArray<readonly string[]>;
    for (let si = 0; si < segs.length; si++) {
      if ((segs[si] as readonly string[]).some(isTitlePart)) return { line: li, segment: si };
    }
  }
  return null;
}

/**
 * The role of a header with no title part: a title in parentheses after a
 * client or team ("T-Mobile.com (MEAN Stack Developer)"), else a project's
 * name first or a role's organization first.
 */
function roleWithoutTitleWord(lines: ReadonlyArray<ReadonlyArray<readonly string[]>>, untitled: "name-first" | "organization"): { title: string | null; organization: string | null; split?: boolean } {
  // A role in parentheses after a client or team: "T-Mobile.com (MEAN Stack Developer)".
  for (const segs of lines) {
    for (const seg of segs) {
      const inParens = seg.map(titleInParens).find((t) => t !== null);
      if (inParens) {
        const first = lines.find((l) => l.length > 0)?.[0]?.[0] ?? null;
        const org = first !== null && titleInParens(first) === null ? first : (first ?? "").replace(/\s*\([^()]*\)\s*/u, " ").trim() || null;
        return { title: inParens, organization: org };
      }
    }
  }
  // No title word: a project is named first ("tinydb — Key-Value Store"); a role's header names its organization first.
  if (untitled === "name-first") return titleAndOrganization(lines.flatMap((l) => l.flat()));
  const first = lines.find((l) => l.length > 0)?.[0]?.[0];
  return { title: null, organization: first ?? null };
}

/**
 * The organization a header names outside the title's segment (line `tl`,
 * segment `ts`), in the order `roleFromHeaderLines` describes; null when
 * there is none.
 */
function organizationBesideTitle(lines: ReadonlyArray<ReadonlyArray<readonly string[]>>, tl: number, ts: number): string | null {
  // Candidates from the other lines: their first segment, joined when it holds no title word.
  const others: Array<{ name: string; titled: boolean }> = [];
  lines.forEach((segs, li) => {
    if (li === tl || segs.length === 0) return;
    const first = segs[0] as readonly string[];
    if (isNameList(first)) return;
    others.push({ name: first[0] as string, titled: hasTitleWord(first[0] as string) });
  });
  const sameLine = (lines[tl] as ReadonlyArray<readonly string[]>).filter((_, si) => si !== ts && !isNameList(_)).map((s) => withoutClosingPlace(s).join(", "));
  // "Senior Node.js Engineer — Souqline" / "Amman · March 2021 – Present": a one-word line under a title line that
  // already names someone else is the place, not the employer.
  const sameLineOrg = sameLine.find((p) => !hasTitleWord(p));
  const onlyPlaces = others.every((o) => o.titled || (!hasOrgHint(o.name) && /^\p{Lu}[\p{Ll}-]+$/u.test(o.name)));
  return (
    others.find((o) => !o.titled && hasOrgHint(o.name))?.name ??
    (sameLineOrg !== undefined && onlyPlaces ? sameLineOrg : undefined) ??
    others.find((o) => !o.titled)?.name ??
    sameLineOrg ??
    others[0]?.name ??
    sameLine[0] ??
    null
  );
}

/** One to three capitalized words: the shape of a city after an employer ("Lisbon", "San Sebastián", "Ho Chi Minh"). */
const PLACE_SHAPE = /^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2}$/u;

/** A country or region in parentheses after a city, as Europass writes it: "Lyon (France)", "Austin (TX)". */
const PLACE_IN_PARENS = /\s*\((\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2})\)$/u;

/** A part that can be the place closing a header segment: a city's shape (with its country in parentheses or not), and no title or organization word. */
export function isClosingPlace(part: string): boolean {
  const m = PLACE_IN_PARENS.exec(part);
  const city = m ? part.slice(0, m.index) : part;
  if (m && (hasTitleWord(m[1] as string) || hasOrgHint(m[1] as string))) return false;
  return PLACE_SHAPE.test(city) && !hasTitleWord(city) && !hasOrgHint(city);
}

/**
 * An employer segment beside the title without its closing city: "Backend
 * Developer · Lusitana Seguros, Lisbon" names Lusitana Seguros. Only a
 * two-part segment whose second part has a city's shape and is no title,
 * organization, team or field ("Google, Cloud Platform" keeps both).
 */
function withoutClosingPlace(seg: readonly string[]): readonly string[] {
  if (seg.length !== 2) return seg;
  const [name, place] = seg as [string, string];
  if (hasTitleWord(name) || isSpecialty(place) || !isClosingPlace(place)) return seg;
  return [name];
}

/**
 * A title segment that names the only organization there is: a title and a
 * name ("Software Engineer, Google"), or a title, a name and a closing place
 * ("Senior Java Developer, Schelde Bank NV, Antwerp"); `split` is then true.
 * Otherwise the whole segment is the title.
 */
function splitTitleSegment(seg: readonly string[], title: string): { title: string | null; organization: string | null; split?: boolean } {
  // "Software Engineer, Google": one comma between a title and a name is the only organization there is.
  // "Staff Engineer, Platform" names the engineer's field or team, not an employer: the title keeps it.
  if (seg.length === 2 && seg.filter(isTitlePart).length === 1) {
    const t = seg.find(isTitlePart) as string;
    const other = seg.find((p) => p !== t) as string;
    if (isSpecialty(other) && seg.indexOf(t) === 0) return { title, organization: null };
    return { title: t, organization: other, split: true };
  }
  // "Senior Java Developer, Schelde Bank NV, Antwerp": a title, a name and a closing place name (one to three capitalized words).
  const [t3, o3, place] = seg;
  if (seg.length === 3 && isTitlePart(t3 as string) && !hasTitleWord(o3 as string) && !isSpecialty(o3 as string) && isClosingPlace(place as string)) {
    return { title: t3 as string, organization: o3 as string, split: true };
  }
  return { title, organization: null };
}

/**
 * Words that name an engineer's field or team after a title ("Staff Engineer,
 * Platform", "Software Engineer, Machine Learning", "Engineering Manager,
 * Developer Experience"): a part made only of them is no organization.
 */
const SPECIALTY_WORDS = new Set(
  (
    "platform platforms backend back-end frontend front-end fullstack full-stack full stack infrastructure infra data " +
    "mobile security payments payment growth search web cloud devops reliability observability machine learning ml ai " +
    "core tools tooling api apis identity billing analytics networking network storage compute kernel embedded firmware " +
    "qa test testing automation ios android systems distributed performance product developer experience integrations " +
    "ads ranking recommendations ux ui operations ops site database databases applications services internal foundations " +
    "engineering research team teams and & / integration delivery release build ci cd sre trust safety privacy fraud " +
    "risk messaging streaming video media graphics compilers runtime edge iot hardware enterprise commerce checkout " +
    "marketplace logistics maps crypto blockchain quality reporting insights science pipeline pipelines"
  ).split(" "),
);

/** True when a part is a field or team name only ("Platform", "Machine Learning", "Data & Analytics"), 1–4 words. */
export function isSpecialty(part: string): boolean {
  const words = part.toLowerCase().split(/\s+/u).filter((w) => w !== "");
  return words.length >= 1 && words.length <= 4 && words.every((w) => SPECIALTY_WORDS.has(w));
}

/** Title and organization of an experience header's parts. */
export function titleAndOrganization(parts: readonly string[]): { title: string | null; organization: string | null } {
  if (parts.length === 0) return { title: null, organization: null };
  if (parts.length === 1) {
    const only = parts[0] as string;
    if (hasTitleWord(only) && !hasOrgHint(only)) return { title: only, organization: null };
    return { title: null, organization: only };
  }
  const titleIdx = parts.findIndex((p) => hasTitleWord(p) && !hasOrgHint(p));
  if (titleIdx < 0) return { title: parts[0] as string, organization: parts[1] as string };
  const orgIdx = titleIdx === 0 ? 1 : 0;
  return { title: parts[titleIdx] as string, organization: parts[orgIdx] as string };
}

/** True when a header line's parts are a list of three or more names none of which looks like an organization. */
export function isNameList(parts: readonly string[]): boolean {
  return parts.length >= 3 && !parts.some(hasOrgHint);
}

/**
 * Title and organization of a header spread over several lines (one group of
 * parts per line): the title is the first title-like part; the organization is
 * the first part of another line (an organization-like one first), else the
 * next part of the title's line.
 */
export function titleAndOrganizationFromGroups(groups: ReadonlyArray<readonly string[]>): { title: string | null; organization: string | null } {
  const nonEmpty = groups.filter((g) => g.length > 0);
  if (nonEmpty.length <= 1) return titleAndOrganization(nonEmpty[0] ?? []);
  const gi = nonEmpty.findIndex((g) => g.some((p) => hasTitleWord(p) && !hasOrgHint(p)));
  if (gi < 0) return titleAndOrganization(nonEmpty.flat());
  const group = nonEmpty[gi] as readonly string[];
  const title = group.find((p) => hasTitleWord(p) && !hasOrgHint(p)) as string;
  // A list of three or more plain names ("Cloud Networking, Books, Accessibility") names teams, not an employer.
  const others = nonEmpty.filter((g, k) => k !== gi && !isNameList(g)).map((g) => g[0] as string);
  const own = isNameList(group) ? undefined : group.find((p) => p !== title);
  const organization = others.find(hasOrgHint) ?? others.find((p) => !hasTitleWord(p)) ?? own ?? null;
  return { title, organization };
}
