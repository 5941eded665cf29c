/**
 * Boilerplate that names technologies without claiming them: the
 * data-processing consent line at the end of many European CVs ("I agree to
 * the processing of my personal data for recruitment purposes, in
 * accordance with Regulation (EU) 2016/679 (GDPR)"). A block is such a
 * clause when it speaks in the first person ("I", "my", "hereby"), gives
 * consent ("agree", "consent", "authorize") and is about personal data
 * ("personal data", "data protection", "processing of"). A bullet that
 * builds consent management ("Implemented GDPR consent flows for personal
 * data") is not first person and stays. Also a template's instructions to
 * the reader (see `voiceOf`).
 */
import type { MatchUnit } from "./units.js";

const FIRST_PERSON = new Set(["i", "my", "hereby", "me"]);
const CONSENT = new Set(["agree", "consent", "consents", "authorize", "authorise", "authorizes", "authorises", "permit", "allow"]);

function pairAt(units: readonly MatchUnit[], k: number, a: string, b: string): boolean {
  return units[k].folded === a && k + 1 < units.length && units[k + 1].folded === b;
}

/** True when the block is a data-processing consent clause (see the module comment). Linear in the block. */
export function isConsentClause(units: readonly MatchUnit[]): boolean {
  let person = false;
  let consent = false;
  let data = false;
  for (let k = 0; k < units.length; k++) {
    const f = units[k].folded;
    if (FIRST_PERSON.has(f)) person = true;
    if (CONSENT.has(f)) consent = true;
    if (pairAt(units, k, "personal", "data") || pairAt(units, k, "data", "protection") || pairAt(units, k, "processing", "of")) data = true;
  }
  return person && consent && data;
}

/**
 * Instructions addressed to the reader: a template's example text left in a
 * resume ("RenderCV … allows you to create a CV from a YAML file", "You can
 * choose any of the 9 entry types", "Markdown syntax is supported"). A
 * resume speaks about its owner, never tells the reader what *you* can do;
 * so a section outside the achievement sections that addresses the reader
 * ("you can", "you will", "allows you", "lets you") and never speaks in the
 * first person ("I", "my") is such text, and its prose claims no skill. A
 * summary that says "I build tools you can trust" is first person and stays.
 */
const READER_MODALS = new Set(["can", "may", "will", "should", "need", "must", "could", "might"]);
const READER_ENABLERS = new Set(["allows", "allow", "lets", "let", "enables", "enable", "helps", "help"]);
const FIRST_PERSON_SINGULAR = new Set(["i", "my", "me", "mine", "myself"]);

/** How a block speaks: to the reader ("you can…", "allows you…") and/or in the first person ("I", "my"). Linear in the block. */
export function voiceOf(units: readonly MatchUnit[]): { addressesReader: boolean; firstPerson: boolean } {
  let addressesReader = false;
  let firstPerson = false;
  for (let k = 0; k < units.length; k++) {
    const f = units[k].folded;
    if (FIRST_PERSON_SINGULAR.has(f) && (f !== "i" || units[k].text === "I")) firstPerson = true;
    if (f !== "you") continue;
    if (k + 1 < units.length && READER_MODALS.has(units[k + 1].folded)) addressesReader = true;
    if (k > 0 && READER_ENABLERS.has(units[k - 1].folded)) addressesReader = true;
  }
  return { addressesReader, firstPerson };
}
