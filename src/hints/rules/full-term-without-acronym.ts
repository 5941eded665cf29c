/** FULL_TERM_WITHOUT_ACRONYM: a skill written only spelled out. */
import { defineRule } from "../rule.js";
import { termForms } from "../term-forms.js";

export const rule = defineRule({
  meta: {
    code: "FULL_TERM_WITHOUT_ACRONYM",
    scope: "document",
    severity: "info",
    description: "A skill appears only spelled out (\"Amazon Web Services\"); ATS searches for the acronym may miss it.",
    docs: {
      why: "Most postings and recruiter searches use the short form (\"AWS\", \"CI/CD\"); an ATS that matches words literally may not connect it with the spelled-out term.",
      fires: { bullets: ["Moved 30 services from a data center to Amazon Web Services, cutting hosting costs by 35 %"] },
      passes: { bullets: ["Moved 30 services from a data center to Amazon Web Services (AWS), cutting hosting costs by 35 %"] },
    },
  },
  check(t, ctx) {
    for (const f of ctx.memo("term-forms", () => termForms(t.doc, t.match, t.catalog))) {
      const full = f.fullHit;
      if (!full || f.acronymHit) continue;
      ctx.report({
        message: `"${f.fullName}" appears but its acronym "${f.acronym}" never does; an ATS search for "${f.acronym}" may miss it.`,
        place: full.place,
        quote: full.text,
        suggestion: `Write both forms once, e.g. "${f.acronym} (${f.fullName})".`,
        skillId: f.skillId,
      });
    }
  },
});
