import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-corpus.js';
import { CorpusFileSchema, type CorpusFile } from '../../src/model/corpus-schema.js';
import { acceptQuote, rejectQuote, reviewQueue, setQuoteSide, setQuoteSpeaker } from '../../src/ingest/review.js';

const seedDir = new URL('../../corpus/', import.meta.url);
const seed = CorpusFileSchema.parse(JSON.parse(readFileSync(new URL('corpus.json', seedDir), 'utf8')));
const readArticle = (file: string) => readFileSync(new URL(file, seedDir), 'utf8');

/** The seed corpus with its second article's quotes unreviewed, as an ingest would leave them. */
function unreviewed(): CorpusFile {
  return { ...seed, articles: seed.articles.map((article, index) => (index === 1 ? { ...article, quotes: article.quotes.map((quote) => ({ ...quote, reviewed: false })) } : article)) };
}

describe('review', () => {
  it('lists exactly the unreviewed quotes, with speaker names and the basis of their side', () => {
    const queue = reviewQueue(unreviewed());
    expect(queue.map((item) => item.id)).toEqual(seed.articles[1]?.quotes.map((quote) => quote.id));
    expect(queue[0]?.speaker).toBe('Chris Murphy');
    expect(reviewQueue(seed)).toEqual([]);
  });

  it('accepts a quote without touching anything else', () => {
    const after = acceptQuote(unreviewed(), 'skaggs-parkland');
    expect(reviewQueue(after).map((item) => item.id)).not.toContain('skaggs-parkland');
    expect(reviewQueue(after)).toHaveLength((seed.articles[1]?.quotes.length ?? 0) - 1);
    expect(() => buildCorpus(after, readArticle)).not.toThrow();
  });

  it('changes a side and marks the quote reviewed', () => {
    const after = setQuoteSide(unreviewed(), 'canady-tremendous-impact', 'mixed');
    const quote = after.articles[1]?.quotes.find((q) => q.id === 'canady-tremendous-impact');
    expect(quote).toMatchObject({ side: 'mixed', reviewed: true, stanceBasis: 'set by a reviewer' });
    expect(() => setQuoteSide(unreviewed(), 'canady-tremendous-impact', 'sideways')).toThrow(/for, against, mixed/);
  });

  it('changes a speaker to a known one by name or alias, or to a new person', () => {
    const known = setQuoteSpeaker(unreviewed(), 'skaggs-services', 'Sen. Murphy');
    expect(known.articles[1]?.quotes.find((q) => q.id === 'skaggs-services')?.speaker).toBe('chris-murphy');
    const added = setQuoteSpeaker(unreviewed(), 'skaggs-services', 'Robin Ortiz');
    expect(added.speakers.find((s) => s.name === 'Robin Ortiz')?.aliases).toContain('Ortiz');
    expect(() => buildCorpus(added, readArticle)).not.toThrow();
  });

  it("keeps a changed speaker's quote unreviewed, and splits a passage that would join two people's words", () => {
    const before = unreviewed().articles[1]?.quotes.find((q) => q.id === 'skaggs-no-panacea');
    expect(before?.continues).toBe('skaggs-parkland');
    const after = setQuoteSpeaker(unreviewed(), 'skaggs-no-panacea', 'Robin Ortiz');
    const moved = after.articles[1]?.quotes.find((q) => q.id === 'skaggs-no-panacea');
    expect(moved).toMatchObject({ reviewed: false, continues: null });
    expect(after.speakers.find((s) => s.id === moved?.speaker)?.name).toBe('Robin Ortiz');
    expect(() => buildCorpus(after, readArticle)).not.toThrow();
  });

  it('takes the first words of a known name for that speaker, when only one name opens so', () => {
    const after = setQuoteSpeaker(unreviewed(), 'skaggs-services', 'Giffords Law');
    expect(after.articles[1]?.quotes.find((q) => q.id === 'skaggs-services')?.speaker).toBe('giffords-law-center');
    expect(after.speakers).toHaveLength(seed.speakers.length);
  });

  it("sets several quotes' sides in turn, each marked reviewed", () => {
    const ids = ['skaggs-parkland', 'skaggs-no-panacea'];
    const after = ids.reduce((corpus, id) => setQuoteSide(corpus, id, 'against'), unreviewed());
    for (const id of ids) expect(after.articles[1]?.quotes.find((q) => q.id === id)).toMatchObject({ side: 'against', reviewed: true });
  });

  it('rejects a quote and lets its continuations stand alone', () => {
    const after = rejectQuote(unreviewed(), 'skaggs-parkland');
    const quotes = after.articles[1]?.quotes ?? [];
    expect(quotes.map((q) => q.id)).not.toContain('skaggs-parkland');
    expect(quotes.find((q) => q.id === 'skaggs-no-panacea')?.continues).toBeNull();
    expect(() => buildCorpus(after, readArticle)).not.toThrow();
  });

  it('names the unknown id', () => {
    expect(() => acceptQuote(seed, 'no-such-quote')).toThrow(/no quote with id "no-such-quote"/);
  });
});
