/** MISSING_STRONG: strong keywords of the role that are not in the resume. */
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "MISSING_STRONG",
    scope: "role",
    severity: "info",
    description: "Some of the role's strong (nice-to-have) keywords are not in the resume; up to 8 are named.",
    docs: {
      why: "Strong keywords separate a good match from a bare one in an ATS ranking; they are a fifth of the score. Add only the ones you have used.",
      fires: { bullets: ["Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s"] },
      passes: { bullets: ["Built the payment API in Python with PostgreSQL and Kafka, shipped in Docker images to 3 Kubernetes clusters, serving 2,000 requests/s"] },
    },
    options: {
      maxNamed: { type: "integer", default: 8, minimum: 1, description: "Most missing keywords named in the message." },
    },
  },
  check(t, ctx) {
    const missing = t.strong.filter((r) => r.status === "missing");
    if (missing.length === 0 || t.strong.length === 0) return;
    const n = ctx.options.maxNamed;
    const named = missing.slice(0, n).map((r) => r.label).join(", ");
    ctx.report({
      message: `${missing.length} of ${t.strong.length} strong keywords for ${t.role.title} are not in the resume: ${named}${missing.length > n ? ", ..." : ""}.`,
      suggestion: "Add the ones you have real experience with, in the bullet where you used them.",
    });
  },
});
