import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedLimitViolations } from '../../../adapters/discord/embed-limits.js';
import { renderSourcesEmbed } from '../../../adapters/discord/render-sources.js';
import type { SourceSummary } from '../../../src/index.js';

const source = (overrides: Partial<SourceSummary> = {}): SourceSummary => ({
  article: 'a1',
  topic: 't',
  title: 'Bill would remove police from schools',
  outlet: 'Example News',
  date: '2020-06-23',
  url: 'https://example.com/a',
  quotes: 3,
  ...overrides,
});

describe('renderSourcesEmbed', () => {
  it('lists each article with title, outlet, date, link and quote count', () => {
    expect(renderSourcesEmbed([source()], 'c').description).toBe(
      '• **Bill would remove police from schools** · Example News, 2020-06-23 · [link](https://example.com/a) · 3 quotes',
    );
  });

  it('stays within the limits for any number of sources, saying how many more there are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: fc.option(fc.string({ maxLength: 400 }), { nil: null }), outlet: fc.option(fc.string({ maxLength: 200 }), { nil: null }) }), { maxLength: 200 }),
        (parts) => {
          const embed = renderSourcesEmbed(parts.map((part) => source(part)), 'corpus');
          expect(embedLimitViolations([embed])).toEqual([]);
          if (parts.length > 0) expect(embed.description?.split('\n').length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 50 },
    );
  });
});
