/**
 * Contact details: e-mail, phone, LinkedIn, GitHub, website, location, name.
 * Values are returned as written (trimmed). Scans are token-based or use
 * bounded patterns on bounded lines, so they stay linear on hostile input.
 */
import type { Contact, DocumentLink } from "../types.js";
import { classifyHeading, collapseLetterSpacing } from "./headings.js";
import { COUNTRY_NAMES, REGION_CODES, REGION_NAMES } from "./places.js";
import { hasTitleWord } from "./titles.js";

const MAX_LINE = 500;
const MAX_TOKEN = 200;

const EMAIL_RE = /^[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}$/u;
const LINKEDIN_RE = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|pub|profile)\/[^\s/?#]{1,100}\/?$/i;
const GITHUB_RE = /^(?:https?:\/\/)?(?:www\.)?github\.com\/[A-Za-z0-9-]{1,39}\/?$/i;
const GITHUB_ANY_RE = /^(?:https?:\/\/)?(?:www\.)?github\.com\//i;
const URL_RE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|dev|io|net|org|me|app|co|ai|tech|xyz|site|page|blog|info|codes|design|de|uk|fr|nl|es|it|ca|in|eu|us|ch|se|pl|be|au|cz|at|pt|ie|nz|sh|so|cc|tv|works|pro|online|cloud|engineer|software|name|github\.io)(?:\/[^\s]{0,150})?$/;

const US_STATES = REGION_CODES;
const COUNTRIES = COUNTRY_NAMES;

