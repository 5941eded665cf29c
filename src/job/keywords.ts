/**
 * The posting's skill lists as role keywords, so a role's lists can be
 * extended with them (source "job-description").
 */
import type { RoleKeyword } from "../score/keywords.js";
import type { JobPosting } from "./types.js";

/** Role-keyword lists from a posting: required → mustHave, preferred → strong; weight 1 each, ordered by id. */
export function jobKeywords(posting: JobPosting): { mustHave: RoleKeyword[]; strong: RoleKeyword[] } {
  const toKeyword = (s: { id: string; name: string }): RoleKeyword => ({ id: s.id, label: s.name, skills: [s.id], weight: 1, source: "job-description" });
  return { mustHave: posting.required.map(toKeyword), strong: posting.preferred.map(toKeyword) };
}
