/**
 * Section headings: the vocabulary of heading phrases per section kind,
 * letter-spacing repair ("E X P E R I E N C E"), and the classification of
 * a short line as a known heading.
 */
import type { SectionKind } from "../types.js";

/** What a heading phrase means. */
export interface HeadingMatch {
  kind: SectionKind;
  /** False for unusual wording of a known kind ("Where I've Worked"). */
  standard: boolean;
  /** True when the phrase is on the vocabulary exactly (not only by a keyword). */
  exact: boolean;
  /** Further kinds a combined heading names ("Skills and Awards": awards besides skills), in order. */
  alsoKinds?: SectionKind[];
}

/** Usual phrases per kind (lower case, "&" written "and", no punctuation). */
const STANDARD: Record<Exclude<SectionKind, "header">, string[]> = {
  summary: [
    "summary", "professional summary", "career summary", "executive summary", "profile", "professional profile",
    "career profile", "about", "about me", "objective", "career objective", "professional objective", "overview",
    "career overview", "personal statement", "summary of qualifications", "qualifications summary", "introduction",
    "personal profile", "profile summary",
  ],
  experience: [
    "experience", "work experience", "professional experience", "employment", "employment history", "work history",
    "career history", "relevant experience", "experiences", "internships", "internship", "internship experience",
    "professional background", "technical experience", "industry experience", "relevant work experience",
    "work", "employment experience", "professional history", "additional experience", "other experience",
    // Student roles on campus read as experience.
    "on campus involvement", "campus involvement", "involvement", "student involvement", "on campus experience",
  ],
  education: [
    "education", "academic background", "education and training", "educational background", "academics",
    "academic qualifications", "education and certifications", "educational qualifications", "academic history",
  ],
  skills: [
    "skills", "technical skills", "core competencies", "competencies", "tech stack", "skills and tools",
    "programs skills software", "additional skills", "key skills", "skills summary", "technologies",
    "technical proficiencies", "areas of expertise", "expertise", "skill set", "skillset", "tools and technologies",
    "technical expertise", "professional skills", "computer skills", "skills and abilities", "core skills",
    "skills and technologies", "technical competencies", "tools", "software", "relevant skills", "skills and interests",
    "skills and expertise", "programming languages", "technical summary", "technical knowledge", "it skills",
    "programming", "programming skills", "technical skill set",
  ],
  projects: [
    "projects", "selected projects", "personal projects", "key projects", "academic projects", "side projects",
    "open source", "open source contributions", "project experience", "relevant projects", "technical projects",
    "notable projects", "project",
  ],
  certifications: [
    "certifications", "certificates", "licenses and certifications", "certifications and licenses", "licenses",
    "professional certifications", "certification", "courses and certifications", "certifications and training",
    "training and certifications", "training", "courses", "professional development",
  ],
  awards: [
    "awards", "honors", "honours", "achievements", "honors and awards", "awards and honors", "accomplishments",
    "recognition", "key achievements", "awards and achievements", "achievements and awards", "awards and recognition",
  ],
  publications: [
    "publications", "selected publications", "papers", "research", "patents", "publications and patents", "research experience",
    "talks", "conference talks", "selected talks", "talks and publications", "publications and talks", "presentations", "speaking",
  ],
  // Activities and leadership roles are unpaid roles with achievements, read like volunteer work.
  volunteer: [
    "volunteer", "volunteering", "volunteer experience", "volunteer work", "community service",
    "community involvement", "volunteer activities", "activities", "extracurricular activities", "extracurriculars",
    "extracurricular", "extra curricular", "extra curricular activities", "leadership", "leadership and activities",
    "activities and leadership", "leadership experience", "student activities", "leadership and involvement",
    "other activities", "other activity", "university activities",
  ],
  languages: ["languages", "language skills", "spoken languages", "foreign languages", "language"],
  interests: ["interests", "hobbies", "hobbies and interests", "personal interests", "interests and hobbies"],
  contact: ["contact", "contact information", "contact info", "contact details", "personal details", "personal information", "personal info", "personal data"],
  references: ["references", "referees", "reference", "professional references", "references available upon request", "references available on request"],
  other: [
    "additional information", "affiliations", "memberships", "professional affiliations", "miscellaneous", "other",
    "additional",
  ],
};

