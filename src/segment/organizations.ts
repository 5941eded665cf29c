/**
 * Recognizing organization names and job titles in entry headers, and
 * splitting a header ("Senior Engineer, Acme Corp — 2019 – 2021") into parts.
 */
import { findLocation } from "./contact.js";
import { hasTitleWord } from "./titles.js";

export { hasTitleWord } from "./titles.js";

const ORG_HINT_RE = /\b(?:inc|llc|ltd|gmbh|corp|corporation|company|co|group|plc|ag|sa|bv|limited|labs?|technologies|solutions|systems|bank|university|college|institute|school|academy|hospital|health|agency|partners|consulting|studios?|foundation|society|club|association)\b\.?/i;
const SCHOOL_RE = /\b(?:university|universit[éäà]t?|college|institute|school|academy|polytechnic|conservatory|iit|mit|ucla|nyu|universidad|université|hochschule|seminary)\b/i;
const DEGREE_RE = /^(?:b\.?\s?s\.?c?|b\.?\s?a|b\.?\s?e|b\.?\s?tech|m\.?\s?s\.?c?|m\.?\s?a|m\.?\s?tech|m\.?\s?eng|mba|ph\.?\s?d|bachelor|master|doctor|associate|diploma|certificate|high school|ged|a\.?\s?a\.?s?|b\.?\s?eng)\b/i;

/** True when the text carries an organization hint ("Inc", "LLC", "University", "Bank"...). */
export function hasOrgHint(text: string): boolean {
  return text.length <= 200 && ORG_HINT_RE.test(text);
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
 * Splits header text (dates already removed) into parts on " — ", " – ", " - ",
 * " | ", " · ", " • ", tabs / wide gaps, " at ", " @ " and ", ", dropping
 * locations ("Austin, TX", "Remote") and empty parts.
 */
export function splitHeaderParts(text: string): string[] {
  if (text.length > 300) return [];
  const loc = findLocation(text);
  let t = text;
  if (loc) t = t.replace(loc, " | ");
  const parts = t
    .split(/\s+[—–-]\s+|\s*[|·•⋅]\s*|\s{3,}|\t|\s+(?:at|@)\s+|,\s+|\s+[—–]|[—–]\s+/u)
    .map((p) => p.trim().replace(/^[—–\-:,()]+|[—–\-:,(]+$/gu, "").trim())
    .filter((p) => p !== "" && !/^(?:remote|hybrid|on-?site|present|current)$/i.test(p) && /\p{L}/u.test(p));
  return parts;
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
