import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CorpusFileSchema } from '../../src/model/corpus-schema.js';
import { extractQuotes } from '../../src/extract/extract-quotes.js';
import { topicFromQuestion } from '../../src/ingest/default-topic.js';

const corpus = CorpusFileSchema.parse(JSON.parse(readFileSync(new URL('../../corpus/corpus.json', import.meta.url), 'utf8')));
const speakerName = new Map(corpus.speakers.map((speaker) => [speaker.id, speaker.name]));

describe('extractQuotes on the seed articles', () => {
  for (const article of corpus.articles) {
    const body = readFileSync(new URL(`../../corpus/${article.file}`, import.meta.url), 'utf8');
    const expected = article.quotes.filter((quote) => quote.kind === 'direct');

    it(`reproduces every reviewed direct quote of ${article.id}: span, speaker and continuation`, () => {
      const quotes = extractQuotes(body);
      const direct = quotes.filter((quote) => quote.kind === 'direct');
      const startOf = new Map(article.quotes.map((quote) => [quote.id, quote.start]));
      expect(direct.map((quote) => ({ start: quote.start, end: quote.end, text: quote.text, speaker: quote.speaker, continues: quote.continues === undefined ? null : quotes[quote.continues]?.start }))).toEqual(
        expected.map((quote) => ({
          start: quote.start,
          end: quote.end,
          text: quote.text,
          speaker: speakerName.get(quote.speaker),
          continues: quote.continues === null ? null : startOf.get(quote.continues),
        })),
      );
    });

    it(`keeps body.slice(start, end) === text for everything it proposes in ${article.id}`, () => {
      for (const quote of extractQuotes(body)) expect(body.slice(quote.start, quote.end)).toBe(quote.text);
    });

    it(`maps names to the corpus's known speakers in ${article.id}`, () => {
      const direct = extractQuotes(body, { knownSpeakers: corpus.speakers }).filter((quote) => quote.kind === 'direct');
      expect(direct.map((quote) => quote.speaker)).toEqual(expected.map((quote) => speakerName.get(quote.speaker)));
    });
  }
});

describe('stance proposals for a speaker no cue places', () => {
  const topic = topicFromQuestion('Should the district adopt a longer lunch period?');

  it('proposes no side without evidence, and says so, rather than guessing the commoner side', () => {
    const body = 'Parents met on Tuesday.\n\n"We talked about it over dinner," said Ona Brightwater, a parent of two.\n';
    const quote = extractQuotes(body, { topic }).find((candidate) => candidate.kind === 'direct');
    expect(quote?.speaker).toBe('Ona Brightwater');
    expect(quote?.stance).toBeNull();
    expect(quote?.stanceBasis).toMatch(/no stance cue for Ona Brightwater/);
  });

  it('files a decision-maker who says they are still listening as mixed', () => {
    const body = 'The board met on Tuesday.\n\n"We will hear from everyone before we decide," said Ona Brightwater, the board chair.\n';
    const quote = extractQuotes(body, { topic }).find((candidate) => candidate.kind === 'direct');
    expect(quote?.stance).toBe('mixed');
    expect(quote?.stanceBasis).toMatch(/undecided wording/);
  });

  it('counts praise of the proposal itself above a complaint about something else', () => {
    const body = 'Parents met on Tuesday.\n\n"The cafeteria line is a disaster. A longer lunch period would be great," said Ona Brightwater, a parent of two.\n';
    const quote = extractQuotes(body, { topic }).find((candidate) => candidate.kind === 'direct');
    expect(quote?.stance).toBe('for');
    expect(quote?.stanceBasis).toMatch(/words lean yes/);
  });

  it('lets a position the narration says was held only at first give way to the speaker\'s own words', () => {
    const body = 'Parents met on Tuesday.\n\n"The longer lunch period is great," said Ona Brightwater, who opposed it at first.\n';
    const quote = extractQuotes(body, { topic }).find((candidate) => candidate.kind === 'direct');
    expect(quote?.stance).toBe('for');
    const alone = extractQuotes('Parents met on Tuesday.\n\n"We talked over dinner," said Ona Brightwater, who opposed it at first.\n', { topic }).find((candidate) => candidate.kind === 'direct');
    expect(alone?.stance).toBe('against');
    expect(alone?.stanceBasis).toMatch(/held once/);
  });

  it('still files a speaker as mixed when the narration says they take no side', () => {
    const body = 'Parents met on Tuesday.\n\n"We talked about it over dinner," said Ona Brightwater, who is undecided.\n';
    const quote = extractQuotes(body, { topic }).find((candidate) => candidate.kind === 'direct');
    expect(quote?.stance).toBe('mixed');
  });
});

