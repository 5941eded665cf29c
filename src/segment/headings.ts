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
    "skills and expertise", "programming languages", "technical summary",
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
  publications: ["publications", "selected publications", "papers", "research", "patents", "publications and patents", "research experience"],
  volunteer: [
    "volunteer", "volunteering", "volunteer experience", "volunteer work", "community service",
    "community involvement", "volunteer activities",
  ],
  languages: ["languages", "language skills", "spoken languages", "foreign languages", "language"],
  interests: ["interests", "hobbies", "hobbies and interests", "personal interests", "interests and hobbies"],
  contact: ["contact", "contact information", "contact info", "contact details", "personal details", "personal information"],
  other: [
    "references", "additional information", "activities", "leadership", "affiliations", "memberships",
    "professional affiliations", "extracurricular activities", "leadership and activities", "activities and leadership",
    "extracurriculars", "miscellaneous", "other", "additional", "involvement", "campus involvement",
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
  [/^(?:experiences?|employment|internships?)$/, "experience"],
  [/^(?:skills?|competenc(?:y|ies)|proficienc(?:y|ies)|technologies|stack)$/, "skills"],
  [/^(?:education|educational|academics?|coursework|degrees?)$/, "education"],
  [/^projects?$/, "projects"],
  [/^(?:certifications?|certificates?|licen[sc]es?)$/, "certifications"],
  [/^(?:awards?|hono(?:u)?rs?|achievements?|accomplishments?)$/, "awards"],
  [/^(?:publications?|patents?)$/, "publications"],
  [/^(?:volunteer(?:ing)?)$/, "volunteer"],
  [/^(?:summary|profile|objective)$/, "summary"],
  [/^(?:interests|hobbies)$/, "interests"],
  [/^languages?$/, "languages"],
];

const PHRASES = new Map<string, SectionKind>();
for (const [kind, list] of Object.entries(STANDARD) as Array<[SectionKind, string[]]>) {
  for (const p of list) PHRASES.set(p, kind);
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

/** Lower-cases a heading and keeps only letters and single spaces ("Skills & Tools:" → "skills and tools"). */
export function normalizeHeading(text: string): string {
  return collapseLetterSpacing(text)
    .replace(/^[^\p{L}]+/u, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
}

/**
 * Classifies a heading phrase. `exact` matches come from the vocabulary;
 * keyword matches ("Customer Service Experience") are `exact: false`.
 * Returns null when nothing in the phrase names a section.
 */
export function classifyHeading(text: string): HeadingMatch | null {
  const norm = normalizeHeading(text);
  if (norm === "" || norm.length > 60) return null;
  const std = PHRASES.get(norm);
  if (std) return { kind: std, standard: true, exact: true };
  const non = NONSTANDARD[norm];
  if (non) return { kind: non, standard: false, exact: true };
  const words = norm.split(" ");
  if (words.length > 5) return null;
  // "programming languages", "technical languages" are skills, not spoken languages.
  if (words.includes("programming") || words.includes("technical")) {
    if (words.some((w) => /^(?:languages?|skills?|tools|stack)$/.test(w))) return { kind: "skills", standard: true, exact: false };
  }
  for (const w of words) {
    for (const [re, kind] of KEYWORDS) {
      if (re.test(w)) return { kind, standard: true, exact: false };
    }
  }
  return null;
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

/** Counts words of a heading candidate after letter-spacing repair. */
export function headingWordCount(text: string): number {
  const t = collapseLetterSpacing(text);
  return t === "" ? 0 : t.split(/\s+/).length;
}

/**
 * True when a line has the shape of a heading: short (≤ 5 words, ≤ 50 chars),
 * no sentence punctuation, no digits, no e-mail or URL. A trailing colon is allowed.
 */
export function isHeadingShaped(text: string): boolean {
  const t = collapseLetterSpacing(text).replace(/^[^\p{L}]{1,3}(?=\p{L})/u, "").replace(/:\s*$/, "").trim();
  if (t.length === 0 || t.length > 50) return false;
  if (!/\p{L}/u.test(t)) return false;
  if (/[.!?;@\d]|:\S|https?:|www\./.test(t)) return false;
  return t.split(/\s+/).length <= 5;
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