/** Unusual wordings of known kinds (standardHeading false). */
const NONSTANDARD: Record<string, SectionKind> = {
  "where ive worked": "experience", "where i have worked": "experience", "what ive done": "experience",
  "my journey": "experience", "career journey": "experience", "jobs": "experience", "positions held": "experience",
  "work life": "experience", "professional journey": "experience",
  "what i know": "skills", "toolbox": "skills", "toolkit": "skills", "my toolbox": "skills", "my stack": "skills",
  "superpowers": "skills", "what i do": "summary", "who i am": "summary", "hello": "summary", "bio": "summary",
  "things ive built": "projects", "what ive built": "projects", "portfolio": "projects", "side hustles": "projects",
  "schooling": "education", "studies": "education", "where i studied": "education", "relevant coursework": "education",
  "coursework": "education", "trophies": "awards", "wins": "awards", "giving back": "volunteer",
  "outside work": "interests", "beyond work": "interests", "when im not coding": "interests", "reach me": "contact",
  "get in touch": "contact", "find me": "contact",
};

/** Keywords (word prefixes) that give a kind to a styled heading not on the vocabulary. First in the text wins. */
const KEYWORDS: Array<[RegExp, SectionKind]> = [
  [/^(?:experiences?|employment|internships?|involvement)$/, "experience"],
  [/^(?:skills?|competenc(?:y|ies)|proficienc(?:y|ies)|technologies|stack)$/, "skills"],
  [/^(?:references|referees)$/, "references"],
  [/^(?:education|educational|academics?|coursework|degrees?)$/, "education"],
  [/^projects?$/, "projects"],
  [/^(?:certifications?|certificates?|licen[sc]es?)$/, "certifications"],
  [/^(?:awards?|hono(?:u)?rs?|achievements?|accomplishments?)$/, "awards"],
  [/^(?:publications?|patents?|talks|presentations)$/, "publications"],
  [/^hackathons?$/, "projects"],
  [/^(?:volunteer(?:ing)?|activit(?:y|ies)|extracurriculars?)$/, "volunteer"],
  [/^(?:summary|profile|objective)$/, "summary"],
  [/^(?:interests|hobbies)$/, "interests"],
  [/^languages?$/, "languages"],
];

const PHRASES = new Map<string, SectionKind>();
for (const [kind, list] of Object.entries(STANDARD) as Array<[SectionKind, string[]]>) {
  for (const p of list) PHRASES.set(p, kind);
}

/** The standard phrases with their spaces removed ("technicalskills"), for headings whose letter spacing broke unevenly. */
const COMPACT_PHRASES = new Map<string, SectionKind>();
for (const [p, kind] of PHRASES) COMPACT_PHRASES.set(p.replace(/ /g, ""), kind);

/**
 * A heading whose letter spacing the text layer broke at uneven places ("S K I LLS", "E D U C AT I O N",
 * "TECHNICAL S KIL LS", "PROFI LE"): some of its pieces are one to three letters, and its letters run together
 * make a standard phrase. Null otherwise.
 */
function brokenSpacingKind(norm: string): SectionKind | null {
  const pieces = norm.split(" ");
  if (pieces.length < 2 || pieces.length > 12 || !pieces.some((p) => p.length <= 3 && p !== "and")) return null;
  return COMPACT_PHRASES.get(pieces.join("")) ?? null;
}

/**
 * Undoes letter spacing: "E X P E R I E N C E" → "EXPERIENCE",
 * "W O R K   H I S T O R Y" → "WORK HISTORY". Other text is returned trimmed.
 */