describe('narration about others in a speaker\'s sentence', () => {
  const topic = topicFromQuestion('Should the county build a new library with bond money?');
  const stanceOf = (body: string) => extractQuotes(body, { topic }).find((candidate) => candidate.kind === 'direct');

  it('reads people of a side named inside what the speaker said as the ones answered', () => {
    const quote = stanceOf('The board met on Tuesday.\n\nCommissioner Ines Dalca said the skeptics were underestimating the county. "We will fill every seat," Dalca said.\n');
    expect(quote?.stance).toBe('for');
    expect(quote?.stanceBasis).toMatch(/skeptics/);
    // Named as one of them, the speaker is one of them.
    expect(stanceOf('The board met on Tuesday.\n\nAmong the critics was Ines Dalca. "We will fill every seat," Dalca said.\n')?.stance).toBe('against');
  });

  it('reads turning a criticism away as defending the proposal', () => {
    const quote = stanceOf('The board met on Tuesday.\n\nCommissioner Ines Dalca rejected the charge that the county was overspending. "We will fill every seat," Dalca said.\n');
    expect(quote?.stance).toBe('for');
    expect(stanceOf('The board met on Tuesday.\n\nCommissioner Ines Dalca rejected the plan. "We will fill every seat," Dalca said.\n')?.stance).toBe('against');
  });

  it('takes no cue from words the narration holds in scare quotes', () => {
    const quote = stanceOf('The board met on Tuesday.\n\nCommissioner Ines Dalca said the so-called "benefits" were thin. "We will fill every seat with nobody," Dalca said.\n');
    expect(quote?.stanceBasis).not.toMatch(/“benefits”/);
  });
});

describe("the question's own words in a speaker's quote", () => {
  it('are what is debated, not a fault or a praise of it ("fail" in "pass/fail")', () => {
    const topic = topicFromQuestion('Should middle schools replace letter grades with pass/fail?');
    const body = 'The board met on Tuesday.\n\n"Pass/fail grading is coming to every classroom next fall," said Rosa Imbert, a teacher.\n';
    const quote = extractQuotes(body, { topic }).find((candidate) => candidate.kind === 'direct');
    expect(quote?.stanceBasis ?? '').not.toMatch(/“fail” \(fault\)/);
    expect(quote?.stance).not.toBe('against');
  });
});

describe('a vote the speaker declares', () => {
  const topic = topicFromQuestion('Should Riverton approve the data center on Old Mill Road?');
  const stanceOf = (body: string) => extractQuotes(body, { topic }).find((candidate) => candidate.kind === 'direct');

  it('is their side, whatever else the quote says', () => {
    expect(stanceOf('The council met Tuesday.\n\n"It is a hard call and people are worried, but I\'ll vote yes on the 24th," said Council member Ray Tull.\n')?.stance).toBe('for');
    expect(stanceOf('The council met Tuesday.\n\n"The jobs are real and welcome, but I\'m voting no," said Council member Ray Tull.\n')?.stance).toBe('against');
  });

  it('is no declaration when hedged ("I\'ll probably vote yes")', () => {
    expect(stanceOf('The council met Tuesday.\n\n"Show me who pays for the roads, and I\'ll probably vote yes," said Council member Ray Tull.\n')?.stanceBasis ?? '').not.toMatch(/a vote declared/);
  });
});
