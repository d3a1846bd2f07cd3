import { describe, expect, it } from 'vitest';
import { ACTION_IDS, decodeRequest } from '../../../adapters/slack/actions.js';
import { renderSources } from '../../../adapters/slack/render-sources.js';
import type { SourceSummary } from '../../../src/index.js';
import { expectEscaped, expectWithinSlackLimits } from './slack-limits.js';

const source = (index: number, overrides: Partial<SourceSummary> = {}): SourceSummary => ({
  article: `a${index}`,
  topic: 't',
  title: `Story ${index}`,
  outlet: 'The Courier',
  date: '2024-05-01',
  url: `https://courier.example/${index}`,
  quotes: 3,
  ...overrides,
});

describe('renderSources', () => {
  it('lists each article with a link, outlet, date and its number of quotes', () => {
    const message = renderSources([source(1), source(2, { url: null, date: null, quotes: 1 })]);
    expect(message.text).toBe('Sources: 2 articles');
    expect(JSON.stringify(message.blocks)).toContain('• <https://courier.example/1|Story 1> — The Courier, 2024-05-01 (3 quotes)');
    expect(JSON.stringify(message.blocks)).toContain('• _Story 2_ — The Courier, date not given (1 quote)');
  });

  it('escapes titles and outlets and refuses non-http links', () => {
    const message = renderSources([source(1, { title: '<!channel> & co', outlet: '<@U1>', url: 'javascript:alert(1)' })]);
    expectEscaped(message);
    expect(JSON.stringify(message)).not.toContain('javascript:');
  });

  it('stays within limits with hundreds of long entries, counting those left out', () => {
    const many = Array.from({ length: 400 }, (_, index) => source(index, { title: 'T'.repeat(300), url: `https://e.example/${'&'.repeat(150)}${index}` }));
    const message = renderSources(many);
    expectWithinSlackLimits(message);
    expectEscaped(message);
    const shown = (JSON.stringify(message).match(/• /g) ?? []).length;
    const hidden = Number(/(\d+) more articles did not fit/.exec(JSON.stringify(message))?.[1]);
    expect(shown + hidden).toBe(400);
  });

  it('offers Share in channel when the list was private', () => {
    const message = renderSources([source(1)], { share: { kind: 'sources', topic: 't' } });
    const share = message.blocks.flatMap((block) => (block.type === 'actions' ? block.elements : [])).find((button) => button.action_id === ACTION_IDS.share);
    expect(share && decodeRequest(share.value)).toEqual({ kind: 'sources', topic: 't' });
  });
});
