/** JD_ACRONYM_FORM: the posting writes a skill in a form (acronym or full term) the resume does not use. */
import type { FoundSkill } from "../../types.js";
import { defineRule } from "../rule.js";

/** Forms the resume writes a skill in, lower case. */
function resumeForms(skill: FoundSkill): Set<string> {
  return new Set(skill.occurrences.map((o) => o.matched.toLowerCase()));
}

export const rule = defineRule({
  meta: {
    code: "JD_ACRONYM_FORM",
    scope: "job",
    severity: "info",
    description: "With a job description: the posting writes a skill the resume has as an acronym or a full term (\"CI/CD\", \"Amazon Web Services\") that the resume does not use.",
    docs: {
      why: "Recruiters copy the posting's words into their ATS search; a literal match on the posting's form is the safest.",
      fires: { bullets: ["Moved 30 services from a data center to AWS, cutting hosting costs by 35 %"], jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL and Docker\n- Amazon Web Services\n" },
      passes: { bullets: ["Moved 30 services from a data center to Amazon Web Services (AWS), cutting hosting costs by 35 %"], jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL and Docker\n- Amazon Web Services\n" },
    },
  },
  check(t, ctx) {
    if (!t.catalog) return;
    for (const s of [...t.posting.required, ...t.posting.preferred]) {
      const skill = t.catalog.skillById.get(s.id);
      const f = t.found.get(s.id);
      if (!skill?.acronym || !skill.fullName || !f || f.implied) continue;
      const acronym = skill.acronym.toLowerCase();
      const full = skill.fullName.toLowerCase();
      const posted = new Set((s.forms ?? []).map((x) => x.toLowerCase()));
      const mine = resumeForms(f);
      const missing: string[] = [];
      if (posted.has(full) && !mine.has(full)) missing.push(skill.fullName);
      if (posted.has(acronym) && !mine.has(acronym)) missing.push(skill.acronym);
      if (missing.length === 0) continue;
      const postedAs = posted.has(full) && posted.has(acronym) ? `${skill.fullName} (${skill.acronym})` : posted.has(full) ? skill.fullName : skill.acronym;
      ctx.report({
        message: `The posting writes '${postedAs}'; the resume does not use '${missing.join("' or '")}'.`,
        suggestion: `Write both forms once: "${skill.fullName} (${skill.acronym})".`,
        skillId: s.id,
      });
    }
  },
});