/** Splits a line into contact parts on "|", "•", "·", "⋅", "–" with spaces, tabs and runs of spaces. */
export function contactParts(line: string): string[] {
  return line
    .split(/\s*[|•·⋅◦▪♦●]\s*|\s+[–—-]\s+|\t|\s{3,}/u)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

function trimToken(tok: string): string {
  return tok.replace(/^[<(\["'“‘]+/u, "").replace(/[>)\]"'”’,;:.]+$/u, "");
}

function tokensOf(line: string): string[] {
  return line.split(/[\s|•·,;<>()[\]]+/u).map(trimToken).filter((t) => t !== "" && t.length <= MAX_TOKEN);
}

/** The first e-mail address in the line, or null. */
export function findEmail(line: string): string | null {
  if (line.indexOf("@") < 0) return null;
  for (const tok of tokensOf(line)) {
    const t = tok.replace(/^mailto:/i, "");
    if (EMAIL_RE.test(t)) return t;
  }
  return null;
}

// Separators between digit groups: space, dot, and every dash a word processor writes (‐ ‑ ‒ – — as well as -).
const PHONE_RE = /(?<![\w/.])(?:\(\+\d{1,3}\)[\s.\-\u2010-\u2014]{0,2}|\+\s?\d{1,3}[\s.\-\u2010-\u2014]{0,2})?(?:\(\d{1,5}\)[\s.\-\u2010-\u2014]{0,2})?\d[\d\s.\-\u2010-\u2014]{4,16}\d(?![\w/])/g;

/** A phone label just before a number: "mobile", "Tel.:", "phone:", "cell", "☎". */
const PHONE_LABEL = /(?:\b(?:phone|mobile|mob|tel|telephone|cell|cellphone|ph)\b\.?|☎|📞)\s*:?\s*$/iu;

/** True when the digits of a candidate look like years ("2019 - 2021", "2017 2018"). */
function looksLikeYears(candidate: string): boolean {
  const groups = candidate.split(/[^\d]+/).filter((g) => g !== "");
  return groups.length >= 1 && groups.every((g) => /^(?:19|20)\d{2}$/.test(g));
}

/**
 * The first phone number in the line, as written, or null. Accepts 9–15
 * digits (8+ after a "+" or "(+1)" country code, 7+ right after a phone
 * label such as "mobile" or "Tel:"), separated by spaces, dots,
 * any dash (runs of up to two) and one pair of parentheses; refuses year
 * ranges and dates.
 */
export function findPhone(line: string): string | null {
  if (line.length > MAX_LINE) return null;
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(line); m !== null; m = PHONE_RE.exec(line)) {
    let cand = m[0].trim();
    const digits = cand.replace(/\D/g, "").length;
    const plus = cand.startsWith("+") || cand.startsWith("(+");
    // A label right before ("mobile 71 20 29 91") vouches for a short national number.
    const labelled = PHONE_LABEL.test(line.slice(Math.max(0, m.index - 16), m.index));
    if (digits > 15 || digits < (plus ? 8 : labelled ? 7 : 9)) continue;
    if (looksLikeYears(cand)) continue;
    if (/\d\.\d{1,2}$/.test(cand) && !/\d{3,}[.]\d{3,}/.test(cand)) continue;
    cand = cand.replace(/[\s.\-\u2010-\u2014]+$/, "");
    return cand;
  }
  return null;
}

/** The first LinkedIn profile URL in the line, or null. */
export function findLinkedin(line: string): string | null {
  if (!/linkedin\.com/i.test(line)) return null;
  for (const tok of tokensOf(line)) if (LINKEDIN_RE.test(tok)) return tok;
  return null;
}

/** The first GitHub profile URL in the line (github.com/user), or null. */
export function findGithub(line: string): string | null {
  if (!/github\.com/i.test(line)) return null;
  for (const tok of tokensOf(line)) if (GITHUB_RE.test(tok)) return tok;
  for (const tok of tokensOf(line)) if (GITHUB_ANY_RE.test(tok)) return tok;
  return null;
}

/** The first other web address in the line (not LinkedIn, GitHub or an e-mail), or null. */
export function findWebsite(line: string): string | null {
  if (line.indexOf(".") < 0) return null;
  for (const tok of tokensOf(line)) {
    if (tok.includes("@") || /linkedin\.com|github\.com/i.test(tok)) continue;
    const explicit = /^(?:https?:\/\/|www\.)/i.test(tok);
    if (!explicit && tok !== tok.toLowerCase()) continue;
    if (URL_RE.test(explicit ? tok.toLowerCase() : tok)) return tok;
  }
  return null;
}

/** A street address ending in a two-letter region and a ZIP code: "123 Example Way, Springfield, IL 62701", "4567 Main Street City, ST 98052". */
const ADDRESS_RE = /^\d{1,6}\s+\p{Lu}[\p{L}\d.' -]{1,60}(?:,\s*\p{Lu}[\p{L}.' -]{1,40})?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$/u;
/** "City, ST 12345" with a known state. */
const CITY_ZIP_RE = /^(\p{Lu}[\p{L}.' -]{1,40}),\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?$/u;

/** True when the text is a region: a US state or Canadian province (code or name) or a country ("CA", "Ohio", "S.Korea"). */
export function isRegion(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && (US_STATES.has(t) || COUNTRIES.has(t.toLowerCase()) || REGION_NAMES.has(t.toLowerCase()));
}

/** "City, ST" / "City, Country" parts of the line, a street address with a ZIP code, or null. */
export function findLocation(line: string): string | null {
  if (line.length > MAX_LINE) return null;
  for (const part of contactParts(line)) {
    if (ADDRESS_RE.test(part)) return part;
    const z = CITY_ZIP_RE.exec(part);
    if (z && US_STATES.has(z[2] as string)) return part;
    const m = /^([\p{Lu}][\p{L}.' -]{1,40}),\s*([\p{L} .]{2,30})$/u.exec(part);
    if (!m) continue;
    if (isRegion(m[2] as string)) return part;
  }
  return null;
}

/**
 * True when the text looks like a person's name: 2–5 words of letters
 * (hyphens, apostrophes, initials allowed), each capitalized or all upper case,
 * not a section heading, a job title ("Office Manager") or a document title ("Resume Sample").
 */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 60) return false;
  if (/[\d@/\\:;|•]/.test(t)) return false;
  const words = t.replace(/,\s*(?:ph\.?d|m\.?d|mba|cpa|pe|jr|sr|ii|iii)\.?$/i, "").split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u.test(w) || /^(?:de|da|van|von|der|del|la|le|bin|al)$/.test(w))) return false;
  if (classifyHeading(t) || hasTitleWord(t) || /\b(?:resume|résumé|cv|curriculum|vitae|sample|template)\b/i.test(t)) return false;
  return true;
}

/** Name from a line: the line itself, or its first contact part, after letter-spacing repair. */
export function findName(line: string): string | null {
  const collapsed = collapseLetterSpacing(line);
  if (looksLikeName(collapsed)) return collapsed;
  const first = contactParts(collapsed)[0];
  if (first !== undefined && first !== collapsed && looksLikeName(first)) return first;
  return null;
}

/** A name set large over two lines ("Chanchal" / "Sharma"): two single capitalised words that together look like a name. */
export function splitName(line: string, next: string | undefined): string | null {
  if (next === undefined) return null;
  const a = collapseLetterSpacing(line);
  const b = collapseLetterSpacing(next);
  if (!/^\p{Lu}[\p{L}'’-]{1,30}$/u.test(a) || !/^\p{Lu}[\p{L}'’-]{1,30}$/u.test(b)) return null;
  const joined = `${a} ${b}`;
  return looksLikeName(joined) ? joined : null;
}

/** An empty contact record. */
export function emptyContact(): Contact {
  return { name: null, email: null, phone: null, linkedin: null, github: null, website: null, location: null };
}

/**
 * Fills a contact record from lines: the header lines first, then every line
 * for fields still missing. The name comes from the header only (first
 * name-like line among its first few lines).
 */
export function extractContact(headerLines: readonly string[], allLines: readonly string[]): Contact {
  const c = emptyContact();
  const top = headerLines.slice(0, 6);
  for (let i = 0; i < top.length; i++) {
    const n = findName(top[i] as string) ?? splitName(top[i] as string, top[i + 1]);
    if (n) {
      c.name = n;
      break;
    }
  }
  const fill = (lines: readonly string[], websites: boolean): void => {
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as string;
      if (line.length > MAX_LINE * 4) continue;
      c.email ??= findEmail(line);
      c.linkedin ??= findLinkedin(line);
      c.github ??= findGithub(line);
      if (websites) c.website ??= findWebsite(line);
      if (c.phone === null) {
        const p = findPhone(line);
        // "… · +1" / "416-555-0139 · github.com/…": a country code left at the end of the line above.
        const code = p !== null && !p.startsWith("+") && line.trimStart().startsWith(p) ? /(?:^|\s)(\+\d{1,3})$/u.exec((lines[k - 1] ?? "").trimEnd()) : null;
        if (p) c.phone = code ? `${code[1]} ${p}` : p;
      }
      c.location ??= findLocation(line);
    }
  };
  fill(headerLines, true);
  if (Object.values(c).some((v) => v === null)) {
    const c2 = { ...c };
    fill(allLines.slice(0, 400), false);
    // Location found outside the header is too often an employer's city.
    c.location = c2.location;
  }
  return c;
}

/** Social profiles and messengers: links to them are not the person's website. */
const SOCIAL_HOST = /^(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|t\.me|youtube\.com|tiktok\.com|wa\.me)(?:\/|$)/iu;

/** A URL without scheme, "www." and trailing "/", lower case: to compare a printed address with a link's. */
function bareUrl(u: string): string {
  return u.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/u, "").replace(/\/+$/u, "");
}

/**
 * Completes contact details from links (PDF link annotations) drawn in the
 * header: a "LinkedIn" or "GitHub" text whose address is only in the link, a
 * "mailto:" or "tel:" behind "Email" / "Call me". A printed address that a
 * link continues ("linkedin.com/in/vinay-" broken over two lines) is
 * replaced by the link's. Fields already read from the text otherwise stay.
 */
export function fillContactFromLinks(c: Contact, links: readonly DocumentLink[]): void {
  for (const l of links) {
    const url = l.url;
    if (/^mailto:/iu.test(url)) {
      const e = decodeURIComponent(url.slice(7).split("?")[0] ?? "").trim();
      if (c.email === null && EMAIL_RE.test(e)) c.email = e;
      continue;
    }
    if (/^tel:/iu.test(url)) {
      const t = decodeURIComponent(url.slice(4)).trim();
      if (c.phone === null) c.phone = findPhone(t);
      continue;
    }
    const clean = url.split(/[?#]/u)[0] as string;
    const li = LINKEDIN_RE.test(clean) ? clean : null;
    const gh = GITHUB_RE.test(clean) ? clean : null;
    if (li !== null) {
      if (c.linkedin === null || (bareUrl(li).startsWith(bareUrl(c.linkedin)) && bareUrl(li) !== bareUrl(c.linkedin))) c.linkedin = li;
    } else if (gh !== null) {
      if (c.github === null || (bareUrl(gh).startsWith(bareUrl(c.github)) && bareUrl(gh) !== bareUrl(c.github))) c.github = gh;
    } else if (c.website === null && !/linkedin\.com|github\.com/iu.test(clean) && !SOCIAL_HOST.test(clean) && URL_RE.test(clean.toLowerCase())) {
      c.website = clean;
    }
  }
}
