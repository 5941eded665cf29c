/** REPEATED_BULLET: the same bullet, word for word, a second time. */
import type { ExperienceEntry } from "../../types.js";
import { bulletPlace } from "../place.js";
import { defineRule, type BulletTarget } from "../rule.js";
import { WORK_SECTIONS } from "../../work-sections.js";

/** The bullet's text as compared: lower case, one space between words, no end punctuation. */
function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, " ").replace(/[\s.;,!]+$/u, "").trim();
}

/** For each work bullet, the index of the first work bullet with the same text. */
function firstWithSameText(t: BulletTarget): number[] {
  const first = new Map<string, number>();
  return t.resume.bullets.map((b, i) => {
    if (!WORK_SECTIONS.has(b.section)) return i;
    const key = normalized(b.text);
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, i);
    return i;
  });
}

function entryName(e: ExperienceEntry | undefined): string | null {
  if (!e) return null;
  const parts = [e.title, e.organization].filter((p): p is string => p !== null && p.trim() !== "");
  return parts.length > 0 ? parts.join(", ") : null;
}

export const rule = defineRule({
  meta: {
    code: "REPEATED_BULLET",
    scope: "bullet",
    severity: "warning",
    description: "A bullet repeats an earlier bullet word for word (case, spacing and end punctuation aside).",
    docs: {
      why: "A bullet copied from one role to the next reads as padding to a recruiter, and it claims the same work twice. An ATS gains nothing from it: the keywords were already there.",
      details: "Bullets of Experience, Projects and Volunteer are compared after lower-casing, collapsing spaces and dropping end punctuation; the second and later copies are flagged, each naming the role of the first.",
      fires: {
        bullets: ["Maintained the CI pipelines for 12 services on GitHub Actions"],
        earlierRole: { title: "Developer, Initech", dates: "Mar 2016 – Dec 2020", bullets: ["Maintained the CI pipelines for 12 services on GitHub Actions."] },
      },
      passes: { bullets: ["Maintained the CI pipelines for 12 services on GitHub Actions", "Moved the CI pipelines of 12 services from Jenkins to GitHub Actions"] },
    },
    options: {
      minWords: { type: "integer", default: 4, minimum: 1, description: "Shorter bullets may repeat (\"Code reviews\" under two roles is not a copied achievement)." },
    },
  },
  check(t, ctx) {
    if (t.words < ctx.options.minWords) return;
    const firstIndex = ctx.memo("repeated-bullet:first-with-same-text", () => firstWithSameText(t))[t.index];
    if (firstIndex === undefined || firstIndex === t.index) return;
    const first = t.resume.bullets[firstIndex]!;
    const firstEntry = first.entryIndex !== undefined ? t.resume.experience.entries[first.entryIndex] : undefined;
    const name = first.entryIndex !== t.bullet.entryIndex ? entryName(firstEntry) : null;
    const where = first.entryIndex === t.bullet.entryIndex ? "an earlier bullet of the same entry" : name ? `a bullet under "${name}"` : "an earlier bullet";
    ctx.report({
      message: `This bullet repeats ${where} word for word.`,
      place: bulletPlace(t.resume, t.bullet, t.index),
      section: t.bullet.section,
      quote: t.text,
      suggestion: "Keep it under the role where it happened; in the other role, say what was different there (scope, scale, result) or drop it.",
    });
  },
});
