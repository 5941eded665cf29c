/** MUST_HAVE_STALE: a must-have last used long ago. */
import { keywordPlace } from "../keyword-place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "MUST_HAVE_STALE",
    scope: "role",
    severity: "info",
    description: "A must-have keyword was last used, going by the dated roles that mention it, more than 5 years ago.",
    docs: {
      why: "Recruiters read skills against dates: a must-have last used years ago reads as a skill you no longer have.",
      details: "Only when every skill that meets the entry is dated: a skill named in the summary or skills list may be current.",
      fires: {
        bullets: ["Built the payment API in Python with PostgreSQL for 3 mobile apps, serving 2,000 requests/s"],
        earlierRole: { title: "Developer, Initech", dates: "Mar 2012 – Dec 2015", bullets: ["Packaged 14 services in Docker images for the first container platform"] },
      },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"] },
    },
    options: {
      staleAfterYears: { type: "integer", default: 5, minimum: 0, description: "Years after which a must-have last used under a dated role is stale." },
    },
  },
  check(t, ctx) {
    const nowYear = ctx.now.getUTCFullYear();
    const after = ctx.options.staleAfterYears;
    for (const r of t.mustHave) {
      if (r.status === "missing") continue;
      // Stale only when every matching skill is dated: one named in the summary or skills list (lastUsed null) may be current.
      const years = r.matchedSkills.map((id) => t.found.get(id)?.lastUsed ?? null);
      const last = years.includes(null) ? -1 : Math.max(-1, ...(years as number[]));
      if (!(last > 0 && nowYear - last > after)) continue;
      ctx.report({
        message: `${r.label} was last used in ${last}, more than ${after} years ago, going by your dated roles.`,
        place: keywordPlace(r, t.found),
        suggestion: `If you still use ${r.label}, show it in a recent role or project.`,
        skillId: r.id,
      });
    }
  },
});
