/** JD_TITLE_MISMATCH: the resume's most recent title is not the posting's. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "JD_TITLE_MISMATCH",
    scope: "job",
    severity: "warning",
    description: "With a job description: the resume's most recent job title does not match the posting's title.",
    docs: {
      why: "Recruiters search an ATS by job title as often as by skill, and a matching title is one of the first things they check.",
      details: "Titles match when their core words agree after seniority words and common variants are set aside (\"Sr. Backend Developer\" matches \"Backend Engineer\").",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], jobDescription: "Site Reliability Engineer\n\nRequirements\n- Python, PostgreSQL and Docker\n" },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"], jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL and Docker\n" },
    },
  },
  check(t, ctx) {
    if (t.titleMatches || t.posting.title === null) return;
    ctx.report({
      message: t.resumeTitle
        ? `The posting's title is "${t.posting.title}"; the resume's most recent title is "${t.resumeTitle}".`
        : `The posting's title is "${t.posting.title}"; the resume shows no job title.`,
      suggestion: "Where it is true, use the posting's words for your role in the summary or headline.",
    });
  },
});
