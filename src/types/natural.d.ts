// natural has no per-file type declarations; we import only these modules by deep path.
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module "natural/lib/natural/tokenizers/regexp_tokenizer.js" {
  export class WordTokenizer {
    tokenize(text: string): string[];
  }
  export class RegexpTokenizer {
    constructor(options: { pattern: RegExp; gaps?: boolean });
    tokenize(text: string): string[];
  }
}
declare module "natural/lib/natural/tfidf/tfidf.js" {
  class TfIdf {
    addDocument(doc: string | string[], key?: unknown): void;
    tfidf(term: string | string[], index: number): number;
    listTerms(index: number): Array<{ term: string; tfidf: number; tf: number; idf: number }>;
    idf(term: string): number;
  }
  export default TfIdf;
}
