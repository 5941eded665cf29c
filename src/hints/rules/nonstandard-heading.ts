/** NONSTANDARD_HEADING: a known section under a heading ATS parsers may not know. */
import type { SectionKind } from "../../types.js";
import { linePlace, linesPlace } from "../place.js";
import { defineRule } from "../rule.js";

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

export const rule = defineRule({
  meta: {
    code: "NONSTANDARD_HEADING",
    scope: "document",
    severity: "warning",
    description: "A section heading is not a word ATS parsers know; a standard one is suggested.",
    docs: {
      why: "ATS parsers find sections by their headings. \"Where I've Been\" may be read as part of the previous section, and the roles under it lost from the candidate record.",
      fires: { text: "Jane Doe\njane@example.com | +1 555 010 0000 | linkedin.com/in/janedoe\n\nWhere I've Worked\nBackend Engineer, Acme Corp | Jan 2021 – Present\n• Built the payment API in Python for 3 mobile apps, serving 2,000 requests/s\n\nSkills\nPython, PostgreSQL\n\nEducation\nB.Sc. Computer Science, State University, 2020\n" },
      passes: { bullets: ["Built the payment API in Python for 3 mobile apps, serving 2,000 requests/s"] },
    },
  },
  check(t, ctx) {
    for (const s of t.resume.sections) {
      if (s.standardHeading || s.kind === "header" || s.kind === "other") continue;
      const std = STANDARD_HEADINGS[s.kind];
      if (!std) continue;
      const lineText = t.resume.lines[s.startLine - 1]?.text ?? "";
      const at = s.heading === "" ? -1 : lineText.indexOf(s.heading);
      ctx.report({
        message: `The heading "${s.heading}" looks like a ${s.kind} section, but ATS parsers look for standard words.`,
        place: at >= 0 ? linePlace(s.startLine, at, at + s.heading.length) : linesPlace(s.startLine),
        section: s.kind,
        quote: s.heading,
        suggestion: `Rename it "${std}".`,
      });
    }
  },
});
