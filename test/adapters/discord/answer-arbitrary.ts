import fc from 'fast-check';
import type { Answer, AnswerSection, QuoteView } from '../../../src/model/answer.js';
import type { Side } from '../../../src/model/corpus-schema.js';

/**
 * fast-check generators for the core's `Answer`, from ordinary to absurd (quotes of thousands of characters,
 * dozens of quotes per side, labels and names at and beyond the corpus schema's limits), for the property
 * tests of the Discord renderers. Quote words are letters only, so a test can find each quote's text again.
 */

const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
/** Sentences of letters and spaces; `maxWords` up to a few thousand characters. */
export const prose = (maxWords: number): fc.Arbitrary<string> =>
  fc.array(word, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));
/** Anything a user or a corpus might contain: markdown, mentions, unicode, control characters. */
const wild = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength, unit: 'grapheme' }),
    fc.string({ maxLength, unit: 'binary' }),
    fc.constantFrom('@everyone **bold** _it_ <@123> <#1> [x](https://e.com) # h', '> quote\n-# sub', ''),
  );
const side: fc.Arbitrary<Side> = fc.constantFrom('for', 'against', 'mixed');
const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

export const quoteArbitrary: fc.Arbitrary<QuoteView> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,20}$/),
  text: fc.oneof({ weight: 3, arbitrary: prose(60) }, { weight: 1, arbitrary: prose(900) }),
  pieces: fc.constant([]),
  kind: fc.constantFrom('direct', 'paraphrase'),
  speaker: fc.record({ id: fc.constant('s'), name: fc.oneof(prose(4), wild(300)), role: nullable(fc.oneof(prose(12), wild(400))) }),
  side,
  reviewed: fc.boolean(),
  source: fc.record({
    article: fc.constant('a'),
    title: nullable(wild(300)),
    outlet: nullable(fc.oneof(prose(3), wild(200))),
    date: nullable(fc.constant('2020-06-23')),
    url: nullable(
      fc.oneof(fc.webUrl(), fc.constant(`https://example.com/${'x'.repeat(1500)}`), fc.constant('https://e.com/a_(b)')),
    ),
  }),
});

const sectionArbitrary: fc.Arbitrary<AnswerSection> = fc.record({
  kind: fc.constantFrom('answer', 'counterpoint'),
  side,
  label: fc.oneof(prose(6), wild(300)),
  quotes: fc.array(quoteArbitrary, { minLength: 0, maxLength: 30 }),
  note: nullable(fc.oneof(prose(30), wild(2000))),
});

export const answerArbitrary: fc.Arbitrary<Answer> = fc.record({
  question: wild(6500),
  topic: nullable(fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,120}$/), question: fc.oneof(prose(12), wild(400)) })),
  intent: fc.constant({ side: null, speakers: [], groups: [], terms: [] }),
  sections: fc.array(sectionArbitrary, { minLength: 0, maxLength: 4 }),
  notice: nullable(fc.oneof(prose(20), wild(3000))),
  suggestions: fc.array(fc.oneof(prose(10), wild(300)), { maxLength: 8 }),
  followUps: fc.record({
    more: nullable(fc.stringMatching(/^[a-z0-9~,-]{1,90}$/)),
    otherSide: nullable(fc.stringMatching(/^[a-z0-9~,-]{1,90}$/)),
  }),
});
