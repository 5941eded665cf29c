/**
 * How a bullet is written, read from compromise's tags and the verbs of
 * `keywords/verbs.json`: what it opens with (a verb, a gerund, a duty phrase,
 * a noun phrase, a figure, a label), its lead verb with its tense, and the
 * first passive it uses. Read once per resume, for every rule that asks.
 *
 * compromise alone mistags telegraphic bullets (it reads "Developed" and
 * "Increased" as adjectives, "Cut" and "Mentor" as nouns, and "Involvement"
 * as a verb after "I"), so its tags decide only what the verb list does not
 * know; noun phrases that start with a verb-like word are told by what
 * follows it ("Design of", "Lead engineer", "Research integrated into").
 */
import type { SegmentedResume } from "../types.js";
import { WORK_SECTIONS } from "../work-sections.js";
import { MAX_TAGGED_BULLETS, tagTexts, type TaggedTerm } from "./bullet-tags.js";
import { dutyPhraseAt } from "./duty-phrases.js";
import type { Nlp } from "./helpers.js";
import { verbLexicon, type KnownForm, type VerbLexicon } from "./verb-lexicon.js";

/** What a bullet opens with. */
export type OpeningKind = "verb" | "gerund" | "duty" | "noun-phrase" | "figure" | "label" | "none";

/** The form of a lead verb: past ("Led"), base ("Build"), third person ("Builds"), gerund ("Building"), or a verb whose base and past are spelled alike ("Cut"). */
export type VerbFormName = "past" | "base" | "third-person" | "gerund" | "same";

/** The verb a bullet opens with. */
export interface LeadVerb {
  /** As written ("Led"). */
  text: string;
  /** Dictionary form, lower case ("lead"). */
  lemma: string;
  form: VerbFormName;
  /** "past", "present", or null when the form does not say (a gerund; "Cut" with no other verb to tell). */
  tense: "past" | "present" | null;
  /** Offsets in the bullet's text. */
  start: number;
  end: number;
}

/** A span of the bullet's text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** What the writing rules know about one bullet. */
export interface BulletGrammar {
  opening: OpeningKind;
  /** The words that make the opening what it is ("Responsible for", "Working", "Involvement"); null for a verb, a figure, a label or nothing. */
  openingPhrase: Span | null;
  /** The lead verb (also of a duty phrase that is a verb: "Worked" in "Worked on"). */
  verb: LeadVerb | null;
  /** The first passive ("was rewritten", "Adopted by"), or null. */
  passive: Span | null;
}

/** Words that say the noun before them is a subject ("Phabricator is used..."). */
const AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "does", "did"]);
/** Forms of "be" and "get" that make a passive with a participle. */
const PASSIVE_AUX: ReadonlySet<string> = new Set(["am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting"]);
/** Words that may sit between the auxiliary and the participle ("were all managed", "is now used"). */
const INNER_WORDS: ReadonlySet<string> = new Set(["not", "also", "now", "then", "all", "both", "each", "already", "still", "later", "soon", "never", "always", "often", "since", "first", "fully"]);
/**
 * Participles after "be" that report recognition or a state, not an action
 * someone hid ("was promoted", "is based in", "was involved in": the last is
 * WEAK_OPENING's).
 */
