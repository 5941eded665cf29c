/** JD_LIST_TERM_MISSING: an item of the posting's requirement lists that no skill knows, and the resume never names. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "JD_LIST_TERM_MISSING",
    scope: "job",
    severity: "info",
    description: "With a job description: an item of the posting's requirement lists that is in neither the catalog nor the vocabulary (\"Avaloq Core\") is not in the resume.",
    docs: {
      why: "Postings name in-house platforms, niche tools and domain systems no keyword list knows. A recruiter searching for them finds only the resumes that write them the same way.",
      details: "The item must look like a name (capitals, digits or joined words) in a list of three or more items under a requirements heading; it is met by the same words anywhere in the resume, whatever the case, hyphens or spacing.",
      fires: {
        bullets: ["Built the payment API in Python with PostgreSQL in Docker, serving 2,000 requests/s across 3 regions"],
        jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL, Docker, Avaloq Core\n",
      },
      passes: {
        bullets: ["Built the payment API in Python with PostgreSQL in Docker on Avaloq Core, serving 2,000 requests/s across 3 regions"],
        jobDescription: "Backend Engineer\n\nRequirements\n- Python, PostgreSQL, Docker, Avaloq Core\n",
      },
    },
  },
  check(t, ctx) {
    for (const term of t.listTermsMissing) {
      ctx.report({
        message: `The posting lists "${term}" among its requirements; the resume never names it.`,
        suggestion: `If you have used ${term}, name it as the posting writes it.`,
      });
    }
  },
});
