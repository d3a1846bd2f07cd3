import type { Article, CorpusFile, Group, QuoteRecord, Speaker, Topic } from './corpus-schema.js';

/** An article with its verbatim text, as loaded and verified. */
export interface LoadedArticle extends Omit<Article, 'quotes'> {
  /** The article text; every quote's offsets index into it. */
  readonly body: string;
}

/** A quote with the article and topic it belongs to, and its position among that article's quotes. */
export interface Quote extends QuoteRecord {
  readonly article: string;
  readonly topic: string;
  /** Order within the article (0-based), used to show continuations in reading order. */
  readonly order: number;
}

/**
 * A verified, read-only corpus. Built only by `buildCorpus` (pure) or `loadCorpus` (from disk), both of which
 * refuse anything inconsistent, so code holding a `Corpus` may trust every reference and offset in it.
 */
export interface Corpus {
  readonly name: string;
  readonly settings: CorpusFile['settings'];
  readonly topics: readonly Topic[];
  readonly groups: readonly Group[];
  readonly speakers: readonly Speaker[];
  readonly articles: readonly LoadedArticle[];
  readonly quotes: readonly Quote[];
  readonly topicById: ReadonlyMap<string, Topic>;
  readonly groupById: ReadonlyMap<string, Group>;
  readonly speakerById: ReadonlyMap<string, Speaker>;
  readonly articleById: ReadonlyMap<string, LoadedArticle>;
  readonly quoteById: ReadonlyMap<string, Quote>;
  /** SHA-256 over corpus.json and every article text: changes whenever anything an answer depends on does. */
  readonly hash: string;
}
