import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusFileSchema } from '../../src/model/corpus-schema.js';
import { extractQuotes } from '../../src/extract/extract-quotes.js';

const corpus = CorpusFileSchema.parse(JSON.parse(readFileSync(new URL('../../corpus/corpus.json', import.meta.url), 'utf8')));
const speakerName = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));

describe('extractQuotes on the seed articles', () => {
  for (const article of corpus.articles) {
    const body = readFileSync(new URL(`../../corpus/${article.file}`, import.meta.url), 'utf8');
    const expected = article.quotes.filter((quote) => quote.kind === 'direct');

    it(`reproduces every reviewed direct quote of ${article.id}: span, speaker and continuation`, () => {
      const quotes = extractQuotes(body);
      const direct = quotes.filter((quote) => quote.kind === 'direct');
      const startOf = new Map(article.quotes.map((quote) => [quote.id, quote.start]));
      expect(direct.map((quote) => ({ start: quote.start, end: quote.end, text: quote.text, speaker: quote.speaker, continues: quote.continues === undefined ? null : quotes[quote.continues]?.start }))).toEqual(
        expected.map((quote) => ({
          start: quote.start,
          end: quote.end,
          text: quote.text,
          speaker: speakerName.get(quote.speaker),
          continues: quote.continues === null ? null : startOf.get(quote.continues),
        })),
      );
    });

    it(`keeps body.slice(start, end) === text for everything it proposes in ${article.id}`, () => {
      for (const quote of extractQuotes(body)) expect(body.slice(quote.start, quote.end)).toBe(quote.text);
    });

    it(`maps names to the corpus's known speakers in ${article.id}`, () => {
      const direct = extractQuotes(body, { knownSpeakers: corpus.speakers }).filter((quote) => quote.kind === 'direct');
      expect(direct.map((quote) => quote.speaker)).toEqual(expected.map((quote) => speakerName.get(quote.speaker)));
    });
  }
});
