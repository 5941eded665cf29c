/**
 * The posting's other significant terms: words that are not catalog skills,
 * scored with TF-IDF (natural, deep import) against a background of generic
 * posting language, so "experience" or "team" never count while an unknown
 * product name said three times does.
 */
import TfIdf from "natural/lib/natural/tfidf/tfidf.js";
import background from "../../keywords/background/generic-postings.json" with { type: "json" };
import { stemWord, tokenize } from "../normalize/index.js";
import { STOP_WORDS } from "./stopwords.js";
import type { JobTerm } from "./types.js";
import { compareStrings } from "../util/compare.js";

/** Options of `significantTerms`. */
export interface TermOptions {
  /** Folded words that are never terms (catalog skill names and aliases). */
  exclude?: ReadonlySet<string>;
  /** Fewest mentions. Default 2. */
  minCount?: number;
  /** Lowest TF-IDF score. Default 6. */
  minScore?: number;
  /** Most terms returned. Default 15. */
  max?: number;
  /** Most background documents a term may appear in. Default 1: words generic postings use are never terms. */
  maxBackgroundDocs?: number;
}

interface Keyed {
  key: string;
  surface: string;
}

/** Word keys (Porter stems) of a text, each with its folded surface form; stop words, numbers and short words dropped. */
export function termKeys(text: string, exclude?: ReadonlySet<string>): Keyed[] {
  const out: Keyed[] = [];
  for (const t of tokenize(text)) {
    const f = t.folded.replace(/^[.'-]+|[.'-]+$/g, "").replace(/'s$/, "");
    if (f.length < 3 || f.length > 40) continue;
    if (!/^\p{L}[\p{L}\p{N}'-]*$/u.test(f)) continue;
    if (STOP_WORDS.has(f)) continue;
    if (exclude?.has(f)) continue;
    out.push({ key: stemWord(f), surface: f });
  }
  return out;
}

let backgroundKeys: string[][] | null = null;

function backgroundDocuments(): string[][] {
  if (backgroundKeys === null) {
    const docs = (background as { documents: string[] }).documents;
    backgroundKeys = docs.map((d) => termKeys(d).map((k) => k.key));
  }
  return backgroundKeys;
}

let backgroundDf: Map<string, number> | null = null;

/** In how many background documents each key appears. */
function backgroundFrequency(): Map<string, number> {
  if (backgroundDf === null) {
    backgroundDf = new Map();
    for (const doc of backgroundDocuments()) for (const k of new Set(doc)) backgroundDf.set(k, (backgroundDf.get(k) ?? 0) + 1);
  }
  return backgroundDf;
}

/**
 * The significant terms of `text`: TF-IDF of each word key in the posting
 * against the background documents, kept when said at least `minCount`
 * times and scored at least `minScore`; best first (score, then term).
 */
export function significantTerms(text: string, options: TermOptions = {}): JobTerm[] {
  const minCount = options.minCount ?? 2;
  const minScore = options.minScore ?? 6;
  const max = options.max ?? 15;
  const maxBg = options.maxBackgroundDocs ?? 1;
  const keyed = termKeys(text, options.exclude);
  if (keyed.length === 0) return [];
  const tfidf = new TfIdf();
  for (const doc of backgroundDocuments()) tfidf.addDocument(doc);
  const index = backgroundDocuments().length;
  const bgCount = backgroundFrequency();
  tfidf.addDocument(keyed.map((k) => k.key));

  const surfaces = new Map<string, Map<string, number>>();
  for (const k of keyed) {
    const m = surfaces.get(k.key) ?? new Map<string, number>();
    m.set(k.surface, (m.get(k.surface) ?? 0) + 1);
    surfaces.set(k.key, m);
  }
  const out: JobTerm[] = [];
  for (const { term, tf, tfidf: score } of tfidf.listTerms(index)) {
    if (tf < minCount || score < minScore || (bgCount.get(term) ?? 0) > maxBg) continue;
    const forms = [...(surfaces.get(term)?.entries() ?? [])].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
    const surface = forms[0]?.[0] ?? term;
    out.push({ term: surface, score: Math.round(score * 100) / 100, count: tf });
  }
  out.sort((a, b) => b.score - a.score || compareStrings(a.term, b.term));
  return out.slice(0, max);
}
