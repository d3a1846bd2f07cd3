import { describe, expect, it } from 'vitest';
import { createCounterpoint, defaultCorpusDir, loadCorpus, type Corpus } from '../../src/index.js';
import { COMMON_TERM_RULE } from '../../src/search/common-terms.js';
import { QuoteIndex } from '../../src/search/quote-index.js';
import { tokenize } from '../../src/text/fold.js';
import { generateCorpus, toCorpus } from '../bench/synthetic-corpus.js';

/** The words of a topic's quotes with how many quotes contain each (by stem), most first. */
function wordCounts(corpus: Corpus, topic: string): Array<{ word: string; quotes: number }> {
  const counts = new Map<string, { word: string; quotes: number }>();
  for (const quote of corpus.quotes) {
    if (quote.topic !== topic) continue;
    const seen = new Set<string>();
    for (const token of tokenize(quote.text)) {
      if (token.word.length < 3 || seen.has(token.stem)) continue;
      seen.add(token.stem);
      const entry = counts.get(token.stem);
      if (entry === undefined) counts.set(token.stem, { word: token.word, quotes: 1 });
      else entry.quotes += 1;
    }
  }
  return [...counts.values()].sort((a, b) => b.quotes - a.quotes);
}

describe('common terms', () => {
  // 12,000 quotes over six debates: about 2,000 a topic, so a word in more than a fifth and 1,000 of them exists.
  const corpus = toCorpus(generateCorpus(12_000));
  const index = QuoteIndex.build(corpus);
  const topic = corpus.topics[0]?.id ?? '';
  const topicSize = corpus.quotes.filter((quote) => quote.topic === topic).length;
  const words = wordCounts(corpus, topic);
  const bound = Math.max(topicSize * COMMON_TERM_RULE.share, COMMON_TERM_RULE.minQuotes);
  // Stop words are never indexed, so they are never "common": take an indexed word.
  const common = words.find((entry) => entry.quotes > bound && index.matchesWord(entry.word, topic));
  const rare = [...words].reverse().find((entry) => entry.quotes >= 3 && entry.quotes < 50);

  it('finds a common and a rare word in the test corpus', () => {
    expect(common).toBeDefined();
    expect(rare).toBeDefined();
  });

  it('does not search a word that a large share of a big topic contains, but still counts it as a word the topic matches', () => {
    const found = index.scores([{ term: common?.word ?? '', synonyms: [] }], topic);
    expect(found.ranked).toEqual([]);
    expect(found.scores.size).toBe(0);
    expect(index.matchesWord(common?.word ?? '', topic)).toBe(true);
  });

  it('ranks by the rare words of a question and leaves the common ones out', () => {
    const phrase = `${common?.word} ${rare?.word}`;
    const alone = index.scores([{ term: rare?.word ?? '', synonyms: [] }], topic);
    const mixed = index.scores([{ term: phrase, synonyms: [] }], topic);
    expect(mixed.ranked).toEqual([phrase]);
    expect(alone.scores.size).toBeGreaterThan(0);
    expect([...mixed.scores]).toEqual([...alone.scores]);
  });

  it('answers a question made only of common words from every side, without claiming that no quote mentions them', () => {
    const engine = createCounterpoint(corpus, { index });
    // The commonest words may be the topic's keywords, which route rather than rank: take one read as a term.
    const answers = words.filter((entry) => entry.quotes > bound).map((entry) => engine.ask(`${entry.word}?`, { topicId: topic }));
    const answer = answers.find((candidate) => candidate.intent.terms.length > 0);
    if (answer === undefined) throw new Error('no common word of the test corpus is read as a term');
    expect(answer.notice).toBeNull();
    expect(answer.sections.length).toBeGreaterThan(1);
    for (const section of answer.sections) {
      expect(section.quotes.length).toBeGreaterThan(0);
      expect(section.note ?? '').not.toMatch(/None of these quotes mention/);
    }
  });

  it('keeps what is common through a snapshot', () => {
    const restored = QuoteIndex.fromJSON(index.toJSON(), corpus);
    expect(restored.scores([{ term: common?.word ?? '', synonyms: [] }], topic).ranked).toEqual([]);
    const phrase = `${common?.word} ${rare?.word}`;
    expect([...restored.scores([{ term: phrase, synonyms: [] }], topic).scores]).toEqual([...index.scores([{ term: phrase, synonyms: [] }], topic).scores]);
  });

  it('searches every word of a small corpus, however many of its quotes contain it', () => {
    const seeds = loadCorpus(defaultCorpusDir());
    const seedIndex = QuoteIndex.build(seeds);
    const seedTopic = seeds.topics[0]?.id ?? '';
    const top = wordCounts(seeds, seedTopic)[0];
    const found = seedIndex.scores([{ term: top?.word ?? '', synonyms: [] }], seedTopic);
    expect(found.ranked).toEqual([top?.word]);
    expect(found.scores.size).toBeGreaterThanOrEqual(top?.quotes ?? Infinity);
  });
});
