import { SIDES, type CorpusFile, type QuoteRecord, type Side, type Speaker } from '../model/corpus-schema.js';
import { findByName } from '../extract/known-speakers.js';
import { nameKey } from '../text/fold.js';
import { idleSpeakerIds } from '../model/idle-speakers.js';
import { passageHead } from '../model/passage-head.js';
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
  /** The speaker's name, and their id. */
  readonly speaker: string;
  readonly speakerId: string;
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
        speakerId: quote.speaker,
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

/**
 * The quote ids a review action names: a quote's id stands for its whole passage (the quote and the pieces that
 * carry it on, which are shown and judged as one); a speaker's id for every quote of theirs.
 */
export function reviewTargets(corpus: CorpusFile, id: string): string[] {
  if (corpus.speakers.some((speaker) => speaker.id === id) && !corpus.articles.some((article) => article.quotes.some((quote) => quote.id === id))) {
    return corpus.articles.flatMap((article) => article.quotes.filter((quote) => quote.speaker === id).map((quote) => quote.id));
  }
  const article = corpus.articles.find((candidate) => candidate.quotes.some((quote) => quote.id === id));
  if (article === undefined) return [id];
  const byId = new Map(article.quotes.map((quote) => [quote.id, quote]));
  const headOf = (quote: QuoteRecord): string => passageHead(quote, byId).id;
  const head = headOf(byId.get(id) as QuoteRecord);
  return article.quotes.filter((quote) => headOf(quote) === head).map((quote) => quote.id);
}

/** Marks a quote (its whole passage) as checked: span, speaker and side are right. */
export function acceptQuote(corpus: CorpusFile, id: string): CorpusFile {
  return reviewTargets(corpus, id).reduce((next, target) => update(next, target, (quote) => ({ ...quote, reviewed: true })), corpus);
}

/** Sets the side (for / against / mixed, any case) of a quote's whole passage, or of a speaker's quotes, and marks them reviewed. */
export function setQuoteSide(corpus: CorpusFile, id: string, side: string): CorpusFile {
  const wanted = side.toLowerCase();
  if (!(SIDES as readonly string[]).includes(wanted)) throw new ReviewError('REVIEW_BAD_SIDE', `side must be one of ${SIDES.join(', ')}, not "${side}"`);
  return reviewTargets(corpus, id).reduce((next, target) => update(next, target, (quote) => ({ ...quote, side: wanted as Side, reviewed: true, stanceBasis: 'set by a reviewer' })), corpus);
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
  const previous = corpus.articles.flatMap((article) => article.quotes).find((quote) => quote.id === id)?.speaker;
  const updated = { ...update(corpus, id, (quote) => ({ ...quote, speaker: speakerId })), speakers };
  return previous === undefined || previous === speakerId ? updated : withoutUnquoted(updated, [previous]);
}

/**
 * Drops the named speakers that no quote is left to and no one is a member of: a speaker the extractor invented
 * ("Old Mill Road"), once a reviewer has moved their quotes, must not linger to claim a question's words.
 */
function withoutUnquoted(corpus: CorpusFile, candidates: readonly string[]): CorpusFile {
  const idle = idleSpeakerIds(corpus.speakers, corpus.articles.flatMap((article) => article.quotes.map((quote) => quote.speaker)));
  const drop = new Set(candidates.filter((id) => idle.has(id)));
  return drop.size === 0 ? corpus : { ...corpus, speakers: corpus.speakers.filter((speaker) => !drop.has(speaker.id)) };
}

/** Removes a quote that is not a quotation at all (or not worth serving). */
export function rejectQuote(corpus: CorpusFile, id: string): CorpusFile {
  return update(corpus, id, () => null);
}

/**
 * Removes an article ingested by mistake, with its quotes, and the speakers only it quoted. Its text file stays on
 * disk, unnamed by corpus.json (harmless, like the texts of an interrupted ingest).
 */
export function removeArticle(corpus: CorpusFile, articleId: string): CorpusFile {
  const article = corpus.articles.find((candidate) => candidate.id === articleId);
  if (article === undefined) {
    throw new ReviewError('REVIEW_UNKNOWN_ARTICLE', `no article with id "${articleId}" (run "counterpoint check" or "review list" to see the ids)`);
  }
  const left = { ...corpus, articles: corpus.articles.filter((candidate) => candidate.id !== articleId) };
  return withoutUnquoted(left, [...new Set(article.quotes.map((quote) => quote.speaker))]);
}
