import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import type { Catalog } from "./catalog.js";
import type { RoleEntry } from "./schema.js";
import { aliasForms, aliasKey, type AliasForm } from "./alias-key.js";
import type { CatalogProblem } from "./problems.js";
import { LEVELS } from "../levels.js";

function entryIds(e: RoleEntry): string[] {
  if (typeof e === "string") return [e];
  if ("skill" in e) return [e.skill];
  return e.anyOf;
}

function stemKey(key: string): string {
  return key
    .split(" ")
    .map((w) => (/^[a-z]+$/.test(w) ? PorterStemmer.stem(w) : w))
    .join(" ");
}

function duplicateIds(kind: string, ids: string[]): CatalogProblem[] {
  const seen = new Set<string>();
  const out: CatalogProblem[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push({ kind: "duplicate-id", path: `${kind}[${i}]`, message: `${kind} id "${id}" is defined more than once` });
    seen.add(id);
  });
  return out;
}

function referenceProblems(catalog: Catalog): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  for (const s of catalog.skills) {
    (s.implies ?? []).forEach((id, i) => {
      const path = `skills.${s.id}.implies[${i}]`;
      if (id === s.id) out.push({ kind: "unknown-reference", path, message: `skill "${s.id}" implies itself` });
      else if (!catalog.skillById.has(id)) out.push({ kind: "unknown-reference", path, message: `unknown skill id "${id}" (expected an id from keywords/skills/)` });
    });
  }
  for (const r of catalog.roles) {
    const lists: Array<[string, RoleEntry[] | undefined]> = [
      ["mustHave", r.mustHave],
      ["strong", r.strong],
    ];
    const avoids: Array<[string, Array<string | { id: string }> | undefined]> = [["avoid", r.avoid]];
    for (const lvl of LEVELS) {
      const l = r.levels?.[lvl];
      if (!l) continue;
      lists.push([`levels.${lvl}.mustHave`, l.mustHave], [`levels.${lvl}.strong`, l.strong]);
      avoids.push([`levels.${lvl}.avoid`, l.avoid]);
    }
    for (const [name, list] of lists) {
      (list ?? []).forEach((e, i) => {
        const ids = entryIds(e);
        ids.forEach((id, j) => {
          if (catalog.skillById.has(id)) return;
          const path = `roles.${r.id}.${name}[${i}]${typeof e === "object" && "anyOf" in e ? `.anyOf[${j}]` : ""}`;
          out.push({ kind: "unknown-reference", path, message: `unknown skill id "${id}" (expected an id from keywords/skills/)` });
        });
      });
    }
    for (const [name, list] of avoids) {
      (list ?? []).forEach((a, i) => {
        if (typeof a === "string" && !catalog.avoidById.has(a)) {
          out.push({ kind: "unknown-reference", path: `roles.${r.id}.${name}[${i}]`, message: `unknown avoid-phrase id "${a}" (expected an id from keywords/avoid.json, or an inline phrase)` });
        }
      });
    }
  }
  return out;
}

interface KeyedForm {
  skillId: string;
  index: number;
  form: AliasForm;
  key: string;
}

function formPath(k: KeyedForm): string {
  return k.form.isName ? `skills.${k.skillId}.name` : `skills.${k.skillId}.aliases[${k.index - 1}]`;
}

function aliasProblems(catalog: Catalog): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const byKey = new Map<string, KeyedForm[]>();
  const byStem = new Map<string, KeyedForm[]>();
  for (const s of catalog.skills) {
    const forms = aliasForms(s);
    const local = new Map<string, AliasForm>();
    forms.forEach((form, index) => {
      const key = aliasKey(form.text);
      if (key === "") {
        out.push({ kind: "alias-duplicate", path: index === 0 ? `skills.${s.id}.name` : `skills.${s.id}.aliases[${index - 1}]`, message: `"${form.text}" has no letters or digits left after normalization` });
        return;
      }
      // Case-sensitive forms that differ in case are distinct ("Less" and "LESS"); others compare folded.
      const rule = `${form.caseSensitive ? aliasKey(form.text, true) : key}|${form.caseSensitive}|${form.requiresContext}|${form.stem}`;
      const prev = local.get(rule);
      if (prev) {
        out.push({ kind: "alias-duplicate", path: index === 0 ? `skills.${s.id}.name` : `skills.${s.id}.aliases[${index - 1}]`, message: `"${form.text}" normalizes to the same tokens as "${prev.text}" in the same skill ("${key}")` });
      } else local.set(rule, form);
      const k: KeyedForm = { skillId: s.id, index, form, key };
      const list = byKey.get(key) ?? [];
      list.push(k);
      byKey.set(key, list);
      const sk = stemKey(key);
      const slist = byStem.get(sk) ?? [];
      slist.push(k);
      byStem.set(sk, slist);
    });
  }
  const reported = new Set<string>();
  for (const [key, list] of byKey) {
    const skills = [...new Set(list.map((k) => k.skillId))];
    if (skills.length < 2) continue;
    reported.add(key);
    out.push({
      kind: "alias-conflict",
      path: list.map(formPath).join(", "),
      message: `"${list[0].form.text}" is claimed by ${skills.length} skills (${skills.join(", ")}); normalized "${key}"`,
    });
  }
  // A stemmed alias also claims every inflection: it must not reach another skill's alias.
  for (const [stem, list] of byStem) {
    const skills = [...new Set(list.map((k) => k.skillId))];
    if (skills.length < 2 || !list.some((k) => k.form.stem)) continue;
    if (list.every((k) => reported.has(k.key))) continue;
    out.push({
      kind: "alias-conflict",
      path: list.map(formPath).join(", "),
      message: `stemmed alias collides: ${list.map((k) => `"${k.form.text}" (${k.skillId})`).join(", ")} share the stem "${stem}"`,
    });
  }
  return out;
}

/**
 * Checks a loaded catalog: duplicate ids, references to unknown skill or
 * avoid-phrase ids (role lists, `anyOf`, levels, `implies`), an alias claimed
 * by two skills (after folding case and treating hyphen/space/period alike,
 * and after stemming for `stem` aliases), and redundant aliases within a skill.
 * Returns [] when the catalog is clean; the order is stable.
 */
export function validateCatalog(catalog: Catalog): CatalogProblem[] {
  return [
    ...duplicateIds("skills", catalog.skills.map((s) => s.id)),
    ...duplicateIds("roles", catalog.roles.map((r) => r.id)),
    ...duplicateIds("avoid", catalog.avoid.map((p) => p.id)),
    ...referenceProblems(catalog),
    ...aliasProblems(catalog),
  ];
}
