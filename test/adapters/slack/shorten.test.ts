import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitEscaped } from '../../../adapters/slack/shorten.js';
import { unescapeMrkdwn } from './slack-limits.js';

describe('fitEscaped', () => {
  it('escapes and keeps text that fits', () => {
    expect(fitEscaped('a < b & c', 100)).toEqual({ text: 'a &lt; b &amp; c', shortened: false });
  });

  it('cuts at the last word boundary that fits, measured after escaping, and marks the cut', () => {
    expect(fitEscaped('one two three four', 12)).toEqual({ text: 'one two…', shortened: true });
    expect(fitEscaped('a & b & c & d', 12)).toEqual({ text: 'a &amp; b…', shortened: true });
  });

  it('cuts a single very long word where it must rather than dropping it', () => {
    expect(fitEscaped('x'.repeat(50), 10)).toEqual({ text: `${'x'.repeat(9)}…`, shortened: true });
  });

  it('never splits an escape sequence or a surrogate pair, and keeps a prefix of the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 400 }), (raw, max) => {
        const { text, shortened } = fitEscaped(raw, max);
        expect(text.length).toBeLessThanOrEqual(Math.max(max, 1));
        expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
        expect(text).not.toMatch(/[<>]/);
        const kept = unescapeMrkdwn(shortened ? text.slice(0, -1) : text);
        expect(raw.startsWith(kept)).toBe(true);
        expect(kept).not.toMatch(/[\uD800-\uDBFF]$/);
        if (shortened) expect(text.endsWith('…')).toBe(true);
      }),
    );
  });
});
