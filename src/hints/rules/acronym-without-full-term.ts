/** ACRONYM_WITHOUT_FULL_TERM: a skill written only as its acronym. */
import { defineRule } from "../rule.js";
import { termForms } from "../term-forms.js";

export const rule = defineRule({
  meta: {
    code: "ACRONYM_WITHOUT_FULL_TERM",
    scope: "document",
    severity: "info",
    description: "A skill appears only as its acronym (\"AWS\"); ATS searches for the full term may miss it.",
    docs: {
      why: "Recruiters search an ATS with the words of the posting, and some ATS match words literally: a search for \"Amazon Web Services\" may not find a resume that only says \"AWS\". Writing both forms once covers both searches.",
      details: "Only skills the catalog gives both an acronym and a full term; the acronym is matched in capitals, so \"aws\" in a URL does not count.",
      fires: { bullets: ["Moved 30 services from a data center to AWS, cutting hosting costs by 35 %"] },
      passes: { bullets: ["Moved 30 services from a data center to Amazon Web Services (AWS), cutting hosting costs by 35 %"] },
    },
  },
  check(t, ctx) {
    for (const f of ctx.memo("term-forms", () => termForms(t.doc, t.match, t.catalog))) {
      const acr = f.acronymHit;
      if (!acr || f.fullHit) continue;
      ctx.report({
        message: `"${f.acronym}" appears ${acr.count === 1 ? "once" : `${acr.count} times`} but "${f.fullName}" never does; an ATS search for the full term may miss it.`,
        place: acr.place,
        quote: acr.text,
        suggestion: `Write both forms once, e.g. "${f.acronym} (${f.fullName})", then use the short form.`,
        skillId: f.skillId,
      });
    }
  },
});
