/** KEYWORD_STUFFING: a skill repeated far beyond need, or a long skills list with little evidence. */
import type { FoundSkill, Occurrence } from "../../types.js";
import { wordCount } from "../../util/words.js";
import { creditableSkills, DUMP_MIN_LISTED_ONLY } from "../../score/stuffing.js";
import { linePlace } from "../place.js";
import { defineRule } from "../rule.js";

function directMentions(s: FoundSkill): number {
  return s.implied ? 0 : s.occurrences.length;
}

/** The first of `occurrences` in reading order. */
function firstOf(occurrences: readonly Occurrence[]): Occurrence | undefined {
  let best: Occurrence | undefined;
  for (const o of occurrences) if (!best || o.line < best.line || (o.line === best.line && o.start < best.start)) best = o;
  return best;
}

export const rule = defineRule({
  meta: {
    code: "KEYWORD_STUFFING",
    scope: "document",
    severity: "warning",
    description: "A skill is repeated far beyond need, the skills lists are a keyword dump, or the skills list is long with little evidence in bullets.",
    docs: {
      why: "Recruiters distrust a resume that repeats a keyword to please a filter, and some ATS discount or flag it. A long skills list that no bullet backs up reads as padding.",
      details: "A skill mentioned more than `maxMentions` times, or at least `shareMinMentions` times and more than `maxShare` of all words, is stuffed. So is a skills list of more than `listSize` skills of which fewer than `listEvidence` appear in experience or project bullets.",
      fires: {
        bullets: [
          "Built Kafka consumers in Kafka Streams for the Kafka platform team",
          "Tuned Kafka brokers and Kafka topics for 40,000 events/s",
          "Wrote Kafka runbooks and Kafka dashboards for on-call",
        ],
      },
      passes: { bullets: ["Built Kafka consumers for the event platform, handling 40,000 events/s", "Tuned broker and topic settings, cutting consumer lag by 80 %"] },
    },
    options: {
      maxMentions: { type: "integer", default: 8, minimum: 1, description: "A skill mentioned more often than this is stuffed." },
      maxShare: { type: "number", default: 0.03, minimum: 0, maximum: 1, description: "Or when its mentions are more than this share of all words..." },
      shareMinMentions: { type: "integer", default: 6, minimum: 1, description: "...and at least this many (a name in the title, two bullets, the skills list and a certification is not stuffing)." },
      listSize: { type: "integer", default: 25, minimum: 1, description: "A skills list longer than this..." },
      listEvidence: { type: "number", default: 0.3, minimum: 0, maximum: 1, description: "...with fewer than this share of its skills used in bullets is padded." },
    },
  },
  check(t, ctx) {
    const o = ctx.options;
    const skills = t.match.skills;
    // A keyword dump (which the score ignores, score/stuffing.ts) gets one hint, not one per repeated name.
    const dump = creditableSkills(skills, new Set()).dump;
    if (dump) {
      ctx.report({
        message: `${dump.listedOnly} skills are named only in lists, with no sentence that shows them in use: more than ${DUMP_MIN_LISTED_ONLY}, so the lists read as a keyword dump, and ${dump.discounted.length} skills found only there earn no score.`,
        section: "skills",
        severity: "error",
        suggestion: "Keep a skills list of what you would discuss in an interview, and show the key skills in bullets about your work (\"Built X with Kafka, N messages/s\").",
      });
      return;
    }
    const words = Math.max(1, ctx.memo("document-words", () => wordCount(t.doc.text)));
    for (const s of skills) {
      const n = directMentions(s);
      if (!(n > o.maxMentions || (n >= o.shareMinMentions && n / words > o.maxShare))) continue;
      const first = firstOf(s.occurrences);
      ctx.report({
        message: `"${s.name}" is mentioned ${n} times (${((100 * n) / words).toFixed(1)} % of ${words} words). Repetition reads as keyword stuffing to recruiters and some ATS.`,
        ...(first ? { place: linePlace(first.line, first.start, first.end), quote: first.matched } : {}),
        suggestion: `List "${s.name}" once under Skills and mention it in the 2–3 bullets where it mattered most, each with a result.`,
        skillId: s.id,
      });
    }
    const listed = skills.filter((s) => !s.implied && s.occurrences.some((x) => x.inSkillsList));
    if (listed.length <= o.listSize) return;
    const used = listed.filter((s) => s.occurrences.some((x) => x.inBullet || (!x.inSkillsList && (x.section === "experience" || x.section === "projects"))));
    const share = used.length / listed.length;
    if (share >= o.listEvidence) return;
    const first = firstOf(listed.flatMap((s) => s.occurrences.filter((x) => x.inSkillsList)));
    ctx.report({
      message: `The skills list names ${listed.length} skills but only ${used.length} (${Math.round(share * 100)} %) appear in experience or project bullets; a long list without evidence looks padded.`,
      ...(first ? { place: linePlace(first.line, first.start, first.end) } : {}),
      section: "skills",
      suggestion: "Trim the list to the skills you would discuss in an interview, and show the key ones in bullets (\"Built X with Kafka, N messages/s\").",
    });
  },
});
