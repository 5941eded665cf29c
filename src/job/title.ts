/**
 * The posting's title, its seniority, and the years of experience it asks for.
 */
import type { Level } from "../report/types.js";
import type { JobLine } from "./sections.js";

const LABEL = /^(?:job title|title|position|role|job)\s*:\s*/i;

/** The posting's title: its first non-empty line, without Markdown marks or a "Job title:" label. */
export function findTitle(lines: readonly JobLine[]): string | null {
  for (const l of lines) {
    let t = l.text.replace(/^[#\s*_•]+/, "").replace(/[*_\s]+$/, "").trim();
    if (t === "") continue;
    t = t.replace(LABEL, "").trim();
    return t.length > 0 ? t.slice(0, 160) : null;
  }
  return null;
}

const LEVEL_WORDS: ReadonlyArray<readonly [Level, RegExp]> = [
  ["lead", /\b(?:staff|principal|lead|head|architect|distinguished|director|manager)\b/i],
  ["senior", /\b(?:senior|sr\.?|snr|iii|expert)\b/i],
  ["junior", /\b(?:junior|jr\.?|intern(?:ship)?|graduate|grad|entry[- ]level|trainee|apprentice|associate)\b/i],
  ["mid", /\b(?:mid|mid[- ]level|intermediate|ii)\b/i],
];

/** Seniority from the title's words: junior/intern/graduate, mid, senior/sr, staff/principal/lead. Null when none. */
export function seniorityOf(title: string | null): Level | null {
  if (!title) return null;
  for (const [level, re] of LEVEL_WORDS) if (re.test(title)) return level;
  return null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
};

const NUM = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)`;
const YEARS = new RegExp(
  String.raw`\b${NUM}(?:\s?\+)?\s?(?:(?:-|–|to)\s?${NUM}(?:\s?\+)?\s?)?(?:\(\d{1,2}\)\s?)?(?:plus\s)?years?\b`,
  "giu",
);

function toNumber(s: string): number {
  const n = NUMBER_WORDS[s.toLowerCase()];
  return n !== undefined ? n : Number.parseInt(s, 10);
}

/** Every "N years" a line asks for: "5+ years" → 5, "3-5 years" → 3, "at least five years" → 5. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  YEARS.lastIndex = 0;
  for (const m of text.matchAll(YEARS)) {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12).toLowerCase();
    if (/^\s*(?:old|ago)\b/.test(after)) continue;
    const n = toNumber(m[1]);
    if (Number.isFinite(n) && n > 0 && n <= 30) out.push(n);
  }
  return out;
}
