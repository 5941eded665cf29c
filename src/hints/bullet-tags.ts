/**
 * compromise's part-of-speech tags for bullets, cheaply and safely: each
 * bullet cut to 400 characters, bullets tagged together in batches of at most
 * 8,000 characters (one call per batch: compromise's cost is mostly per call),
 * and never the whole text (its tagger is super-linear on long inputs: 21 s on
 * 1 MB of numbers, ../shared/notes/hostile-input.md). A resume with more than
 * 400 work bullets has only its first 400 tagged.
 */
import type { Nlp } from "./helpers.js";

/** Characters of a bullet that are tagged (the rest is not read by the writing rules). */
export const MAX_TAGGED_CHARS = 400;
/** Characters tagged in one call. */
export const BATCH_CHARS = 8000;
/** Bullets tagged per resume. */
export const MAX_TAGGED_BULLETS = 400;

/** One word (or number, or symbol run) as compromise tags it, with its offsets in the bullet's text. */
export interface TaggedTerm {
  text: string;
  /** Lower case, punctuation removed; a contraction's implied word ("have" in "I've"). */
  normal: string;
  tags: ReadonlySet<string>;
  /** Offset of the first character in the bullet's text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** Punctuation and spaces after the word, as written. */
  post: string;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * The terms of each text, in order (an empty list for a text that could not
 * be tagged). Texts are cut to `MAX_TAGGED_CHARS`; their line breaks are read
 * as spaces (a blank line separates bullets in a batch).
 */
export function tagTexts(nlp: Nlp, texts: readonly string[]): TaggedTerm[][] {
  const out: TaggedTerm[][] = texts.map(() => []);
  let batch: number[] = [];
  let size = 0;
  const flush = (): void => {
    if (batch.length > 0) tagBatch(nlp, texts, batch, out);
    batch = [];
    size = 0;
  };
  texts.forEach((_, i) => {
    const n = Math.min(texts[i]!.length, MAX_TAGGED_CHARS) + 2;
    if (size + n > BATCH_CHARS) flush();
    batch.push(i);
    size += n;
  });
  flush();
  return out;
}

function tagBatch(nlp: Nlp, texts: readonly string[], batch: readonly number[], out: TaggedTerm[][]): void {
  const parts = batch.map((i) => texts[i]!.slice(0, MAX_TAGGED_CHARS).replace(/[\r\n\u2028\u2029]/g, " "));
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    starts.push(at);
    at += p.length + 2;
  }
  let doc;
  try {
    doc = nlp(parts.join("\n\n")).docs;
  } catch {
    return; // compromise failed on this batch: its bullets get no tags, so no writing hints
  }
  let offset = 0;
  let k = 0;
  for (const sentence of doc) {
    for (const term of sentence) {
      const start = offset + term.pre.length;
      offset = start + term.text.length + term.post.length;
      while (k + 1 < starts.length && start >= starts[k + 1]!) k++;
      const local = start - starts[k]!;
      const implicit = (term as { implicit?: string }).implicit;
      out[batch[k]!]!.push({
        text: term.text,
        normal: implicit ?? term.normal,
        tags: term.tags ?? NO_TAGS,
        start: local,
        end: local + term.text.length,
        post: term.post,
      });
    }
  }
}
