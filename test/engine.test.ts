import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCounterpoint, defaultCorpusDir, loadCorpus, MAX_QUESTION_LENGTH, renderPlain, sanitizeUserText } from '../src/index.js';

const engine = createCounterpoint(loadCorpus(defaultCorpusDir()));

/** Text built to hurt: any unicode, right-to-left and bidi overrides, emoji, markdown, mentions, control characters. */
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<!channel>', '<!here>', '<@U0123ABC>', '**bold**', '`code`', '```', '> quote', '[link](http://x)', '\u202Eevil\u202C', '\u200F', 'مرحبا', 'שלום', '👩‍👩‍👧', '\u0000', '\u001b[31m', 'what do critics say?', 'supporters', 'Murphy', '\n', '\t', '   '), { maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), 'critics '.repeat(12_000), '@everyone '.repeat(10_000)) },
);

describe('hostile questions', () => {
  it('never throw, never echo a control or bidi character, and render within 80 columns', () => {
    fc.assert(
      fc.property(hostile, (question) => {
        const answer = engine.ask(question);
        expect(answer.question).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
        expect(answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH + 1);
        const text = renderPlain(answer, { width: 80 });
        for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 10_000 },
    );
  });

  it('asks for a shorter question past the length limit', () => {
    const answer = engine.ask(`what do critics say? ${'very '.repeat(200)}`);
    expect(answer.notice).toMatch(/please ask it in under 500/);
    expect(answer.sections).toHaveLength(0);
  });

  it('gives help for an empty or blank question', () => {
    for (const blank of ['', '   ', '\n\t', '\u200B\u200B']) {
      const answer = engine.ask(blank);
      expect(answer.notice).toMatch(/Ask me about/);
      expect(answer.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('strips bidirectional overrides and control characters from echoed text', () => {
    expect(sanitizeUserText('what do \u202Ecritics\u202C say?\u0007')).toBe('what do critics say?');
  });
});
