import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../adapters/discord/answer-message.js';
import { embedLimitViolations } from '../adapters/discord/embed-limits.js';
import { renderAnswer } from '../adapters/slack/render-blocks.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus, MAX_QUESTION_LENGTH, renderPlain } from '../src/index.js';
import { expectEscaped, expectWithinSlackLimits } from './adapters/slack/slack-limits.js';

const engine = createCounterpoint(loadCorpus(defaultCorpusDir()));

/** Text built to hurt: any unicode, right-to-left and bidi overrides, emoji, markdown, mentions, control characters, 100 KB. */
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@&1>', '<#1>', '<!channel>', '<!here>', '<@U0123ABC>', '&amp;', '**bold**', '`code`', '```', '||spoiler||', '> quote', '# heading', '[link](http://x)', '\u202Eevil\u202C', '\u2066', '\u200F', 'مرحبا', 'שלום', '👩‍👩‍👧', '\u0000', '\u001b[31m', 'what do critics say?', 'supporters', 'Murphy', 'parents', 'Parkland', 'more', '\n', '\t', '   '),
        { maxLength: 14 },
      )
      .map((parts) => parts.join(' ')),
  },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), 'critics '.repeat(12_500), '@everyone '.repeat(10_000), '<!channel>'.repeat(10_000)) },
);

/** Mentions that would notify someone if a platform parsed them from our output. */
const PING = /@(everyone|here)\b|<!(channel|here|everyone)>|<@[!&]?\w+>/;

describe('hostile input through understanding, composition and all three renderers', () => {
  it('never throws, never pings anyone, never echoes a control or bidi character, and keeps every platform limit (10,000 inputs)', () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const answer = engine.ask(question);
        expect(answer.question).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
        expect(answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH + 1);

        const text = renderPlain(answer, { width: 80 });
        for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);

        const discord = answerMessage(answer, engine, question);
        expect(discord.allowedMentions).toEqual({ parse: [], repliedUser: false });
        expect(embedLimitViolations(discord.embeds)).toEqual([]);
        expect(discord.embeds[0]?.description?.split('\n')[0] ?? '').not.toMatch(/(?<!\\)@(everyone|here)|(?<!\\)<[@#]/);

        const slack = renderAnswer(answer);
        expectWithinSlackLimits(slack);
        expectEscaped(slack);
        expect(JSON.stringify(slack)).not.toMatch(PING);
      }),
      { numRuns: 10_000 },
    );
  });
});
