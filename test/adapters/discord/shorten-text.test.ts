import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeDiscordText } from '../../../adapters/discord/escape-text.js';
import { QUOTE_CUT, shortenAtWord, shortenEscaped } from '../../../adapters/discord/shorten-text.js';

describe('shortenAtWord', () => {
  it('leaves text that fits alone', () => {
    expect(shortenAtWord('short enough', 12)).toBe('short enough');
  });

  it('cuts at the last word boundary that fits and marks the cut', () => {
    expect(shortenAtWord('the quick brown fox jumps', 17)).toBe('the quick brown…');
    expect(shortenAtWord('the quick brown fox jumps', 16, QUOTE_CUT)).toBe('the quick …');
  });

  it('cuts inside a word only when no boundary is near, and never splits a surrogate pair', () => {
    expect(shortenAtWord('a supercalifragilistic', 10)).toBe('a superca…');
    expect(shortenAtWord('😀😀😀😀', 4)).toBe('😀…');
  });

  it('always returns a prefix of the text plus the mark, within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), fc.integer({ min: 0, max: 320 }), (text, max) => {
        const short = shortenAtWord(text, max);
        expect(short.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : 0));
        if (short !== text && short !== '') {
          expect(short.endsWith('…')).toBe(true);
          expect(text.startsWith(short.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});

describe('shortenEscaped', () => {
  it('fits the escaped text, cutting the raw text so no escape is split', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, max) => {
        const short = shortenEscaped(text, max, escapeDiscordText);
        expect(short.length).toBeLessThanOrEqual(max);
        if (short !== '' && short !== escapeDiscordText(text)) expect(short.endsWith('…')).toBe(true);
      }),
    );
  });
});
