import type { Skill, SkillAlias } from "./schema.js";

/** One matchable form of a skill (its name or an alias) with its effective rules. */
export interface AliasForm {
  /** As written in the catalog. */
  text: string;
  /** True for the skill's `name`. */
  isName: boolean;
  caseSensitive: boolean;
  requiresContext: boolean;
  stem: boolean;
}

/**
 * Every matchable form of a skill with the rules that apply to it: the name
 * and string aliases take the skill-level `caseSensitive` / `requiresContext`;
 * object aliases carry their own (absent = false).
 */
export function aliasForms(skill: Skill): AliasForm[] {
  const skillCase = skill.caseSensitive === true;
  const skillCtx = skill.requiresContext === true;
  const forms: AliasForm[] = [{ text: skill.name, isName: true, caseSensitive: skillCase, requiresContext: skillCtx, stem: false }];
  for (const a of skill.aliases ?? []) forms.push(formOf(a, skillCase, skillCtx));
  return forms;
}

function formOf(a: SkillAlias, skillCase: boolean, skillCtx: boolean): AliasForm {
  if (typeof a === "string") return { text: a, isName: false, caseSensitive: skillCase, requiresContext: skillCtx, stem: false };
  return { text: a.text, isName: false, caseSensitive: a.caseSensitive === true, requiresContext: a.requiresContext === true, stem: a.stem === true };
}

/**
 * The comparison key of an alias: case folded, and hyphen, underscore, space
 * and period runs treated alike ("Node.js" = "node js", "event-driven" =
 * "Event Driven"). Leading/trailing separators are dropped (".NET" → "net").
 * Characters such as "+", "#" and "/" are kept ("C++" ≠ "C", "CI/CD").
 */
export function aliasKey(text: string, caseSensitive = false): string {
  const t = text.normalize("NFKC").trim();
  const folded = caseSensitive ? t : t.toLowerCase();
  return folded.replace(/[\s\-_.]+/g, " ").trim();
}
