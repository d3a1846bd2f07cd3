import MiniSearch, { type AsPlainObject, type Options, type Query } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus, Quote } from '../model/corpus.js';
import { fold, stem } from '../text/fold.js';
import { typoAllowance } from '../text/edit-distance.js';
import { STOP_WORDS } from '../understand/english.js';
import { COMMON_TERM_RULE, topicTerms, type TopicTerms } from './common-terms.js';

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

/** MiniSearch's default cap on the edit distance of a fuzzy term; the term tables below apply the same. */
const MAX_FUZZY = 6;

/**
 * What `toJSON` writes: the MiniSearch index and, per topic, the terms its quotes contain and those too common
 * there to rank by. The rule is written too, so that changing it changes the snapshots' settings fingerprint.
 * The index is MiniSearch's `toJSON` without its postings, which are in `postings`, compactly (see `Postings`).
 */
interface SavedIndex {
  readonly terms: Record<string, string[]>;
  readonly common: Record<string, string[]>;
  readonly commonRule: typeof COMMON_TERM_RULE;
  readonly index: AsPlainObject;
  readonly postings: Postings;
}

/**
 * MiniSearch's postings as arrays: per term, per field id, document short ids and term frequencies alternating,
 * in the order MiniSearch's own `loadJS` would insert them. MiniSearch writes each as an object keyed by document
 * id, which `loadJS` turns into a `Map` key by key; at 100,000 quotes (1.5 million postings) parsing those objects
 * and converting them was 0.38 s of a 0.54 s snapshot load, arrays of numbers parse and load in a third of that.
 */
type Postings = Array<[string, Array<[number, number[]]>]>;

/** A term's postings as MiniSearch keeps them: field id → document short id → term frequency. */
type FieldPostings = Map<number, Map<number, number>>;

/** What `scores` found, and which of the terms it ranked by. */
export interface Relevance {
  /** Quote id → relevance, higher is better; quotes matching none of the ranked terms are absent. */
  readonly scores: Map<string, number>;
  /**
   * The terms (as asked) that were searched, in whole or in part: all but those whose words are all common in the
   * topic (see `common-terms.ts`), in order.
   */
  readonly ranked: readonly string[];
}

/**
 * Wraps MiniSearch over a corpus's quotes and returns our own types. Folding and stemming are those of
 * question understanding, so both meet on the same terms.
 *
 * Besides the MiniSearch index it keeps, per topic, the set of indexed terms as a radix tree (MiniSearch's own
 * `SearchableMap`), so that "does anything in this topic match this word?" and "is this stem in the corpus?",
 * asked for every word of every question, are term look-ups instead of full searches that score every quote.
 */
export class QuoteIndex {
  private readonly terms: ReadonlyMap<string, SearchableMap<true>>;
  private readonly common: ReadonlyMap<string, ReadonlySet<string>>;

  private constructor(
    private readonly search: MiniSearch<IndexedQuote>,
    topics: TopicTerms,
    private readonly quotes: readonly Quote[],
  ) {
    this.terms = termTrees(topics.terms);
    this.common = new Map(Object.entries(topics.common).map(([topic, list]) => [topic, new Set(list)]));
  }

  /** Each topic's quote ids, made on the topic's first search rather than at start-up. */
  private readonly idsByTopic = new Map<string, ReadonlySet<unknown>>();

  /** Indexes every quote of the corpus. */
  static build(corpus: Corpus): QuoteIndex {
    const search = new MiniSearch<IndexedQuote>({ ...OPTIONS, processTerm: memoized(OPTIONS.processTerm) });
    search.addAll(corpus.quotes.map((quote) => document(corpus, quote)));
    const plain = search.toJSON();
    const topicOf = new Map(Object.entries(plain.documentIds).map(([shortId, id]) => [shortId, corpus.quoteById.get(String(id))?.topic ?? '']));
    return new QuoteIndex(search, topicTerms(plain, topicOf), corpus.quotes);
  }