const NOT_PASSIVE: ReadonlySet<string> = new Set([
  "promoted", "awarded", "selected", "recognized", "recognised", "nominated", "invited", "named", "chosen", "elected", "hired", "asked", "accepted", "admitted", "granted",
  "based", "located", "headquartered", "tasked", "involved", "interested", "focused", "focussed", "engaged", "excited", "experienced", "dedicated", "committed", "passionate", "skilled",
  "known", "expected", "required", "supposed", "certified", "licensed", "qualified", "married", "born",
]);
/** Singular role nouns that make a noun phrase of a verb-like word before them ("Lead engineer", "Support engineer"). */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "engineer", "developer", "architect", "lead", "manager", "member", "contributor", "maintainer", "owner", "consultant", "analyst", "specialist", "liaison", "scientist",
  "administrator", "designer", "tester", "intern", "programmer", "coordinator", "officer", "representative", "associate", "assistant", "advocate", "champion", "expert",
]);
/** Suffixes of derived nouns ("automation", "management", "quality"). */
const NOUN_SUFFIX = /(?:tion|sion|ment|ance|ence|ity|ness|ship|ism|ure|ing|age|ery)$/;
/** Month names: a line that starts with one and a year is a date range, not a bullet. */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Whether a term is a figure: "40%", "$1.2M", "2.2M", "Two" (not an ordinal word: "First point of contact"). */
function isFigure(t: TaggedTerm): boolean {
  return /^[\d$€£¥#~+]/.test(t.text) || t.tags.has("NumericValue") || (t.tags.has("Value") && !t.tags.has("Ordinal"));
}

/** Words that lead a figure ("Over 200 customers", "Nearly 3x", "More than 40%"). */
const FIGURE_LEADS: ReadonlySet<string> = new Set(["over", "nearly", "almost", "about", "around", "roughly", "approximately", "approx", "up", "more", "less", "fewer", "under", "above", "below", "than", "to", "some", "circa", "~"]);

/** Whether the opening at `i` is a figure, or quantity words before one. */
function opensWithFigure(terms: readonly TaggedTerm[], i: number): boolean {
  for (let j = i; j < Math.min(terms.length, i + 3); j++) {
    if (isFigure(terms[j]!)) return true;
    if (!FIGURE_LEADS.has(terms[j]!.normal)) return false;
  }
  return false;
}

function isAdverb(t: TaggedTerm, lex: VerbLexicon): boolean {
  if (lex.form(t.normal)) return false;
  return (t.tags.has("Adverb") && t.normal !== "not") || (/^[a-z]{4,}ly$/.test(t.normal) && !t.tags.has("Noun")) || t.normal === "also";
}

/** Terms that start at or after `from`. */
function termsFrom(terms: readonly TaggedTerm[], from: number): number {
  let i = 0;
  while (i < terms.length && terms[i]!.start < from) i++;
  return i;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The verb form name and tense of a known form; "same" when base and past are spelled alike. */
function formOf(known: KnownForm, word: string): { form: VerbFormName; tense: LeadVerb["tense"] } {
  const k = known.kinds;
  // "Cut", "Set": base and past alike. "Run" is base and participle: at the start of a bullet, the base.
  if (k.has("base") && k.has("past")) return { form: "same", tense: null };
  if (k.has("past") || (k.has("participle") && !k.has("base"))) return { form: "past", tense: "past" };
  if (k.has("third") && word.endsWith("s")) return { form: "third-person", tense: "present" };
  if (k.has("gerund")) return { form: "gerund", tense: null };
  return { form: "base", tense: "present" };
}

/** The form of a word the verb list does not know, from compromise's tags and its ending; null when it is not a verb. */
function formFromTags(t: TaggedTerm): { form: VerbFormName; tense: LeadVerb["tense"] } | null {
  const w = t.normal;
  if (t.tags.has("Gerund") && w.endsWith("ing")) return { form: "gerund", tense: null };
  if (/[a-z]{3,}ed$/.test(w)) return { form: "past", tense: "past" };
  if (!t.tags.has("Verb")) return null;
  if (NOUN_SUFFIX.test(w) && !w.endsWith("ing")) return null;
  if (t.tags.has("PastTense") || t.tags.has("Participle")) return { form: "past", tense: "past" };
  if (t.tags.has("PresentTense") && w.endsWith("s") && !t.tags.has("Infinitive")) return { form: "third-person", tense: "present" };
  return { form: "base", tense: "present" };
}

/** A lemma for a word the verb list does not know ("upskilled" → "upskill"). */
function guessLemma(w: string, form: VerbFormName): string {
  if (form === "past") {
    if (w.endsWith("ied")) return `${w.slice(0, -3)}y`;
    const stem = w.replace(/ed$/, "");
    if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
    if (/(?:at|iz|is|us|ur|v|c|g)$/.test(stem)) return `${stem}e`;
    return stem;
  }
  if (form === "gerund") return w.replace(/ing$/, "");
  if (form === "third-person") return w.replace(/(?:es|s)$/, "");
  return w;
}

/** Whether a term is a verb in a coordination after the lead ("Cut costs and reduced latency"): its tense, or null. */
function coordinatedTense(terms: readonly TaggedTerm[], from: number, lex: VerbLexicon): LeadVerb["tense"] {
  for (let i = from; i < Math.min(terms.length, from + 14); i++) {
    const prev = terms[i - 1]!;
    const t = terms[i]!;
    if (/[;.:]/.test(prev.post)) return null;
    const joined = prev.normal === "and" || prev.normal === "or" || prev.text === "&" || prev.post.includes(",");
    if (!joined) continue;
    const known = lex.form(t.normal);
    if (known) {
      const k = known.kinds;
      if (k.has("gerund")) continue;
      if ((k.has("past") || k.has("participle")) && !k.has("base")) return "past";
      if (k.has("base") && !k.has("past")) return "present";
      if (k.has("third") && t.normal.endsWith("s")) return "present";
      continue;
    }
    if (t.tags.has("Verb") && !t.tags.has("Gerund")) {
      if (t.tags.has("PastTense")) return "past";
      if (t.tags.has("Infinitive")) return "present";
    }
  }
  return null;
}

/** The first word at `i`, with a hyphenated second part joined ("Full-stack", "Hands-on"): [text, lower case, index after it]. */
function wordAt(terms: readonly TaggedTerm[], i: number, text: string): [string, string, number] {
  const t = terms[i]!;
  let end = t.end;
  let j = i + 1;
  while (j < terms.length && /^-$/.test(terms[j - 1]!.post) && terms[j]!.start === end + 1) {
    end = terms[j]!.end;
    j++;
  }
  const word = text.slice(t.start, end);
  return [word, word.toLowerCase().replace(/[’']s$/, ""), j];
}

/**
 * Whether a word the verb list knows as a base form is the head of a noun
 * phrase here: "Design of", "Design and implementation", "Lead engineer",
 * "Phabricator is", "Research integrated into", "Test automation for".
 */
function nounBeforeNext(terms: readonly TaggedTerm[], next: number, word: string, lex: VerbLexicon): boolean {
  const n1 = terms[next];
  if (!n1) return false;
  const w1 = n1.normal;
  const n2 = terms[next + 1];
  if (w1 === "of") return true;
  if (AUXILIARIES.has(w1)) return true;
  if ((w1 === "and" || w1 === "&") && n2 && NOUN_SUFFIX.test(n2.normal) && !n2.normal.endsWith("ing") && !lex.form(n2.normal)) return true;
  // "Lead engineer for", "Support engineer," (not "Manage developer relations").
  if (ROLE_NOUNS.has(w1) && !n1.tags.has("Plural") && (!n2 || /[,;:(]/.test(n1.post) || n2.tags.has("Preposition") || n2.tags.has("Conjunction"))) return true;
  const k1 = lex.form(w1);
  const pastNext = k1 ? (k1.kinds.has("past") || k1.kinds.has("participle")) && !k1.kinds.has("base") : n1.tags.has("PastTense") && /ed$/.test(w1);
  if (pastNext && n2 && (n2.tags.has("Preposition") || n2.tags.has("Determiner") || n2.tags.has("Value") || n2.tags.has("Adverb"))) return true;
  if (lex.isNounModifier(word)) {
    // "Test automation", "Project management"; "Code reviews", "Test runs"; "Support for", "Research on".
    if (NOUN_SUFFIX.test(w1) && !n1.tags.has("Plural") && (!k1 || (k1.kinds.has("gerund") && w1.endsWith("ing")))) return true;
    if (k1?.kinds.has("third") && w1.endsWith("s") && !k1.kinds.has("base")) return true;
    if (n1.tags.has("Preposition") && w1 !== "to" && w1 !== "up") return true;
    // "Design review chair", "Test plan for", "Code review of" (not "Design the", "Design, install...").
    if (k1?.kinds.has("base") && !k1.kinds.has("past") && !/\S/.test(terms[next - 1]!.post) && !(n2 && (n2.tags.has("Determiner") || n2.tags.has("Pronoun")))) return true;
  }
  return false;
}

/**
 * A verb made of a noun and a past form ("Laser cut and assembled...", "Unit
 * tested the API", "Peer reviewed 40 papers"): the past form followed by an
 * object or a joined verb, not by a preposition ("Research integrated into"
 * is a noun and its verb).
 */
function compoundVerb(terms: readonly TaggedTerm[], i: number, next: number, text: string, lex: VerbLexicon): Omit<BulletGrammar, "passive"> | null {
  const first = terms[i]!;
  const v = terms[next];
  const after = terms[next + 1];
  if (!v || !after || next !== i + 1 || /\S/.test(first.post) || !first.tags.has("Noun") || first.tags.has("Plural")) return null;
  const known = lex.form(v.normal);
  if (!known || !(known.kinds.has("past") || known.kinds.has("participle")) || known.kinds.has("gerund")) return null;
  if (after.tags.has("Preposition") || AUXILIARIES.has(after.normal)) return null;
  const joined = after.normal === "and" || v.post.includes(",");
  // "Laser cut and assembled" (not "AWS cost reduction": a verb spelled alike in both tenses needs a joined verb).
  if (known.kinds.has("base") && !joined) return null;
  if (!(joined || after.tags.has("Determiner") || after.tags.has("Value") || isFigure(after) || after.tags.has("Noun") || after.tags.has("Adjective"))) return null;
  const f = formOf(known, v.normal);
  const verb: LeadVerb = { text: text.slice(first.start, v.end), lemma: `${first.normal}-${known.lemma}`, ...f, start: first.start, end: v.end };
  return { opening: "verb", openingPhrase: null, verb: f.form === "same" ? { ...verb, tense: coordinatedTense(terms, next + 1, lex) } : verb };
}

/**
 * A label before a colon or a spaced dash in the first four terms from `i` ("Tools: Go, Kafka",
 * "Full-stack developer - Wrote..."): the opening of what follows, or "label"; undefined when there is no label.
 */
function readAfterLabel(text: string, terms: readonly TaggedTerm[], i: number, lex: VerbLexicon): Omit<BulletGrammar, "passive"> | undefined {
  for (let j = i; j < Math.min(terms.length, i + 4); j++) {
    if (/^\s*:/.test(terms[j]!.post) || /^\s+[-–—]\s+/.test(terms[j]!.post)) {
      // A heading of its own ("Movie Recommender System:").
      if (j === terms.length - 1) return { opening: "label", openingPhrase: null, verb: null };
      const rest = readOpening(text, terms.slice(j + 1), lex, 1);
      // "Tools: Go, Kafka" is a list, not the verb "Go".
      const list = rest.verb !== null && /^\s*,/.test(terms[termsFrom(terms, rest.verb.end) - 1]?.post ?? "");
      return !list && (rest.opening === "verb" || rest.opening === "duty" || rest.opening === "gerund") ? rest : { opening: "label", openingPhrase: null, verb: null };
    }
  }
  return undefined;
}

/** The opening of a bullet: see `BulletGrammar`. */
export function readOpening(text: string, terms: readonly TaggedTerm[], lex: VerbLexicon = verbLexicon(), depth = 0): Omit<BulletGrammar, "passive"> {
  const none = { opening: "none" as const, openingPhrase: null, verb: null };
  const m = /[\p{L}\p{N}$€£¥#~+]/u.exec(text);
  // Nothing to read, or a fragment that starts inside brackets ("(n log n)"): not a bullet's opening.
  if (!m || /^[\s]*[([{<]/.test(text)) return none;
  let i = termsFrom(terms, m.index);
  if (i >= terms.length) return none;
  if (opensWithFigure(terms, i)) return { opening: "figure", openingPhrase: null, verb: null };
  if (MONTH.test(terms[i]!.normal) && terms[i + 1] && /^\d{2,4}$/.test(terms[i + 1]!.text)) return none;
  // "I built...", "We migrated...": the pronoun is FIRST_PERSON's.
  if ((terms[i]!.text === "I" || /^we$/i.test(terms[i]!.text)) && terms[i + 1]) i++;
  for (let n = 0; n < 2 && i + 1 < terms.length && isAdverb(terms[i]!, lex); n++) i++;
  const first = terms[i]!;

  if (depth === 0 && !lex.form(first.normal)) {
    const afterLabel = readAfterLabel(text, terms, i, lex);
    if (afterLabel) return afterLabel;
  }

  const duty = dutyPhraseAt(text.slice(first.start));
  const [word, lower, next] = wordAt(terms, i, text);
  const known = lower.includes("-") ? lex.form(lower) : lex.form(first.normal) ?? lex.form(lower);

  let verb: LeadVerb | null = null;
  if (known) {
    const f = formOf(known, lower);
    verb = { text: word, lemma: known.lemma, ...f, start: first.start, end: first.start + word.length };
  } else if (!lower.includes("-")) {
    const f = formFromTags(first);
    if (f) verb = { text: word, lemma: guessLemma(lower, f.form), ...f, start: first.start, end: first.start + word.length };
  }
  if (lower === "was" || lower === "were") verb = { text: word, lemma: "be", form: "past", tense: "past", start: first.start, end: first.end };
  else if (lower === "am" || lower === "is" || lower === "are") verb = { text: word, lemma: "be", form: lower === "is" ? "third-person" : "base", tense: "present", start: first.start, end: first.end };

  if (duty) return { opening: "duty", openingPhrase: span(text, first.start, first.start + duty.length), verb };
  if (!verb) {
    const compound = compoundVerb(terms, i, next, text, lex);
    return compound ?? { opening: "noun-phrase", openingPhrase: span(text, first.start, first.start + word.length), verb: null };
  }

  // A verb-like word that heads a noun phrase here.
  const nextTerm = terms[next];
  if (lex.isAdjectival(lower) && nextTerm && !(nextTerm.tags.has("Determiner") || nextTerm.tags.has("Value") || nextTerm.tags.has("Pronoun") || nextTerm.tags.has("Possessive") || isFigure(nextTerm))) {
    return { opening: "noun-phrase", openingPhrase: span(text, first.start, verb.end), verb: null };
  }
  // "Mentor to 4 engineers", "Lead for the payments team": a person, not an action.
  if (verb.form === "base" && first.tags.has("Actor") && nextTerm && /^(?:to|for|of|at|on)$/.test(nextTerm.normal)) {
    return { opening: "noun-phrase", openingPhrase: span(text, first.start, verb.end), verb: null };
  }
  if ((verb.form === "base" || verb.form === "same" || verb.form === "third-person") && nounBeforeNext(terms, next, lower, lex)) {
    return { opening: "noun-phrase", openingPhrase: span(text, first.start, verb.end), verb: null };
  }
  if (verb.form === "third-person" && first.tags.has("Plural") && !known) {
    return { opening: "noun-phrase", openingPhrase: span(text, first.start, verb.end), verb: null };
  }
  if (verb.form === "gerund") return { opening: "gerund", openingPhrase: span(text, verb.start, verb.end), verb };
  if (verb.form === "same") verb = { ...verb, tense: coordinatedTense(terms, next, lex) };
  return { opening: "verb", openingPhrase: null, verb };
}

/** Whether a term is a past participle (regular "-ed", an irregular "written", or a verb spelled alike in all forms "split", "run"). */
function isParticiple(t: TaggedTerm, lex: VerbLexicon): boolean {
  const known = lex.form(t.normal);
  if (known) return known.kinds.has("participle");
  if (t.tags.has("Participle") || t.tags.has("Passive")) return true;
  return /[a-z]{2,}ed$/.test(t.normal) && (t.tags.has("Verb") || t.tags.has("Adjective"));
}

/** Whether the words after "by" name who did it ("by 3 teams", "by the SRE team"), not how or how much ("by 40%", "by caching", "by 2 hours", "by example"). */
function isAgent(agent: TaggedTerm, after: TaggedTerm | undefined): boolean {
  if (agent.tags.has("Gerund") || /^(?:example|hand|default|design|far|then|now|half|third|quarter|twice|double|triple|much|more|most|nearly|almost|over|up|about|around|roughly|approximately|orders|an?\s+order)$/.test(agent.normal)) return false;
  if (!isFigure(agent)) return true;
  if (!/^(?:\d[\d,]*\+?|[a-z]+)$/i.test(agent.text) || !after) return false;
  return !(after.tags.has("Unit") || after.tags.has("Date") || after.tags.has("Duration") || after.tags.has("Value") || /^(?:percent|per|times|fold|points?|x|ms|seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/.test(after.normal));
}

/**
 * The first passive of a bullet: a form of "be" or "get" (and up to two
 * words such as "now", "all", or an adverb) before a past participle, in any
 * clause ("was rewritten", "which is now used by"); or a bullet that opens
 * with a participle and "by" someone ("Adopted by 3 teams") or with a
 * participle that cannot be a past tense ("Rewritten in Rust"). A participle
 * after a noun ("APIs used by 3,000 merchants", "a team focused on
 * reliability") is not the passive voice.
 */
export function findPassive(text: string, terms: readonly TaggedTerm[], opening: Omit<BulletGrammar, "passive">, lex: VerbLexicon = verbLexicon()): Span | null {
  for (let i = 0; i < terms.length - 1; i++) {
    if (!PASSIVE_AUX.has(terms[i]!.normal)) continue;
    let j = i + 1;
    for (let n = 0; n < 2 && j < terms.length - 1 && (INNER_WORDS.has(terms[j]!.normal) || isAdverb(terms[j]!, lex)); n++) j++;
    const p = terms[j]!;
    if (NOT_PASSIVE.has(p.normal) || !isParticiple(p, lex)) continue;
    if (/^[\d$€£¥]/.test(p.text)) continue;
    return span(text, terms[i]!.start, p.end);
  }
  const v = opening.verb;
  if (opening.opening !== "verb" || !v || NOT_PASSIVE.has(v.text.toLowerCase())) return null;
  const known = lex.form(v.text.toLowerCase());
  // "Rewritten in Rust", "Written in Go": a participle that is never a past tense.
  if (known && known.kinds.has("participle") && !known.kinds.has("past") && !known.kinds.has("base")) return span(text, v.start, v.end);
  // "Adopted by 3 teams", "Used by 200 employees" (not "Reduced by 40%", not "Led by example").
  if (v.form === "past" || v.form === "same") {
    const k = termsFrom(terms, v.end);
    const by = terms[k];
    const agent = terms[k + 1];
    if (by && by.normal === "by" && agent && isAgent(agent, terms[k + 2])) return span(text, v.start, by.end);
  }
  return null;
}

/** The grammar of one bullet's text (tagged alone: for tests and single bullets; rules use `resumeGrammar`). */
export function bulletGrammar(nlp: Nlp, text: string, lex: VerbLexicon = verbLexicon()): BulletGrammar {
  const [terms] = tagTexts(nlp, [text]);
  return grammarOf(text, terms ?? [], lex);
}

/** The grammar of a bullet from its terms. */
export function grammarOf(text: string, terms: readonly TaggedTerm[], lex: VerbLexicon = verbLexicon()): BulletGrammar {
  if (terms.length === 0) return { opening: "none", openingPhrase: null, verb: null, passive: null };
  const opening = readOpening(text, terms, lex);
  return { ...opening, passive: findPassive(text, terms, opening, lex) };
}

const byResume = new WeakMap<SegmentedResume, ReadonlyArray<BulletGrammar | null>>();

/**
 * The grammar of every work bullet of a resume (Experience, Projects,
 * Volunteer), by bullet index; null for other bullets and past the first
 * `MAX_TAGGED_BULLETS`. Computed once per resume and shared by every rule.
 */
export function resumeGrammar(resume: SegmentedResume, nlp: Nlp): ReadonlyArray<BulletGrammar | null> {
  let out = byResume.get(resume);
  if (out) return out;
  const indexes: number[] = [];
  resume.bullets.forEach((b, i) => {
    if (WORK_SECTIONS.has(b.section) && b.text.trim() !== "" && indexes.length < MAX_TAGGED_BULLETS) indexes.push(i);
  });
  const texts = indexes.map((i) => resume.bullets[i]!.text.trim());
  const terms = tagTexts(nlp, texts);
  const lex = verbLexicon();
  const result: Array<BulletGrammar | null> = resume.bullets.map(() => null);
  indexes.forEach((bi, k) => {
    result[bi] = grammarOf(texts[k]!, terms[k]!, lex);
  });
  out = result;
  byResume.set(resume, out);
  return out;
}