export function collapseLetterSpacing(text: string): string {
  const t = text.trim();
  if (t.length > 200 || !/^\S(?: {1,3}\S)+$/.test(t)) return t;
  const words = t.split(/ {2,}/);
  if (!words.every((w) => /^\S(?: \S)*$/.test(w))) return t;
  const singles = t.replace(/ +/g, "").length;
  if (singles < 3) return t;
  return words.map((w) => w.replace(/ /g, "")).join(" ");
}

/**
 * Joins small capitals that a PDF's text layer split off their initial:
 * "T ECHNICAL S KILLS" → "TECHNICAL SKILLS", "E DUCATION" → "EDUCATION".
 * Applies only when every single capital is followed by an upper-case word
 * ("A B testing" stays); other text is returned unchanged. Used to classify
 * heading candidates, not to rewrite line text.
 */
export function collapseSmallCaps(text: string): string {
  if (text.length < 4 || (text[1] !== " " && text.trimStart()[1] !== " ")) return text.trim();
  const t = text.trim();
  if (t.length > 120 || !/^\p{Lu} \p{Lu}{2}/u.test(t)) return t;
  const toks = t.split(/ +/);
  const out: string[] = [];
  let merged = 0;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k] as string;
    const next = toks[k + 1];
    if (/^\p{Lu}$/u.test(w) && next !== undefined && /^\p{Lu}{2,}[\p{Lu}\p{P}]*$/u.test(next)) {
      out.push(w + next);
      merged++;
      k++;
    } else if (/^\p{Lu}$/u.test(w)) {
      return t;
    } else {
      out.push(w);
    }
  }
  return merged > 0 ? out.join(" ") : t;
}

/** A count after a heading, as some themes print it: "WORK EXPERIENCE (2)", "Projects [3]". */
const HEADING_COUNT = /\s*[([]\d{1,3}[)\]]\s*$/u;

/** The heading without a trailing count ("WORK EXPERIENCE (2)" → "WORK EXPERIENCE"). */
function dropHeadingCount(text: string): string {
  const t = text.trimEnd();
  return t.endsWith(")") || t.endsWith("]") ? t.replace(HEADING_COUNT, "") : t;
}