  /** Restores an index saved with `toJSON` for the same corpus (see `index-snapshot.ts`); throws on anything else. */
  static fromJSON(json: string, corpus: Corpus): QuoteIndex {
    const saved = JSON.parse(json) as Partial<SavedIndex> | null;
    if (typeof saved !== 'object' || saved === null || typeof saved.terms !== 'object' || typeof saved.common !== 'object' || typeof saved.index !== 'object' || !Array.isArray(saved.postings)) {
      throw new Error('QuoteIndex: not a saved quote index');
    }
    if (JSON.stringify(saved.commonRule) !== JSON.stringify(COMMON_TERM_RULE)) throw new Error('QuoteIndex: saved under another common-term rule');
    return new QuoteIndex(restoreMiniSearch({ index: saved.index, postings: saved.postings }), { terms: saved.terms, common: saved.common }, corpus.quotes);
  }

  /**
   * Whether the corpus's MiniSearch index, saved by `toJSON` and restored by `restoreMiniSearch`, serializes
   * (MiniSearch's own `toJSON`, postings and all, in its iteration order) exactly as the same index saved and
   * restored with MiniSearch's own `toJSON` and `loadJS`; see `restoreMiniSearch`.
   */
  static restoresExactly(corpus: Corpus): boolean {
    const built = QuoteIndex.build(corpus);
    try {
      const restored = restoreMiniSearch(JSON.parse(built.toJSON()) as SavedIndex);
      const ownWay = MiniSearch.loadJS<IndexedQuote>(JSON.parse(JSON.stringify(built.search)) as AsPlainObject, OPTIONS);
      return JSON.stringify(restored) === JSON.stringify(ownWay);
    } catch {
      return false;
    }
  }

  toJSON(): string {
    const terms = Object.fromEntries([...this.terms].map(([topic, tree]) => [topic, [...tree.keys()]]));
    const common = Object.fromEntries([...this.common].map(([topic, set]) => [topic, [...set]]));
    const { index, ...rest } = this.search.toJSON();
    const postings: Postings = index.map(([term, fields]) => [
      term,
      Object.entries(fields).map(([fieldId, freqs]): [number, number[]] => [Number(fieldId), Object.entries(freqs).flatMap(([shortId, freq]) => [Number(shortId), freq])]),
    ]);
    const saved: SavedIndex = { terms, common, commonRule: COMMON_TERM_RULE, index: { ...rest, index: [] }, postings };
    return JSON.stringify(saved);
  }

  /**
   * Whether any quote of the topic matches the word, allowing for typos: exactly what a MiniSearch search for
   * the word filtered to the topic would find, answered from the topic's term tree.
   */
  matchesWord(word: string, topic: string): boolean {
    const tree = this.terms.get(topic);
    if (tree === undefined) return false;
    return queryTerms(word).some((term, i, all) => {
      if (tree.has(term)) return true;
      const distance = fuzzyDistance(term, i, all);
      return distance > 0 && tree.fuzzyGet(term, distance).size > 0;
    });
  }

  /** Whether the stem occurs anywhere in the corpus exactly; used to tell typos from real words. */
  hasStem(wordStem: string): boolean {
    for (const token of OPTIONS.tokenize?.(wordStem) ?? [wordStem]) {
      if (token === '') continue;
      for (const tree of this.terms.values()) if (tree.has(token)) return true;
    }
    return false;
  }

  /**
   * Relevance of the topic's quotes to the terms, ranked by those of them (and of their synonyms' words) that
   * are not common in the topic. When every term is common, nothing is searched and `ranked` is empty.
   */
  scores(terms: readonly SearchTerm[], topic: string): Relevance {
    const scores = new Map<string, number>();
    const searched = this.rankable(terms, topic);
    const ranked = searched.map((term) => term.asked);
    if (searched.length === 0) return { scores, ranked };
    const query: Query = { combineWith: 'OR', queries: searched.flatMap((term) => [term.term, ...this.synonymQueries(term.synonyms)]) };
    // A document boost of 0 makes MiniSearch skip other topics' quotes before it builds a result for them; the
    // scores of this topic's quotes are those a filter on the results would leave.
    let ids = this.idsByTopic.get(topic);
    if (ids === undefined) this.idsByTopic.set(topic, (ids = new Set(this.quotes.filter((quote) => quote.topic === topic).map((quote) => quote.id))));
    const boostDocument = (id: unknown) => (ids.has(id) ? 1 : 0);
    for (const result of this.search.search(query, { boostDocument })) {
      scores.set(String(result.id), result.score);
    }
    return { scores, ranked };
  }

