/** JD_TERM_MISSING: a significant term of the posting that the resume never uses. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "JD_TERM_MISSING",
    scope: "job",
    severity: "info",
    description: "With a job description: a term the posting uses several times (not a catalog skill: \"payments\", \"ledger\") is not in the resume.",
    docs: {
      why: "Recruiters also search with the posting's domain words; a resume that shares them ranks higher when it is true to the work.",
      details: "Terms are the posting's words that stand out against generic posting language (TF-IDF); a trailing plural is ignored when comparing.",
      fires: {
        bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"],
        jobDescription: "Backend Engineer\n\nResponsibilities\n- Own the ledger service and its ledger API\n- Build ledger reconciliation jobs\n\nRequirements\n- Python, PostgreSQL and Docker\n- Experience with double-entry ledger systems\n",
      },
      passes: {
        bullets: ["Built the ledger service in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"],
        jobDescription: "Backend Engineer\n\nResponsibilities\n- Own the ledger service and its ledger API\n- Build ledger reconciliation jobs\n\nRequirements\n- Python, PostgreSQL and Docker\n- Experience with double-entry ledger systems\n",
      },
    },
  },
  check(t, ctx) {
    for (const term of t.termsMissing) ctx.report({ message: `The posting uses "${term}" several times; the resume never does.` });
  },
});
