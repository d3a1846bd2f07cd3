import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS, decodeRequest } from '../../../adapters/slack/actions.js';
import type { SlackMessage } from '../../../adapters/slack/block-kit.js';
import { composeReply } from '../../../adapters/slack/compose-reply.js';
import { questionFromSlackText } from '../../../adapters/slack/incoming-text.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus, type Counterpoint } from '../../../src/index.js';
import { hostileCorpus } from './hostile-corpus.js';
import { expectEscaped, expectWithinSlackLimits } from './slack-limits.js';

let seeds: Counterpoint;
let hostile: Counterpoint;
beforeAll(async () => {
  seeds = createCounterpoint(await loadCorpus(defaultCorpusDir()));
  hostile = createCounterpoint(hostileCorpus());
});

/** What a user might type, as Slack would deliver it: mentions, broadcasts, markup, bidi, 100 KB pastes. */
const typed = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 700, unit: 'grapheme' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '<@U0123ABC>', '<@U1|ana>', '<#C1|desk>', '<https://e.example|x>', '&amp;', '&lt;', '@here', '*', '_', '```', '> ', '\u202E', '\u0000', 'critics', 'supporters', 'four-day', 'week', 'police', 'parents', 'Murphy', 'say', '?', ' ', '\n'),
        { maxLength: 60 },
      )
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), '<!channel> '.repeat(10_000), 'critics '.repeat(12_000)) },
);

function shareButton(message: SlackMessage): string | undefined {
  return message.blocks.flatMap((block) => (block.type === 'actions' ? block.elements : [])).find((button) => button.action_id === ACTION_IDS.share)?.value;
}

describe('composeReply with the real core', () => {
  it('keeps every Slack limit and escapes everything, for any question, its follow-ups and its share (property)', () => {
    fc.assert(
      fc.property(typed, fc.boolean(), (text, useHostile) => {
        const core = useHostile ? hostile : seeds;
        const question = questionFromSlackText(text);
        const reply = composeReply(core, { kind: 'ask', question }, { ephemeral: true });
        expectWithinSlackLimits(reply);
        expectEscaped(reply);
        const share = shareButton(reply);
        if (share !== undefined) expect(decodeRequest(share)).toEqual({ kind: 'ask', question });
        const answer = core.ask(question);
        for (const token of [answer.followUps.more, answer.followUps.otherSide]) {
          if (token === null) continue;
          const followUp = composeReply(core, { kind: 'followUp', token }, { ephemeral: false, sharedBy: 'U0REPORTER' });
          expectWithinSlackLimits(followUp);
          expectEscaped(followUp);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers a forged follow-up token or topic with a notice, not an error', () => {
    const forged = composeReply(seeds, { kind: 'followUp', token: '<!channel>' }, { ephemeral: true });
    expectEscaped(forged);
    expect(forged.text).toMatch(/ask the question again/);
    expectWithinSlackLimits(composeReply(seeds, { kind: 'sources', topic: 'no-such-topic' }, { ephemeral: true }));
  });
});