  /**
   * The sub-queries for a term's synonyms. A phrase must match as a whole (AND), one sub-query each. The one-word
   * synonyms all go in a single sub-query, each indexed term once with its weight times the number of synonyms
   * that stand for it ("cop" and "cops"): each scores as it would alone and the scores add up as separate
   * sub-queries' did, in another order (and three equal weights summed before multiplying), so a score can move
   * in its last bit and exact ties can swap; nothing else changes. Nine searches for a term with six synonyms were
   * most of a small corpus's answer time.
   */
  private synonymQueries(synonyms: readonly string[]): readonly Query[] {
    const key = synonyms.join('\u0000');
    let queries = this.synonymQueryMemory.get(key);
    if (queries === undefined) this.synonymQueryMemory.set(key, (queries = synonymQueries(synonyms)));
    return queries;
  }

  /** Synonym lists come from the corpus (less common words), never from users' text: the memory is bounded. */
  private readonly synonymQueryMemory = new Map<string, readonly Query[]>();

  /**
   * The terms with their common words taken out (a word counts as common when it, or a word it would match by
   * typo allowance, is common in the topic). A term whose own words are all common goes, synonyms and all: the
   * idea is everywhere in the topic. A synonym left with no words goes. Unchanged text stays the same string.
   */
  private rankable(terms: readonly SearchTerm[], topic: string): Array<SearchTerm & { readonly asked: string }> {
    const common = this.common.get(topic);
    if (common === undefined || common.size === 0) return terms.map((term) => ({ ...term, asked: term.term }));
    const tree = this.terms.get(topic);
    const isCommon = (term: string, i: number, all: string[]) => {
      if (common.has(term)) return true;
      const distance = fuzzyDistance(term, i, all);
      if (distance === 0 || tree === undefined) return false;
      for (const match of tree.fuzzyGet(term, distance).keys()) if (common.has(match)) return true;
      return false;
    };
    return terms.flatMap((term) => {
      const text = withoutCommon(term.term, isCommon, true);
      if (text === null) return [];
      const synonyms = term.synonyms.flatMap((synonym) => withoutCommon(synonym, (word) => common.has(word), false) ?? []);
      return [{ term: text, synonyms, asked: term.term }];
    });
  }
}

function synonymQueries(synonyms: readonly string[]): Query[] {
  const weights = new Map<string, number>();
  const words: string[] = [];
  const queries: Query[] = [];
  const phraseWeight = () => SYNONYM_WEIGHT;
  for (const synonym of synonyms) {
    const terms = queryTerms(synonym);
    const [term] = terms;
    if (terms.length > 1) queries.push({ queries: [synonym], combineWith: 'AND', boostTerm: phraseWeight, fuzzy: false });
    else if (term !== undefined) {
      if (!weights.has(term)) words.push(synonym);
      weights.set(term, (weights.get(term) ?? 0) + SYNONYM_WEIGHT);
    }
  }
  if (words.length > 0) queries.unshift({ queries: [words.join(' ')], combineWith: 'OR', boostTerm: (term) => weights.get(term) ?? 0, fuzzy: false });
  return queries;
}

/**
 * The MiniSearch index of a snapshot written by `QuoteIndex.toJSON` (exported for the benchmark's raw floor).
 * MiniSearch's `loadJS` restores everything but the postings, which go straight into its term tree: the one
 * place that reaches into MiniSearch's internals (`_index`, the tree `loadJS` itself fills). `snapshotsRoundTrip`
 * in `index-snapshot.ts` checks, once per process, that a probe index saved and restored this way serializes
 * exactly like the original (`QuoteIndex.restoresExactly`), so a MiniSearch that keeps postings elsewhere makes snapshots unused, never wrong.
 */
