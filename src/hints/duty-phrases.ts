/**
 * Duty phrases: openings that say what the job was, not what was done
 * ("Responsible for", "Worked on", "Helped", "Was involved in"). WEAK_OPENING
 * reads them with or without compromise; the writing rules skip them when
 * counting repeated lead verbs.
 */

/** A duty phrase at the start of a text. */
export interface DutyPhrase {
  /** How the docs and messages name it ("Responsible for"). */
  phrase: string;
  /** Its length in the text (it starts at offset 0). */
  length: number;
}

/** An optional "was"/"were"/"am"/"is"/"being" before a state phrase ("Was responsible for"). */
const BE = String.raw`(?:(?:was|were|am|is|are|being|been)\s+)?`;
/** An optional adverb inside the phrase ("Worked closely with", "Contributed extensively to"). */
const ADV = String.raw`(?:[a-z]+ly\s+)?`;

const DUTY_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(String.raw`^${BE}responsib(?:le|ilities|ility)\s+(?:for|of|include[sd]?|included|were|was)\b`, "i"), "Responsible for"],
  [new RegExp(String.raw`^(?:work|works|worked|working)\s+${ADV}(?:on|with|in|alongside|as)\b`, "i"), "Worked on"],
  [/^(?:help|helps|helped|helping)\b/i, "Helped"],
  [/^(?:assist|assists|assisted|assisting)\b/i, "Assisted"],
  [new RegExp(String.raw`^${BE}involved\s+(?:in|with)\b`, "i"), "Involved in"],
  [new RegExp(String.raw`^(?:participate|participates|participated|participating)\s+${ADV}in\b`, "i"), "Participated in"],
  [/^duties\s+(?:include|included|includes|including)\b/i, "Duties included"],
  [new RegExp(String.raw`^${BE}tasked\s+with\b`, "i"), "Tasked with"],
  [new RegExp(String.raw`^${BE}in\s+charge\s+of\b`, "i"), "In charge of"],
  [new RegExp(String.raw`^(?:contribute|contributes|contributed|contributing)\s+${ADV}to\b`, "i"), "Contributed to"],
  [/^exposure\s+to\b/i, "Exposure to"],
  [new RegExp(String.raw`^${BE}(?:a\s+)?part\s+of\b`, "i"), "Part of"],
];

/** The duty phrase `text` starts with, or null. */
export function dutyPhraseAt(text: string): DutyPhrase | null {
  for (const [re, phrase] of DUTY_PHRASES) {
    const m = re.exec(text);
    if (m) return { phrase, length: m[0].length };
  }
  return null;
}

/** The duty phrases as the docs list them. */
export const DUTY_PHRASE_NAMES: readonly string[] = DUTY_PHRASES.map(([, p]) => p);
