import { SIDES, type CorpusFile, type QuoteRecord, type Side, type Speaker } from '../model/corpus-schema.js';
import { findByName } from '../extract/known-speakers.js';
import { nameKey } from '../text/fold.js';
import { speakerIdFor } from './speaker-registry.js';

/**
 * Reviewing extracted quotes without editing JSON: list what awaits review, accept a quote, change its side or
 * its speaker, or reject it. Pure functions from a corpus file to a new one; the caller validates and writes.
 * Changing a side also marks the quote reviewed, since a person has now judged it; changing a speaker does not,
 * since the side still has to be judged.
 */

/** A quote awaiting review, with what a reviewer needs to judge it. */
export interface ReviewItem {
  readonly id: string;
  readonly article: string;
  readonly topic: string;
  readonly speaker: string;
  readonly side: Side;
  readonly kind: QuoteRecord['kind'];
  readonly text: string;
  readonly basis: string | null;
}

/** Thrown for a review action that names no such quote or an impossible value; `code` is stable. */
export class ReviewError extends Error {
  readonly code: 'REVIEW_UNKNOWN_QUOTE' | 'REVIEW_UNKNOWN_ARTICLE' | 'REVIEW_BAD_SIDE' | 'REVIEW_BAD_SPEAKER';
  constructor(code: ReviewError['code'], message: string) {
    super(message);
    this.name = 'ReviewError';
    this.code = code;
  }
}

/** Every unreviewed quote, in corpus order (article by article, in reading order). */
export function reviewQueue(corpus: CorpusFile): ReviewItem[] {
  const names = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));
  return corpus.articles.flatMap((article) =>
    article.quotes
      .filter((quote) => !quote.reviewed)
      .map((quote) => ({
        id: quote.id,
        article: article.id,
        topic: article.topic,
        speaker: names.get(quote.speaker) ?? quote.speaker,
        side: quote.side,
        kind: quote.kind,
        text: quote.text,
        basis: quote.stanceBasis,
      })),
  );
}

function update(corpus: CorpusFile, id: string, change: (quote: QuoteRecord) => QuoteRecord | null): CorpusFile {
  let found = false;
  const articles = corpus.articles.map((article) => {
    if (!article.quotes.some((quote) => quote.id === id)) return article;
    found = true;
    const quotes = article.quotes.flatMap((quote) => {
      if (quote.id !== id) return [quote];
      const next = change(quote);
      return next === null ? [] : [next];
    });
    // A removed quote's continuations stand alone now, and so does a piece whose speaker now differs from the
    // quote it carried on: one passage never joins two people's words.
    const byId = new Map(quotes.map((quote) => [quote.id, quote]));
    const carriesOn = (quote: QuoteRecord) => quote.continues !== null && byId.get(quote.continues)?.speaker === quote.speaker;
    return { ...article, quotes: quotes.map((quote) => (quote.continues === null || carriesOn(quote) ? quote : { ...quote, continues: null })) };
  });
  if (!found) throw new ReviewError('REVIEW_UNKNOWN_QUOTE', `no quote with id "${id}" (run "review list" to see the ids)`);
  return { ...corpus, articles };
}

/** Marks a quote as checked: span, speaker and side are right. */
export function acceptQuote(corpus: CorpusFile, id: string): CorpusFile {
  return update(corpus, id, (quote) => ({ ...quote, reviewed: true }));
}

/** Sets a quote's side (for / against / mixed) and marks it reviewed. */
export function setQuoteSide(corpus: CorpusFile, id: string, side: string): CorpusFile {
  if (!(SIDES as readonly string[]).includes(side)) throw new ReviewError('REVIEW_BAD_SIDE', `side must be one of ${SIDES.join(', ')}, not "${side}"`);
  return update(corpus, id, (quote) => ({ ...quote, side: side as Side, reviewed: true, stanceBasis: 'set by a reviewer' }));
}

/**
 * Sets a quote's speaker: an existing speaker id, a known name or alias, or a new name (added as a person).
 * Leaves the quote's review state as it was: its side was proposed for the old speaker, so a quote that awaited
 * review still does until someone accepts its side or sets one.
 */
export function setQuoteSpeaker(corpus: CorpusFile, id: string, speaker: string): CorpusFile {
  const wanted = speaker.trim();
  if (wanted === '' || wanted.length > 200) throw new ReviewError('REVIEW_BAD_SPEAKER', 'give a speaker id or a name (at most 200 characters)');
  const speakers = [...corpus.speakers];
  // "Halden" for "Halden Sports Group": the one known speaker whose name opens with the words given.
  const key = nameKey(wanted);
  const opening = speakers.filter((s) => nameKey(s.name).startsWith(`${key} `));
  const speakerId = speakers.some((s) => s.id === wanted) ? wanted : opening.length === 1 && findByName(wanted, speakers) === undefined ? (opening[0] as Speaker).id : speakerIdFor(speakers, wanted, null, 'person');
  return { ...update(corpus, id, (quote) => ({ ...quote, speaker: speakerId })), speakers };
}

/** Removes a quote that is not a quotation at all (or not worth serving). */
export function rejectQuote(corpus: CorpusFile, id: string): CorpusFile {
  return update(corpus, id, () => null);
}

/**
 * Removes an article ingested by mistake, with its quotes. Its text file stays on disk, unnamed by corpus.json
 * (harmless, like the texts of an interrupted ingest); speakers it introduced stay too, with no quotes.
 */
export function removeArticle(corpus: CorpusFile, articleId: string): CorpusFile {
  if (!corpus.articles.some((article) => article.id === articleId)) {
    throw new ReviewError('REVIEW_UNKNOWN_ARTICLE', `no article with id "${articleId}" (run "counterpoint check" or "review list" to see the ids)`);
  }
  return { ...corpus, articles: corpus.articles.filter((article) => article.id !== articleId) };
}
