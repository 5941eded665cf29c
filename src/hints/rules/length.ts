/** LENGTH: too few words, or more pages than the level warrants. */
import type { Level } from "../../levels.js";
import { wordCount } from "../../util/words.js";
import { defineRule } from "../rule.js";

/** Most pages per level (senior when no level is given). */
const MAX_PAGES: Readonly<Record<Level, number>> = { junior: 1, mid: 2, senior: 3, lead: 3 };

export const rule = defineRule({
  meta: {
    code: "LENGTH",
    scope: "document",
    severity: "warning",
    description: "The resume is too short (< 250 words) or has more pages than its level warrants (junior 1, mid 2, senior and lead 3).",
    docs: {
      why: "A resume under a page of text rarely shows enough experience for an ATS to match or a recruiter to judge; one longer than its level warrants gets skimmed, and its strongest lines get lost.",
      details: "Pages are the PDF's pages; for other formats they are estimated from the words (`wordsPerPage`).",
      fires: { text: "Jane Doe\njane@example.com | +1 555 010 0000 | linkedin.com/in/janedoe\n\nExperience\nBackend Engineer, Acme Corp | Jan 2021 – Present\n• Built the payment API in Python for 3 mobile apps\n\nSkills\nPython, PostgreSQL\n\nEducation\nB.Sc. Computer Science, State University, 2020\n" },
      passes: { text: "Jane Doe\nBackend Engineer\njane.doe@example.com | +1 555 010 0000 | linkedin.com/in/janedoe\n\nSummary\nBackend engineer with five years of experience building payment and data services in Python, with a focus on reliability, clear interfaces and measured results for the teams that depend on them.\n\nExperience\nBackend Engineer, Acme Corp | Jan 2021 – Present\n• Built the payment API in Python with PostgreSQL, shipped in Docker images to 3 regions, serving 2,000 requests/s at 99.95 % availability\n• Cut p95 latency of the checkout service from 420 ms to 95 ms by rewriting its slowest queries and adding a read replica\n• Moved 14 batch jobs from cron to a queue-based scheduler, removing 6 hours of manual reruns per week\n• Led the on-call rotation of 6 engineers and halved the monthly page count in two quarters by fixing the 10 noisiest alerts and writing runbooks for the rest\nSoftware Engineer, Initech | Jun 2018 – Dec 2020\n• Wrote the invoicing service used by 40 finance staff, replacing 3 spreadsheets and cutting month-end close from 5 days to 2\n• Added integration tests to 12 services, raising coverage from 35 % to 80 % and catching 9 regressions before release\n• Migrated the reporting database to PostgreSQL 12 with no downtime, reducing storage costs by 30 %\n\nProjects\nOpen-source rate limiter | 2022\n• Published a Python rate-limiting library with 1,200 GitHub stars and 40,000 monthly downloads\n\nSkills\nPython, PostgreSQL, Docker, Kafka, Redis, Git, Linux, REST APIs, CI/CD, Terraform\n\nEducation\nB.Sc. Computer Science, State University, 2018\nRelevant courses: distributed systems, databases, operating systems, computer networks\n\nCertifications\nAWS Certified Developer – Associate, 2023\n" },
    },
    options: {
      minWords: { type: "integer", default: 250, minimum: 0, description: "Fewer words than this is too short for a resume." },
      wordsPerPage: { type: "integer", default: 550, minimum: 1, description: "Words of a typical page, to estimate pages of formats without pages." },
    },
  },
  check(t, ctx) {
    const { minWords, wordsPerPage } = ctx.options;
    const words = ctx.memo("document-words", () => wordCount(t.doc.text));
    if (words < minWords) {
      ctx.report({
        message: `The resume has ${words} words; fewer than ${minWords} rarely shows enough experience and skills for an ATS or a recruiter.`,
        suggestion: "Add 3–5 bullets per recent role with the action, the technologies and a measured result, and a Skills section.",
      });
    }
    const hasPages = t.doc.format === "pdf";
    const pages = hasPages ? t.doc.pageCount : Math.max(1, Math.ceil(words / wordsPerPage));
    const level = ctx.level;
    const max = MAX_PAGES[level ?? "senior"];
    if (pages <= max) return;
    const about = hasPages ? `${pages} pages` : `about ${pages} pages (${words} words)`;
    ctx.report({
      message: `The resume runs to ${about}; ${level ? `a ${level} resume` : "a resume"} should fit in ${max} page${max === 1 ? "" : "s"}.`,
      suggestion: `Cut older roles to 1–2 bullets, drop duties without results and trim the skills list to fit ${max} page${max === 1 ? "" : "s"}.`,
    });
  },
});