export function restoreMiniSearch(saved: Pick<SavedIndex, 'index' | 'postings'>): MiniSearch<IndexedQuote> {
  if (!Array.isArray(saved.postings) || !Array.isArray(saved.index.index) || saved.index.index.length > 0) throw new Error('QuoteIndex: no compact postings');
  const search = MiniSearch.loadJS<IndexedQuote>(saved.index, OPTIONS);
  const tree = (search as unknown as { _index: SearchableMap<FieldPostings> })._index;
  for (const [term, fields] of saved.postings) {
    if (typeof term !== 'string' || !Array.isArray(fields)) throw new Error('QuoteIndex: bad postings');
    const byField: FieldPostings = new Map();
    for (const [fieldId, list] of fields) {
      if (typeof fieldId !== 'number' || !Array.isArray(list) || list.length % 2 !== 0) throw new Error('QuoteIndex: bad postings');
      const freqs = new Map<number, number>();
      for (let i = 0; i < list.length; i += 2) freqs.set(list[i] as number, list[i + 1] as number);
      byField.set(fieldId, freqs);
    }
    tree.set(term, byField);
  }
  return search;
}

/**
 * `text` without the words whose indexed term is common: the same string when none is, the remaining words
 * otherwise (MiniSearch reads them exactly as it read them in `text`), null when no indexed word remains.
 */
function withoutCommon(text: string, isCommon: (term: string, i: number, all: string[]) => boolean, fuzzy: boolean): string | null {
  const process = OPTIONS.processTerm ?? ((term: string) => term);
  const tokens = (OPTIONS.tokenize?.(text) ?? [text]).map((token) => ({ token, term: process(token) || null }));
  const all = tokens.flatMap(({ term }) => (typeof term === 'string' ? [term] : []));
  let i = -1;
  const kept = tokens.filter(({ term }) => typeof term !== 'string' || !isCommon(term, (i += 1), fuzzy ? all : []));
  if (!kept.some(({ term }) => typeof term === 'string')) return null;
  return kept.length === tokens.length ? text : kept.map(({ token }) => token).join(' ');
}

/** The terms a search for `text` looks up, as MiniSearch derives them with the index's options. */
function queryTerms(text: string): string[] {
  const process = OPTIONS.processTerm ?? ((term: string) => term);
  return (OPTIONS.tokenize?.(text) ?? [text]).flatMap((token) => process(token) || []).filter((term): term is string => Boolean(term));
}

/** The edit distance MiniSearch allows a query term under the index's fuzzy setting (0: exact only). */
function fuzzyDistance(term: string, i: number, all: string[]): number {
  const setting = OPTIONS.searchOptions?.fuzzy;
  const fuzzy = typeof setting === 'function' ? setting(term, i, all) : (setting ?? false);
  if (fuzzy === false || fuzzy === 0 || fuzzy === null || fuzzy === undefined) return 0;
  const fraction = fuzzy === true ? 0.2 : fuzzy;
  return fraction < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fraction)) : fraction;
}

function termTrees(terms: Record<string, string[]>): Map<string, SearchableMap<true>> {
  const trees = new Map<string, SearchableMap<true>>();
  for (const [topic, list] of Object.entries(terms)) {
    const tree = new SearchableMap<true>();
    for (const term of list) tree.set(term, true);
    trees.set(topic, tree);
  }
  return trees;
}

/**
 * `processTerm` with a memory for the duration of a build: articles repeat their words, and stemming each
 * occurrence again is most of the indexing time. Same results as `process`; the memory is dropped at the first
 * search (MiniSearch passes no field name then), so it never grows with users' questions.
 */
function memoized(process: Options<IndexedQuote>['processTerm']): Options<IndexedQuote>['processTerm'] {
  if (process === undefined) return undefined;
  type Processed = ReturnType<typeof process>;
  let memory: Map<string, Map<string, Processed>> | null = new Map();
  return (term, field) => {
    if (field === undefined) memory = null;
    if (memory === null || field === undefined) return process(term, field);
    let forField = memory.get(field);
    if (forField === undefined) memory.set(field, (forField = new Map()));
    if (forField.has(term)) return forField.get(term);
    const processed = process(term, field);
    forField.set(term, processed);
    return processed;
  };
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
