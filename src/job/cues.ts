/**
 * Required / preferred cues of a posting, read at the sentence level around
 * one skill mention ("must have", "5+ years", "nice to have", "is a plus").
 */

/** Which list a cue puts a skill in; "exclude" drops it ("we do not expect you to know React"). */
export type CueKind = "required" | "preferred" | "exclude";

/** How sure a cue is: explicit words ("must have", "bonus") beat soft ones ("strong", "familiarity with"). */
export type CueStrength = "explicit" | "soft";

/** A cue found around a mention. */
export interface FoundCue {
  kind: CueKind;
  strength: CueStrength;
  /** The cue as written in the posting, lower case. */
  text: string;
}

interface CueDef {
  kind: CueKind;
  strength: CueStrength;
  re: RegExp;
}

const d = (kind: CueKind, strength: CueStrength, source: string): CueDef => ({ kind, strength, re: new RegExp(source, "giu") });

/** Cues that govern the mentions after them, in their sentence. */
const PREFIX_CUES: readonly CueDef[] = [
  d("exclude", "explicit", String.raw`\b(?:do not|don't|doesn't|does not|won't|will not) (?:expect|need|require)\b|\bno need (?:to|for)\b|\bnot expected to\b`),
  d("preferred", "explicit", String.raw`\bnice[- ]to[- ]haves?\b|\bgood[- ]to[- ]haves?\b|\bbonus(?: points)?\b|\bpreferred\b|\bpreferably\b|\bideally\b|\bwould be (?:a )?(?:plus|bonus|great|nice|an advantage)\b|\ba (?:big |huge )?plus if\b|\bdesirable\b|\bdesired\b|\bextra credit\b|\boptional\b|\bnot required\b|\bwe'?d love\b|\beven better\b|^\s*plus\b`),
  d("required", "explicit", String.raw`\bmust[- ]haves?\b|\bmust\b|\brequired\b|\brequirements?\b|\bmandatory\b|\bessential\b|\bminimum\b|\bat least\b|(?<!\bif )\byou (?:have|bring|need|will need|'ll need|know|are)\b|(?<!\bif you )\bneed to\b`),
  d("preferred", "soft", String.raw`\bfamiliar(?:ity)? with\b|\bexposure to\b|\bsome (?:experience|knowledge|exposure)\b|\binterest in\b|\bcurious about\b|\bbasic (?:knowledge|understanding)\b`),
  d("required", "soft", String.raw`\b\d{1,2}(?:\s?\+)?\s?(?:(?:-|to)\s?\d{1,2}(?:\s?\+)?\s?)?years?\b|\bstrong\b|\bsolid\b|\bdeep\b|\bproven\b|\bextensive\b|\bproficien(?:cy|t)\b|\bexpert\b|\bhands[- ]on\b|\bin[- ]depth\b|\bthorough\b|\bcommand of\b|\byou should\b|\bcomfortable (?:with|in|on)\b`),
];

/** Cues that govern the mentions before them ("Kafka is a plus", "Go required"). */
const POSTFIX_CUES: readonly CueDef[] = [
  d("preferred", "explicit", String.raw`\b(?:is|are|would be)? ?(?:a|an) (?:big |huge |strong |real )?(?:plus|bonus|advantage)\b|\bnice[- ]to[- ]have\b|\bgood[- ]to[- ]have\b|\bpreferred\b|\bdesirable\b|\bnot required\b|\bhelpful\b|\bwelcome\b|\bappreciated\b|\boptional\b`),
  d("required", "explicit", String.raw`\brequired\b|\b(?:is|are) (?:a )?must\b|\bmandatory\b|\bessential\b|\bneeded\b`),
];

/** Characters read on each side of a mention: a cue further away is not about it (and hostile one-line input stays linear). */
const CUE_WINDOW = 160;

/** Words that close the scope of a cue inside a sentence. */
const SCOPE_BREAK = /\b(?:but|however|while|whereas|although|because|since|so that)\b/giu;

interface Hit {
  start: number;
  end: number;
  def: CueDef;
  text: string;
}

