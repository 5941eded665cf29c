/**
 * Hints about one bullet: missing metric, weak opening, passive voice,
 * length, first person. Pure and fast (a few regular expressions without
 * nested quantifiers over at most the bullet's text).
 */
import type { Bullet, SectionKind } from "../types.js";
import { isQuantified } from "./metrics.js";
import { suggestMetric } from "./suggest.js";
import type { Hint } from "./types.js";

/** Sections whose bullets describe work and should carry results. */
export const WORK_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(["experience", "projects", "volunteer"]);

/** Most words before a bullet is too long. */
export const MAX_BULLET_WORDS = 40;
/** Most wrapped lines before a bullet is too long. */
export const MAX_BULLET_LINES = 2;
/** Fewest words for the line rule of BULLET_TOO_LONG: about two full lines of a single-column page. */
export const MIN_WORDS_FOR_LINE_RULE = 25;
/** Fewest words of a useful bullet. */
export const MIN_BULLET_WORDS = 4;

const WEAK_OPENINGS: ReadonlyArray<[RegExp, string]> = [
  [/^responsible\s+for\b/i, "Responsible for"],
  [/^worked\s+(on|with|in)\b/i, "Worked on"],
  [/^helped\b/i, "Helped"],
  [/^assist(ed|ing)?\b/i, "Assisted"],
  [/^(was\s+)?involved\s+in\b/i, "Involved in"],
  [/^participated\s+in\b/i, "Participated in"],
  [/^duties\s+includ(ed|e)\b/i, "Duties included"],
  [/^tasked\s+with\b/i, "Tasked with"],
  [/^(was\s+)?in\s+charge\s+of\b/i, "In charge of"],
  [/^contributed\s+to\b/i, "Contributed to"],
  [/^exposure\s+to\b/i, "Exposure to"],
];

const STRONG_VERBS = "Built, Designed, Led, Migrated, Automated, Cut, Scaled, Shipped, Owned";

/** Past participles that are not regular "-ed" forms. */
const IRREGULAR_PARTICIPLES =
  "built|led|made|written|run|done|given|taken|driven|shown|known|chosen|grown|held|kept|set|sent|spent|brought|taught|found|won|rewritten|overseen|undertaken|responsible";
const PASSIVE = new RegExp(`\\b(was|were|been|being)\\s+(?:[a-z]+ly\\s+)?((?:[a-z]+ed)|${IRREGULAR_PARTICIPLES})\\b`, "i");
/** Passives that report recognition, which reads fine ("was promoted"). */
const OK_PASSIVES: ReadonlySet<string> = new Set([
  "promoted", "awarded", "selected", "recognized", "recognised", "nominated", "invited", "named", "chosen", "elected", "hired", "asked", "based", "located", "tasked", "involved", "interested", "focused", "engaged",
]);

const FIRST_PERSON_ANY = /(?:^|[\s(])(I|me|my|myself|My|Me|Myself)(?=$|[\s,;:!?)'.\u2019])/;
const FIRST_PERSON_START = /^(we|our|us)\b/i;

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function quote(text: string): string {
  const t = text.trim();
  return t.length > 160 ? `${t.slice(0, 157)}...` : t;
}

function base(b: Bullet): Pick<Hint, "line" | "endLine" | "section" | "quote"> {
  const h: Pick<Hint, "line" | "endLine" | "section" | "quote"> = { line: b.line, section: b.section, quote: quote(b.text) };
  if (b.endLine !== b.line) h.endLine = b.endLine;
  return h;
}

/**
 * Hints for one bullet. Only bullets in experience, projects and volunteer
 * sections get hints (skills lists and awards are not sentences of work).
 * Order: UNQUANTIFIED_BULLET, WEAK_OPENING, PASSIVE_VOICE, BULLET_TOO_LONG,
 * BULLET_TOO_SHORT, FIRST_PERSON.
 */
export function bulletHints(bullet: Bullet): Hint[] {
  if (!WORK_SECTIONS.has(bullet.section)) return [];
  const text = bullet.text.trim();
  if (text.length === 0) return [];
  const out: Hint[] = [];
  const words = countWords(text);
  const opening = text.replace(/^[^A-Za-z]+/, "").replace(/^(I|We)\s+/i, "");

  if (!isQuantified(text) && words >= MIN_BULLET_WORDS) {
    out.push({
      code: "UNQUANTIFIED_BULLET",
      severity: "warning",
      message: `Line ${bullet.line}: this bullet has no measured result. Numbers (%, time, users, cost) show impact.`,
      ...base(bullet),
      suggestion: suggestMetric(opening),
    });
  }

  for (const [re, phrase] of WEAK_OPENINGS) {
    if (re.test(opening)) {
      out.push({
        code: "WEAK_OPENING",
        severity: "warning",
        message: `Line ${bullet.line}: the bullet opens with "${phrase}", which describes a duty, not what you did.`,
        ...base(bullet),
        suggestion: `Start with an action verb and the result: ${STRONG_VERBS}... e.g. "${phrase} the billing API" → "Built the billing API, serving N requests/s".`,
      });
      break;
    }
  }

  const pm = PASSIVE.exec(text);
  if (pm && !OK_PASSIVES.has(pm[2]!.toLowerCase())) {
    out.push({
      code: "PASSIVE_VOICE",
      severity: "info",
      message: `Line ${bullet.line}: "${pm[0]}" is passive; it hides who did the work.`,
      ...base(bullet),
      suggestion: "Rewrite in the active voice with you as the doer: \"was responsible for migrating X\" → \"Migrated X\".",
    });
  }

  const lines = bullet.endLine - bullet.line + 1;
  // Lines alone mislead in a narrow column (11 words can take 3 lines there), so more than
  // MAX_BULLET_LINES lines counts only with at least MIN_WORDS_FOR_LINE_RULE words.
  if (words > MAX_BULLET_WORDS || (lines > MAX_BULLET_LINES && words >= MIN_WORDS_FOR_LINE_RULE)) {
    out.push({
      code: "BULLET_TOO_LONG",
      severity: "info",
      message: `Line ${bullet.line}: the bullet has ${words} words over ${lines} line${lines === 1 ? "" : "s"}; recruiters skim.`,
      ...base(bullet),
      suggestion: `Keep one idea per bullet, at most ${MAX_BULLET_WORDS} words and ${MAX_BULLET_LINES} lines: action, what, measured result. Split the rest into a second bullet.`,
    });
  } else if (words < MIN_BULLET_WORDS) {
    out.push({
      code: "BULLET_TOO_SHORT",
      severity: "info",
      message: `Line ${bullet.line}: the bullet has only ${words} word${words === 1 ? "" : "s"}.`,
      ...base(bullet),
      suggestion: "Say what you did, with what, and the result: \"Built X with Y, cutting Z by N %\".",
    });
  }

  const fp = FIRST_PERSON_ANY.exec(text) ?? FIRST_PERSON_START.exec(text.replace(/^[^A-Za-z]+/, ""));
  if (fp) {
    const word = (fp[1] ?? fp[0]).trim();
    out.push({
      code: "FIRST_PERSON",
      severity: "info",
      message: `Line ${bullet.line}: the bullet uses "${word}"; resume bullets leave out the pronoun.`,
      ...base(bullet),
      suggestion: "Drop the pronoun and start with the verb: \"I built X\" → \"Built X\"; \"We migrated\" → \"Migrated\" (say your part).",
    });
  }
  return out;
}
