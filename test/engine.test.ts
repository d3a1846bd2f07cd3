import { describe, expect, it } from 'vitest';
import { createCounterpoint, defaultCorpusDir, loadCorpus, sanitizeUserText } from '../src/index.js';

const engine = createCounterpoint(loadCorpus(defaultCorpusDir()));

// The 10,000-input property test across all renderers is in hostile-input.test.ts.
describe('hostile questions', () => {
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