const hitCache = new Map<string, Hit[]>();

/** Cue hits of a sentence, cached (a bullet with five skills is read once). */
function hitsOf(text: string, defs: readonly CueDef[]): Hit[] {
  const key = `${defs === PREFIX_CUES ? "p" : "s"}|${text}`;
  const hit = hitCache.get(key);
  if (hit) return hit;
  const out = scanHits(text, defs);
  if (hitCache.size >= 512) hitCache.clear();
  hitCache.set(key, out);
  return out;
}

function scanHits(text: string, defs: readonly CueDef[]): Hit[] {
  const out: Hit[] = [];
  for (const def of defs) {
    def.re.lastIndex = 0;
    for (const m of text.matchAll(def.re)) {
      const t = m[0].trim();
      if (t === "") continue;
      const start = (m.index ?? 0) + m[0].indexOf(t);
      out.push({ start, end: start + t.length, def, text: t.toLowerCase() });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The sentence of `text` holding offset `at`: [start, end). Ends at . ! ? ; followed by a space, or the text's end. */
export function sentenceAround(text: string, at: number): [number, number] {
  let start = 0;
  const re = /[.!?;](?=\s|$)/g;
  let end = text.length;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    if (i < at) start = i + 1;
    else {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

function lastBreak(text: string, from: number, to: number): number {
  let at = -1;
  SCOPE_BREAK.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(SCOPE_BREAK)) at = from + (m.index ?? 0);
  return at;
}

/**
 * The cue that decides a mention at [start, end) of `text` (a line or
 * bullet): in its sentence, a postfix cue after the mention ("Kafka is a
 * plus") before any prefix cue; else the nearest explicit prefix cue before
 * it ("Bonus: strong Kafka" stays preferred); else the nearest soft cue
 * ("familiarity with", "strong"). A scope breaker
 * ("but", "while") between cue and mention cuts the cue off. Null when no
 * cue speaks, and the section decides.
 */
export function cueFor(text: string, start: number, end: number): FoundCue | null {
  const from = Math.max(0, start - CUE_WINDOW);
  const to = Math.min(text.length, end + CUE_WINDOW);
  const [s0, s1] = sentenceAround(text.slice(from, to), start - from);
  const sStart = from + s0;
  const sEnd = from + s1;
  const sentence = text.slice(sStart, sEnd);
  const ms = start - sStart;
  const me = end - sStart;

  const post = hitsOf(sentence, POSTFIX_CUES).filter((h) => h.start >= me);
  const preAll = hitsOf(sentence, PREFIX_CUES);
  const nextPrefix = preAll.find((h) => h.start >= me && h.def.kind !== "exclude");
  const firstPost = post[0];
  if (firstPost && (!nextPrefix || firstPost.start <= nextPrefix.start) && lastBreak(sentence, me, firstPost.start) < 0) {
    return { kind: firstPost.def.kind, strength: "explicit", text: firstPost.text };
  }
  const breakAt = lastBreak(sentence, 0, ms);
  const before = preAll.filter((h) => h.end <= ms && h.start > breakAt);
  // A postfix cue before the mention closes the cues before it ("Go is required, Kafka..."), unless it is itself a prefix cue.
  const closers = hitsOf(sentence, POSTFIX_CUES).filter((h) => h.end <= ms && !preAll.some((p) => p.start < h.end && h.start < p.end));
  const closedAt = closers.length > 0 ? closers[closers.length - 1].end : -1;
  const open = before.filter((h) => h.start >= closedAt);
  const explicit = open.filter((h) => h.def.strength === "explicit");
  const nearestExplicit = explicit[explicit.length - 1];
  if (nearestExplicit) return { kind: nearestExplicit.def.kind, strength: "explicit", text: nearestExplicit.text };
  const soft = open.filter((h) => h.def.strength === "soft");
  const nearestSoft = soft[soft.length - 1];
  if (nearestSoft) return { kind: nearestSoft.def.kind, strength: "soft", text: nearestSoft.text };
  return null;
}
