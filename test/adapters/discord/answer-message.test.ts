import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerMessage } from '../../../adapters/discord/answer-message.js';
import { embedLimitViolations } from '../../../adapters/discord/embed-limits.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus, type Counterpoint } from '../../../src/index.js';

let engine: Counterpoint;
beforeAll(async () => {
  engine = createCounterpoint(await loadCorpus(defaultCorpusDir()));
});

const hostile = fc.oneof(
  fc.string({ maxLength: 700, unit: 'grapheme' }),
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc
    .array(fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@&1>', '<#1>', '**', '__', '`', '```', '||', '> ', '# ', '-# ', '[x](https://e.x)', '\u202E', '\u0000', 'critics', 'parents', 'police', 'say', '?', ' ', '\n'), { maxLength: 60 })
    .map((parts) => parts.join('')),
);

describe('answerMessage with the real core', () => {
  it('keeps every limit, pings no one and shows what was typed escaped, whatever is asked', () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const message = answerMessage(engine.ask(question), engine, question);
        expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
        expect(embedLimitViolations(message.embeds)).toEqual([]);
        const echo = message.embeds[0]?.description?.split('\n')[0] ?? '';
        expect(echo).not.toMatch(/@(everyone|here)/);
        expect(echo).not.toMatch(/(?<!\\)<[@#]/);
        expect(echo).not.toMatch(/[\u202A-\u202E\u0000-\u0008]/);
        for (const row of message.components) for (const button of row.components) expect('custom_id' in button ? button.custom_id.length : 0).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });
});
