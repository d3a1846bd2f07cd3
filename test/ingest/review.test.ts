import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-corpus.js';
import { CorpusFileSchema, type CorpusFile } from '../../src/model/corpus-schema.js';
import { acceptQuote, rejectQuote, removeArticle, reviewQueue, setQuoteSide, setQuoteSpeaker } from '../../src/ingest/review.js';

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

  it('accepts a quote with the pieces that carry it on, without touching anything else', () => {
    const after = acceptQuote(unreviewed(), 'skaggs-parkland');
    expect(reviewQueue(after).map((item) => item.id)).not.toContain('skaggs-parkland');
    // Its continuation is shown with it as one passage, so it is judged with it.
    expect(reviewQueue(after).map((item) => item.id)).not.toContain('skaggs-no-panacea');
    expect(reviewQueue(after)).toHaveLength((seed.articles[1]?.quotes.length ?? 0) - 2);
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

  it("sets a whole passage's side from any of its pieces, and a speaker's quotes from the speaker's id", () => {
    const passage = setQuoteSide(unreviewed(), 'skaggs-no-panacea', 'MIXED');
    for (const id of ['skaggs-parkland', 'skaggs-no-panacea']) expect(passage.articles[1]?.quotes.find((q) => q.id === id)).toMatchObject({ side: 'mixed', reviewed: true });
    const speaker = setQuoteSide(unreviewed(), 'chris-murphy', 'for');
    const murphys = speaker.articles.flatMap((article) => article.quotes).filter((q) => q.speaker === 'chris-murphy');
    expect(murphys.length).toBeGreaterThan(1);
    for (const quote of murphys) expect(quote).toMatchObject({ side: 'for', reviewed: true });
  });

  it('drops a speaker a reviewer has moved every quote away from, and the speakers only a removed article quoted', () => {
    const file = unreviewed();
    const foley = file.articles.flatMap((article) => article.quotes).filter((q) => q.speaker === 'brian-foley');
    expect(foley).toHaveLength(1);
    const moved = setQuoteSpeaker(file, foley[0]?.id ?? '', 'Chris Murphy');
    expect(moved.speakers.some((s) => s.id === 'brian-foley')).toBe(false);
    expect(() => buildCorpus(moved, readArticle)).not.toThrow();
    const removed = removeArticle(seed, seed.articles[1]?.id ?? '');
    const quoted = new Set(removed.articles.flatMap((article) => article.quotes.map((q) => q.speaker)));
    const members = new Set(removed.speakers.flatMap((s) => (s.organization === null ? [] : [s.organization])));
    for (const speaker of removed.speakers) expect(quoted.has(speaker.id) || members.has(speaker.id) || seed.articles[1]?.quotes.every((q) => q.speaker !== speaker.id)).toBe(true);
    expect(removed.speakers.length).toBeLessThan(seed.speakers.length);
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
