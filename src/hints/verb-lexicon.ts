/**
 * The verbs of the writing rules (`keywords/verbs.json`) as a lookup: which
 * word forms are verbs, of which lemma, and whether a form is a base, a past,
 * a participle, a third person or a gerund ("led" is the past of "lead";
 * "cut" is both base and past). Built once, on first use.
 */
import verbsData from "../../keywords/verbs.json" with { type: "json" };
import type { VerbForms, VerbGroup, VerbsFile } from "../keywords/schema.js";

/** What a word form is of its verb. */
export type FormKind = "base" | "past" | "participle" | "third" | "gerund";

/** A known verb form: its lemma and what it is (a form may be several: "cut" is base and past). */
export interface KnownForm {
  lemma: string;
  kinds: ReadonlySet<FormKind>;
}

/** The lookup built from the verbs file. */
export interface VerbLexicon {
  /** The known form of a lower-case word ("led" → lead, past), British spellings folded ("optimised"); undefined when unknown. */
  form(word: string): KnownForm | undefined;
  /** The past tense of a lemma ("lead" → "led"), when known. */
  past(lemma: string): string | undefined;
  /** The group of a lemma (verbs of the same meaning), when it has one. */
  group(lemma: string): VerbGroup | undefined;
  /** True for participles that open a noun phrase ("distributed" in "Distributed tracing"). */
  isAdjectival(word: string): boolean;
  /** True for verbs that open a compound noun before a derived noun ("test" in "Test automation"). */
  isNounModifier(word: string): boolean;
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/** "fix" → "fixes", "apply" → "applies", "build" → "builds". */
export function thirdPerson(base: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (base.endsWith("y") && !VOWELS.has(base[base.length - 2] ?? "")) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** "build" → "building", "create" → "creating", "ship" → "shipping" (doubled when the past doubles), "tie" → "tying". */
export function gerund(forms: VerbForms): string {
  const { base, past } = forms;
  if (past === `${base}${base[base.length - 1]}ed`) return `${base}${base[base.length - 1]}ing`;
  if (base.endsWith("ie")) return `${base.slice(0, -2)}ying`;
  if (base.endsWith("e") && !/(?:ee|ye|oe)$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

type KnownForms = ReadonlyMap<string, { lemma: string; kinds: Set<FormKind> }>;

function build(file: VerbsFile): VerbLexicon {
  const forms = new Map<string, { lemma: string; kinds: Set<FormKind> }>();
  const pasts = new Map<string, string>();
  const groups = new Map<string, VerbGroup>();
  const add = (word: string, lemma: string, kind: FormKind): void => {
    const known = forms.get(word);
    if (!known) forms.set(word, { lemma, kinds: new Set([kind]) });
    // A form of two verbs ("found": find, found) keeps its first lemma; groups come first in the file.
    else if (known.lemma === lemma) known.kinds.add(kind);
  };
  const addVerb = (v: VerbForms): void => {
    add(v.base, v.base, "base");
    add(v.past, v.base, "past");
    add(v.participle ?? v.past, v.base, "participle");
    add(thirdPerson(v.base), v.base, "third");
    add(gerund(v), v.base, "gerund");
    pasts.set(v.base, v.past);
  };
  for (const g of file.groups) {
    for (const v of g.verbs) {
      addVerb(v);
      groups.set(v.base, g);
    }
  }
  for (const v of file.otherVerbs) addVerb(v);
  const adjectival = new Set(file.adjectivalParticiples);
  const prefixes = new Set(file.verbPrefixes);
  const modifiers = new Set(file.nounModifiers);
  return {
    form: (word) => lookupForm(word, forms, prefixes),
    past: (lemma) => pasts.get(lemma) ?? (/^(re|co|pre|de|un|over|under|out|cross|self|auto)(-?)(.+)$/.test(lemma) ? prefixedPast(lemma, pasts) : undefined),
    group: (lemma) => groups.get(lemma),
    isAdjectival: (w) => adjectival.has(w.toLowerCase()),
    isNounModifier: (w) => modifiers.has(w.toLowerCase()),
  };
}

/** British and doubled spellings folded onto the listed ones: "optimised" → "optimized", "modelled" → "modeled", "analyse" → "analyze". */
function variants(w: string): string[] {
  const out: string[] = [];
  const ise = w.replace(/is(e|ed|es|ing|ation)$/, "iz$1");
  if (ise !== w) out.push(ise);
  const yse = w.replace(/ys(e|ed|es|ing)$/, "yz$1");
  if (yse !== w) out.push(yse);
  const ll = w.replace(/ll(ed|ing)$/, "l$1");
  if (ll !== w) out.push(ll);
  return out;
}

/** A word's verb form: listed, a spelling variant of a listed one, or a known form behind a verb prefix or a listed word and a hyphen. */
function lookupForm(word: string, forms: KnownForms, prefixes: ReadonlySet<string>): KnownForm | undefined {
  const w = word.toLowerCase();
  const direct = forms.get(w);
  if (direct) return direct;
  for (const v of variants(w)) {
    const f = forms.get(v);
    if (f) return f;
  }
  // "re-architected", "co-led", "pre-built": a verb prefix before a known form;
  // "cross-trained", "self-hosted": these prefixes make verbs only of past forms ("Cross-team" is a noun).
  const m = /^(re|co|pre|de|un|over|under|out|cross|self|auto)(-?)([a-z]{3,})$/.exec(w);
  if (m) {
    const tail = forms.get(m[3]!) ?? variants(m[3]!).map((v) => forms.get(v)).find(Boolean);
    const pastOnly = /^(?:cross|self|auto)$/.test(m[1]!);
    if (tail && (!pastOnly || tail.kinds.has("past") || tail.kinds.has("participle"))) return { lemma: `${m[1]}${m[2]}${tail.lemma}`, kinds: tail.kinds };
  }
  // "fine-tuned", "unit-tested", "hand-built": a listed word and a hyphen before a known form.
  const h = /^([a-z]+)-([a-z]{3,})$/.exec(w);
  if (h && prefixes.has(h[1]!)) {
    const tail = forms.get(h[2]!) ?? variants(h[2]!).map((v) => forms.get(v)).find(Boolean);
    if (tail) return { lemma: `${h[1]}-${tail.lemma}`, kinds: tail.kinds };
  }
  return undefined;
}

function prefixedPast(lemma: string, pasts: ReadonlyMap<string, string>): string | undefined {
  const m = /^(re|co|pre|de|un|over|under|out|cross|self|auto)(-?)(.+)$/.exec(lemma)!;
  const past = pasts.get(m[3]!);
  return past === undefined ? undefined : `${m[1]}${m[2]}${past}`;
}

let lexicon: VerbLexicon | undefined;

/** The verb lexicon of `keywords/verbs.json` (built on first use). */
export function verbLexicon(): VerbLexicon {
  lexicon ??= build(verbsData as unknown as VerbsFile);
  return lexicon;
}

/** The lexicon of another verbs file (tests, custom data). */
export function verbLexiconOf(file: VerbsFile): VerbLexicon {
  return build(file);
}
