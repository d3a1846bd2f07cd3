import MiniSearch, { type Options, type Query } from 'minisearch';
import type { Corpus, Quote } from '../model/corpus.js';
import { fold, stem } from '../text/fold.js';
import { typoAllowance } from '../text/edit-distance.js';
import { STOP_WORDS } from '../understand/english.js';

/** One term of a search and the words that may stand for it ("sro" → "school resource officer"). */
export interface SearchTerm {
  readonly term: string;
  /** Synonyms, each a word or a phrase; they score a little below the term itself. */
  readonly synonyms: readonly string[];
}

interface IndexedQuote {
  readonly id: string;
  readonly text: string;
  readonly speaker: string;
  readonly role: string;
}

/**
 * Every MiniSearch setting the index uses, in one place: the snapshot must be loaded with the same ones.
 * Exported (not from the package) only for benchmarks that compare with raw MiniSearch on the same index.
 */
export const OPTIONS: Options<IndexedQuote> = {
  fields: ['text', 'speaker', 'role'],
  storeFields: [],
  tokenize: (text) => text.split(/[^\p{L}\p{N}'’]+/u),
  processTerm: (term) => {
    const word = fold(term).replace(/'(s|re|ve|ll|d|m)$/u, '').replace(/^'+|'+$/g, '');
    if (word.length < 2 || STOP_WORDS.has(word)) return null;
    return stem(word);
  },
  searchOptions: {
    boost: { text: 2, speaker: 1.5, role: 1 },
    fuzzy: (term) => (typoAllowance(term) > 0 ? 0.2 : false),
    combineWith: 'OR',
  },
};

/** Weight of a synonym match relative to the word asked. */
const SYNONYM_WEIGHT = 0.6;

/**
 * Wraps MiniSearch over a corpus's quotes and returns our own types. Folding and stemming are those of
 * question understanding, so both meet on the same terms.
 */
export class QuoteIndex {
  private constructor(
    private readonly search: MiniSearch<IndexedQuote>,
    private readonly quotes: ReadonlyMap<string, Quote>,
  ) {}

  /** Indexes every quote of the corpus. */
  static build(corpus: Corpus): QuoteIndex {
    const search = new MiniSearch<IndexedQuote>(OPTIONS);
    search.addAll(corpus.quotes.map((quote) => document(corpus, quote)));
    return new QuoteIndex(search, corpus.quoteById);
  }

  /** Restores an index saved with `toJSON` for the same corpus (see `index-snapshot.ts`). */
  static fromJSON(json: string, corpus: Corpus): QuoteIndex {
    return new QuoteIndex(MiniSearch.loadJSON<IndexedQuote>(json, OPTIONS), corpus.quoteById);
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  /** Whether any quote of the topic matches the word, allowing for typos. */
  matchesWord(word: string, topic: string): boolean {
    return this.search.search(word, { filter: (result) => this.quotes.get(String(result.id))?.topic === topic }).length > 0;
  }

  /** Whether the stem occurs anywhere in the corpus exactly; used to tell typos from real words. */
  hasStem(wordStem: string): boolean {
    return this.search.search(wordStem, { fuzzy: false, prefix: false, processTerm: (term) => term }).length > 0;
  }

  /**
   * Relevance of the topic's quotes to the terms: quote id → score, higher is better. Quotes matching none
   * of the terms are absent.
   */
  scores(terms: readonly SearchTerm[], topic: string): Map<string, number> {
    const scores = new Map<string, number>();
    if (terms.length === 0) return scores;
    const query: Query = {
      combineWith: 'OR',
      queries: terms.flatMap((term) => [
        term.term,
        ...term.synonyms.map((synonym): Query => ({ queries: [synonym], combineWith: 'AND', boostTerm: () => SYNONYM_WEIGHT, fuzzy: false })),
      ]),
    };
    for (const result of this.search.search(query, { filter: (r) => this.quotes.get(String(r.id))?.topic === topic })) {
      scores.set(String(result.id), result.score);
    }
    return scores;
  }
}

function document(corpus: Corpus, quote: Quote): IndexedQuote {
  const speaker = corpus.speakerById.get(quote.speaker);
  const organization = speaker?.organization ? corpus.speakerById.get(speaker.organization) : undefined;
  return {
    id: quote.id,
    text: quote.text,
    speaker: [speaker?.name, ...(speaker?.aliases ?? [])].filter(Boolean).join(' '),
    role: [speaker?.role, organization?.name].filter(Boolean).join(' '),
  };
}
