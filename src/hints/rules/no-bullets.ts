/** NO_BULLETS: experience written as paragraphs. */
import { wordCount } from "../../util/words.js";
import { linesPlace } from "../place.js";
import { defineRule } from "../rule.js";

export const rule = defineRule({
  meta: {
    code: "NO_BULLETS",
    scope: "document",
    severity: "warning",
    description: "Experience is written as paragraphs without bullet points.",
    docs: {
      why: "ATS parsers split experience into achievements at bullet points, and recruiters scan bullets; a paragraph hides each result inside a block of text.",
      details: "Fires when the Experience section has no bullet and at least `minWords` words of prose outside entry headers.",
      fires: {
        text: "Jane Doe\njane@example.com | +1 555 010 0000 | linkedin.com/in/janedoe\n\nExperience\nBackend Engineer, Acme Corp | Jan 2021 – Present\nI was the lead developer for the billing platform. I designed its services and wrote most of the code. I reviewed every change and ran the weekly release for the whole company, keeping the platform stable through two migrations.\n\nSkills\nGo, PostgreSQL, Kafka\n\nEducation\nB.Sc. Computer Science, State University, 2020\n",
      },
      passes: { bullets: ["Led the billing platform's 4 services through two database migrations with zero downtime"] },
    },
    options: {
      minWords: { type: "integer", default: 30, minimum: 1, description: "Fewer words of prose than this is not a paragraph worth flagging." },
    },
  },
  check(t, ctx) {
    const { resume } = t;
    if (!resume.sections.some((s) => s.kind === "experience")) return;
    if (resume.bullets.some((b) => b.section === "experience")) return;
    const prose = resume.lines.filter((l) => l.section === "experience" && !l.isHeading && !l.isEntryHeader && l.bulletIndex === undefined);
    const words = prose.reduce((n, l) => n + wordCount(l.text), 0);
    if (words < ctx.options.minWords) return;
    const first = prose[0]!;
    ctx.report({
      message: `The experience section is written as paragraphs (${words} words, no bullet points); ATS and recruiters read bullets more reliably.`,
      place: linesPlace(first.line),
      section: "experience",
      quote: first.text,
      suggestion: "Break each role into 3–5 bullets, one achievement each: action verb, what you did, measured result.",
    });
  },
});
