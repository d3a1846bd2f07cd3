import { describe, expect, it } from 'vitest';
import { questionFromMention, questionFromSlackText } from '../../../adapters/slack/incoming-text.js';

describe('questionFromSlackText', () => {
  it.each([
    ['what do SRO supporters say?', 'what do SRO supporters say?'],
    ['parents &amp; teachers &lt;3', 'parents & teachers <3'],
    ['ask <@U123ABC|maria> about it', 'ask @maria about it'],
    ['ask <@U123ABC> about it', 'ask @U123ABC about it'],
    ['in <#C123|newsroom>', 'in #newsroom'],
    ['<!channel> what do critics say', '@channel what do critics say'],
    ['<!subteam^S1|@editors> and <!subteam^S2>', '@editors and @group'],
    ['see <https://example.com/a?b=1&amp;c=2|the story> and <https://x.example>', 'see the story and https://x.example'],
    ['&amp;lt;', '&lt;'],
  ])('turns %j into %j', (text, question) => {
    expect(questionFromSlackText(text)).toBe(question);
  });
});

describe('questionFromMention', () => {
  it('drops the mention of this bot wherever it is', () => {
    expect(questionFromMention('<@UBOT> what do critics say?', 'UBOT')).toBe('what do critics say?');
    expect(questionFromMention('hey <@UBOT|counterpoint>, what do parents say?', 'UBOT')).toBe('hey , what do parents say?');
  });

  it('keeps other people mentioned in the question', () => {
    expect(questionFromMention('<@UBOT> what does <@U999|ana> think', 'UBOT')).toBe('what does @ana think');
  });

  it('drops a leading mention when the bot id is not known', () => {
    expect(questionFromMention('<@UBOT> what do critics say?', undefined)).toBe('what do critics say?');
  });
});