/** Lower-cases a heading and keeps only letters and single spaces ("Skills & Tools:" → "skills and tools"). */
export function normalizeHeading(text: string): string {
  return dropHeadingCount(collapseSmallCaps(collapseLetterSpacing(text)))
    .replace(/^[^\p{L}]+/u, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
}

/** Heading words long enough (7+ letters) to be recognized with one typo ("Achivements", "Experiance"). */
const TYPO_TARGETS = [
  "experience", "experiences", "employment", "internship", "internships", "education", "educational", "achievements",
  "accomplishments", "certifications", "certificates", "publications", "volunteering", "volunteer", "projects",
  "interests", "languages", "summary", "references", "competencies", "technologies", "qualifications", "objective",
];

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The kind of each typo target, by the target's length (a word within one edit is one letter longer or shorter at most). */
const TYPO_BY_LENGTH = new Map<number, Array<[string, SectionKind]>>();
for (const t of TYPO_TARGETS) {
  const kind = KEYWORDS.find(([re]) => re.test(t))?.[1];
  if (!kind) continue;
  const list = TYPO_BY_LENGTH.get(t.length) ?? [];
  list.push([t, kind]);
  TYPO_BY_LENGTH.set(t.length, list);
}

/** The kind a heading word names by keyword, allowing one typo in a long word; null when none. */
function keywordKind(word: string): SectionKind | null {
  for (const [re, kind] of KEYWORDS) if (re.test(word)) return kind;
  if (word.length < 7) return null;
  for (let len = word.length - 1; len <= word.length + 1; len++) {
    for (const [t, kind] of TYPO_BY_LENGTH.get(len) ?? []) if (withinOneEdit(word, t)) return kind;
  }
  return null;
}

/** Classifies a normalized heading as a whole (vocabulary, then keywords). */
function classifyNormalized(norm: string): HeadingMatch | null {
  if (norm === "" || norm.length > 60) return null;
  const std = PHRASES.get(norm);
  if (std) return { kind: std, standard: true, exact: true };
  const non = NONSTANDARD[norm];
  if (non) return { kind: non, standard: false, exact: true };
  const broken = brokenSpacingKind(norm);
  if (broken) return { kind: broken, standard: true, exact: true };
  const words = norm.split(" ");
  if (words.length > 5) return null;
  // "programming languages", "technical languages" are skills, not spoken languages.
  if (words.includes("programming") || words.includes("technical")) {
    if (words.some((w) => /^(?:languages?|skills?|tools|stack|knowledge)$/.test(w))) return { kind: "skills", standard: true, exact: false };
  }
  for (const w of words) {
    const kind = keywordKind(w);
    if (kind) return { kind, standard: true, exact: false };
  }
  return null;
}

/** Separators of a combined heading: "Skills and Awards", "Certifications, Awards & Extra-curricular". */
const COMBINED_SPLIT = /\s*(?:,|&|\/|\+|·|\||\band\b)\s*/iu;

/**
 * Classifies a heading phrase. `exact` matches come from the vocabulary;
 * keyword matches ("Customer Service Experience") are `exact: false`.
 * A combined heading ("Skills and Awards") gets the kind of its first part
 * (or of the whole phrase when that is on the vocabulary) and the kinds of
 * its other parts in `alsoKinds`. Returns null when nothing in the phrase
 * names a section.
 */
export function classifyHeading(text: string): HeadingMatch | null {
  const norm = normalizeHeading(text);
  const whole = classifyNormalized(norm);
  if (text.length > 120) return whole;
  if (!/[,&/+·|]|\band\b/iu.test(text)) return whole;
  const parts = dropHeadingCount(collapseSmallCaps(collapseLetterSpacing(text))).split(COMBINED_SPLIT);
  if (parts.length < 2 || parts.length > 4) return whole;
  const kinds: SectionKind[] = [];
  let exactParts = 0;
  for (const p of parts) {
    const m = classifyNormalized(normalizeHeading(p));
    if (m?.exact) exactParts++;
    if (m && !kinds.includes(m.kind)) kinds.push(m.kind);
  }
  // A combined heading whose parts are headings of their own ("Open Source & Hackathons") names them even when the whole phrase is no known heading.
  if (!whole) return exactParts > 0 && kinds.length > 0 ? { kind: kinds[0], standard: true, exact: false, ...(kinds.length > 1 ? { alsoKinds: kinds.slice(1) } : {}) } : null;
  const first = whole.exact ? whole.kind : (kinds[0] ?? whole.kind);
  const also = kinds.filter((k) => k !== first);
  if (also.length === 0) return whole;
  return { ...whole, kind: first, alsoKinds: also };
}

/**
 * The section kind when `text` is exactly a standard vocabulary heading
 * (what `classifyHeading` reports as `exact` and `standard`), with its
 * normalized form; null otherwise. Skips the keyword scan.
 */
export function exactStandardHeading(text: string): { kind: SectionKind; norm: string } | null {
  const norm = normalizeHeading(text);
  if (norm === "" || norm.length > 60) return null;
  const kind = PHRASES.get(norm);
  return kind ? { kind, norm } : null;
}

/**
 * True when a line has the shape of a heading: short (≤ 5 words, ≤ 50 chars),
 * no sentence punctuation, no digits, no e-mail or URL. A trailing colon is allowed.
 */
export function isHeadingShaped(text: string): boolean {
  const t = dropHeadingCount(collapseLetterSpacing(text).replace(/^[^\p{L}]{1,3}(?=\p{L})/u, "").replace(/:\s*$/, "")).trim();
  if (t.length === 0 || t.length > 50) return false;
  if (!/\p{L}/u.test(t)) return false;
  if (/[.!?;@\d]|:\S|https?:|www\./.test(t)) return false;
  return t.split(/\s+/).length <= 5 || brokenSpacingKind(normalizeHeading(t)) !== null;
}

/** True when every letter is upper case (and there are at least 3). */
export function isUpperCase(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 3;
}
