/** MISSING_SECTION: no Experience, Skills or Education section. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "MISSING_SECTION",
    scope: "document",
    severity: "warning",
    description: "No Experience, Skills or Education section was found (no Experience is an error unless there is a Projects section or the level is junior).",
    docs: {
      why: "ATS parsers fill their candidate fields from these sections: roles and dates from Experience, keywords most reliably from Skills, degrees from Education; many filters check for each.",
      fires: { text: "Jane Doe\njane@example.com | +1 555 010 0000 | linkedin.com/in/janedoe\n\nExperience\nBackend Engineer, Acme Corp | Jan 2021 – Present\n• Built the payment API in Python for 3 mobile apps, serving 2,000 requests/s\n\nEducation\nB.Sc. Computer Science, State University, 2020\n" },
      passes: { bullets: ["Built the payment API in Python for 3 mobile apps, serving 2,000 requests/s"] },
    },
  },
  check(t, ctx) {
    const kinds = new Set(t.resume.sections.map((s) => s.kind));
    const level = ctx.level;
    if (!kinds.has("experience")) {
      const hasProjects = kinds.has("projects");
      ctx.report({
        message: `No Experience section was found${hasProjects ? " (there is a Projects section)" : ""}; ATS look for it to read your roles and dates.`,
        severity: hasProjects || level === "junior" ? "warning" : "error",
        section: "experience",
        suggestion: 'Add a section headed "Experience" with one entry per role: title, company, dates (e.g. "Jan 2021 – Present"), and bullets. Internships and freelance work count.',
      });
    }
    if (!kinds.has("skills")) {
      ctx.report({
        message: "No Skills section was found; ATS match keywords most reliably in one.",
        section: "skills",
        suggestion: 'Add a section headed "Skills" listing the languages, frameworks, databases and tools you have used, grouped by kind.',
      });
    }
    if (!kinds.has("education")) {
      ctx.report({
        message: "No Education section was found; many ATS filters check for it.",
        severity: level === "senior" || level === "lead" ? "info" : "warning",
        section: "education",
        suggestion: 'Add a section headed "Education" with degree, school and year (or relevant courses and certifications).',
      });
    }
  },
});
