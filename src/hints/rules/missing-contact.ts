/** MISSING_CONTACT: no e-mail, phone or LinkedIn profile. */
import { linesPlace } from "../place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "MISSING_CONTACT",
    scope: "document",
    severity: "error",
    description: "No email or phone (error) or no LinkedIn profile (info) was found.",
    docs: {
      why: "An ATS fills the candidate record from the header; without an e-mail or phone a recruiter cannot reach you, and many recruiters check the LinkedIn profile before calling.",
      details: "Contact details must be plain text in the document body: many ATS skip page headers and footers, images and link targets.",
      fires: { text: "Jane Doe\nBackend Engineer\n\nExperience\nBackend Engineer, Acme Corp | Jan 2021 – Present\n• Built the payment API in Python for 3 mobile apps, serving 2,000 requests/s\n\nSkills\nPython, PostgreSQL\n\nEducation\nB.Sc. Computer Science, State University, 2020\n" },
      passes: { bullets: ["Built the payment API in Python for 3 mobile apps, serving 2,000 requests/s"] },
    },
  },
  check(t, ctx) {
    const c = t.resume.contact;
    const place = linesPlace(1);
    if (!c.email) {
      ctx.report({
        message: "No email address was found; recruiters and ATS need one to reach you.",
        place,
        section: "header",
        suggestion: "Put a professional email in the header as plain text (not in an image, header/footer field or link only): name@example.com.",
      });
    }
    if (!c.phone) {
      ctx.report({
        message: "No phone number was found.",
        place,
        section: "header",
        suggestion: "Add a phone number with country code in the header as plain text, e.g. +1 555 010 0000.",
      });
    }
    if (!c.linkedin) {
      ctx.report({
        message: "No LinkedIn profile was found; many recruiters check it.",
        severity: "info",
        place,
        section: "header",
        suggestion: "Add your profile URL in the header: linkedin.com/in/your-name.",
      });
    }
  },
});
