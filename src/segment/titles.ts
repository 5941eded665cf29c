/**
 * Job-title words ("Engineer", "Manager", "Intern"...): what tells a title
 * from a name or an employer. Its own module so contact detection and entry
 * headers can both use it without importing each other.
 */

const TITLE_WORDS = new Set(
  (
    "engineer engineers developer developers programmer manager director lead leader head architect analyst " +
    "scientist consultant specialist coordinator administrator admin intern internship assistant associate " +
    "officer president vp cto ceo cfo coo founder cofounder co-founder owner designer technician tester " +
    "researcher fellow instructor teacher tutor professor lecturer writer editor accountant representative " +
    "supervisor executive principal staff sre devops dba volunteer trainee apprentice contractor freelancer " +
    "advisor adviser strategist partner member chair mentor peer clerk agent operator producer employed counselor " +
    "counsellor coach trainer docent cashier nurse therapist attorney lawyer paralegal receptionist secretary " +
    "bookkeeper auditor planner organizer organiser facilitator ambassador recruiter buyer chef salesperson " +
    "technologist co-op educator composer curator musician photographer journalist reporter translator interpreter " +
    "pharmacist physician librarian archivist economist statistician mathematician physicist chemist biologist " +
    "inspector surveyor estimator investigator dispatcher salesman saleswoman salesmen barista"
  ).split(" "),
);

/**
 * True when a lower-case word is a job-title word ("engineer", "intern"), a
 * trade or science by its suffix ("bioinformatician", "epidemiologist"), or a
 * hyphenated word ending in one ("co-organizer", "co-lead", "vice-president").
 */
export function isTitleWord(word: string): boolean {
  if (TITLE_WORDS.has(word)) return true;
  // Trades and sciences by their suffix: "bioinformatician", "technician", "epidemiologist".
  if (word.length >= 8 && /(?:ician|ologist)$/u.test(word)) return true;
  const dash = word.lastIndexOf("-");
  return dash > 0 && TITLE_WORDS.has(word.slice(dash + 1));
}

/** True when the text contains a job-title word ("Engineer", "Manager", "Intern"...). */
export function hasTitleWord(text: string): boolean {
  for (const w of text.toLowerCase().split(/[^a-z-]+/)) if (isTitleWord(w)) return true;
  return false;
}
