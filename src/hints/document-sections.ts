/**
 * Structure hints: missing contact details, non-standard headings and
 * missing sections.
 */
import type { SectionKind, SegmentedResume } from "../types.js";
import type { Hint, Level } from "./types.js";

/** The heading to suggest per section kind. */
export const STANDARD_HEADINGS: Readonly<Partial<Record<SectionKind, string>>> = {
  summary: "Summary",
  experience: "Experience",
  education: "Education",
  skills: "Skills",
  projects: "Projects",
  certifications: "Certifications",
  awards: "Awards",
  publications: "Publications",
  volunteer: "Volunteer Experience",
  languages: "Languages",
  interests: "Interests",
  contact: "Contact",
};

/** MISSING_CONTACT: no email or phone (error), no LinkedIn (info). */
export function contactHints(resume: SegmentedResume): Hint[] {
  const out: Hint[] = [];
  const c = resume.contact;
  if (!c.email) {
    out.push({
      code: "MISSING_CONTACT",
      severity: "error",
      message: "No email address was found; recruiters and ATS need one to reach you.",
      line: 1,
      section: "header",
      suggestion: "Put a professional email in the header as plain text (not in an image, header/footer field or link only): name@example.com.",
    });
  }
  if (!c.phone) {
    out.push({
      code: "MISSING_CONTACT",
      severity: "error",
      message: "No phone number was found.",
      line: 1,
      section: "header",
      suggestion: "Add a phone number with country code in the header as plain text, e.g. +1 555 010 0000.",
    });
  }
  if (!c.linkedin) {
    out.push({
      code: "MISSING_CONTACT",
      severity: "info",
      message: "No LinkedIn profile was found; many recruiters check it.",
      line: 1,
      section: "header",
      suggestion: "Add your profile URL in the header: linkedin.com/in/your-name.",
    });
  }
  return out;
}

/** NONSTANDARD_HEADING: a known section under an unusual heading. */
export function headingHints(resume: SegmentedResume): Hint[] {
  const out: Hint[] = [];
  for (const s of resume.sections) {
    if (s.standardHeading || s.kind === "header" || s.kind === "other") continue;
    const std = STANDARD_HEADINGS[s.kind];
    if (!std) continue;
    out.push({
      code: "NONSTANDARD_HEADING",
      severity: "warning",
      message: `The heading "${s.heading}" (line ${s.startLine}) looks like a ${s.kind} section, but ATS parsers look for standard words.`,
      line: s.startLine,
      section: s.kind,
      quote: s.heading,
      suggestion: `Rename it "${std}".`,
    });
  }
  return out;
}

/** MISSING_SECTION: no experience, skills or education section. */
export function missingSectionHints(resume: SegmentedResume, level?: Level): Hint[] {
  const kinds = new Set(resume.sections.map((s) => s.kind));
  const out: Hint[] = [];
  if (!kinds.has("experience")) {
    const hasProjects = kinds.has("projects");
    out.push({
      code: "MISSING_SECTION",
      severity: hasProjects || level === "junior" ? "warning" : "error",
      message: `No Experience section was found${hasProjects ? " (there is a Projects section)" : ""}; ATS look for it to read your roles and dates.`,
      section: "experience",
      suggestion: 'Add a section headed "Experience" with one entry per role: title, company, dates (e.g. "Jan 2021 – Present"), and bullets. Internships and freelance work count.',
    });
  }
  if (!kinds.has("skills")) {
    out.push({
      code: "MISSING_SECTION",
      severity: "warning",
      message: "No Skills section was found; ATS match keywords most reliably in one.",
      section: "skills",
      suggestion: 'Add a section headed "Skills" listing the languages, frameworks, databases and tools you have used, grouped by kind.',
    });
  }
  if (!kinds.has("education")) {
    out.push({
      code: "MISSING_SECTION",
      severity: level === "senior" || level === "lead" ? "info" : "warning",
      message: "No Education section was found; many ATS filters check for it.",
      section: "education",
      suggestion: 'Add a section headed "Education" with degree, school and year (or relevant courses and certifications).',
    });
  }
  return out;
}
