import fc from 'fast-check';
import type { Answer, AnswerSection, QuoteView, Side } from '../../../src/index.js';

/**
 * fast-check generators for the core's `Answer`, from ordinary to absurd, for the Slack renderer's property
 * tests: quotes of thousands of characters, dozens of quotes a side, and text full of Slack's control
 * sequences (`<!channel>`, `<@U…>`, `<url|label>`, `&amp;`) wherever the corpus or a user can put text.
 */

const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
const hostile = fc.constantFrom(
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U012ABCDEF>',
  '<#C012ABCDEF|general>',
  '<!subteam^S123|@editors>',
  '<https://evil.example|click me>',
  '&amp; &lt; &gt; &',
  '@channel @here',
  '*bold* _it_ ~s~ `code` >>>',
  '> quoted',
  '😀👍🏽 é ñ 中文 ‮rtl',
  '',
);
/** Words, with a hostile fragment now and then: `maxWords` words is up to a dozen characters each. */
export const prose = (maxWords: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: hostile }), { minLength: 1, maxLength: maxWords })
    .map((words) => words.join(' '));
/** Anything at all: random unicode, control characters, or a hostile fragment. */
const wild = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength, unit: 'grapheme' }), fc.string({ maxLength, unit: 'binary' }), hostile, prose(Math.ceil(maxLength / 8)));
const side: fc.Arbitrary<Side> = fc.constantFrom('for', 'against', 'mixed');
const nullable = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { nil: null });

export const quoteArbitrary: fc.Arbitrary<QuoteView> = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{1,20}$/),
  text: fc.oneof({ weight: 3, arbitrary: prose(60) }, { weight: 1, arbitrary: prose(900) }, { weight: 1, arbitrary: wild(4000) }),
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
      fc.oneof(
        fc.webUrl(),
        fc.constant(`https://example.com/${'&'.repeat(900)}`),
        fc.constant('https://e.com/a|b>c<d&e'),
        fc.constant('javascript:alert(1)'),
        fc.constant('slack://channel?id=C1'),
      ),
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
  sections: fc.array(sectionArbitrary, { minLength: 0, maxLength: 3 }),
  notice: nullable(fc.oneof(prose(20), wild(3000))),
  suggestions: fc.array(fc.oneof(prose(10), wild(300)), { maxLength: 8 }),
  followUps: fc.record({
    more: nullable(fc.stringMatching(/^[a-z0-9~,-]{1,90}$/)),
    otherSide: nullable(fc.stringMatching(/^[a-z0-9~,-]{1,90}$/)),
  }),
});
