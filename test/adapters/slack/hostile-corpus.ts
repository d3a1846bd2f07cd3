import { buildCorpus, sha256, type Corpus, type CorpusFileInput } from '../../../src/index.js';

/**
 * A small corpus, written for these tests, whose article, speakers and labels are full of Slack's control
 * sequences (`<!channel>`, `<@U…>`, `<url|label>`, `&`), so end-to-end tests can check that corpus text
 * reaches Slack escaped. A different debate from the seeds, so nothing passes by knowing them.
 */
const ARTICLE = `Newsroom weighs a four-day week

Editor Sam <Lee> & co. backed the plan. "A four-day week would keep <!channel> reporters rested & sharp for the big stories," Lee said on Friday.

Union steward Robin Ortiz disagreed. "A four-day week squeezes five days of <@U0BOSS> deadlines into four, and the weekend desk pays for it," Ortiz said.
`;

function locate(text: string): { start: number; end: number; text: string } {
  const start = ARTICLE.indexOf(text);
  if (start < 0) throw new Error(`fixture quote not in article: ${text}`);
  return { start, end: start + text.length, text };
}

export function hostileCorpus(): Corpus {
  const raw: CorpusFileInput = {
    version: 1,
    name: 'hostile test corpus',
    topics: [
      {
        id: 'four-day-week',
        question: 'Should the <!here> newsroom move to a four-day week?',
        sides: {
          for: { label: 'For the <!channel> four-day week', words: ['supporters', 'support', 'for'] },
          against: { label: 'Against it & <@U0BOSS>', words: ['critics', 'against', 'oppose'] },
          mixed: { label: 'Undecided', words: ['undecided'] },
        },
        keywords: ['four-day', 'week', 'newsroom'],
        suggestions: ['What do supporters of the four-day week say?'],
      },
    ],
    speakers: [
      { id: 'sam-lee', name: 'Sam <Lee>', aliases: ['Lee'], role: 'editor & <!everyone>' },
      { id: 'robin-ortiz', name: 'Robin Ortiz', aliases: ['Ortiz'], role: 'union steward <https://evil.example|click>' },
    ],
    articles: [
      {
        id: 'four-day',
        topic: 'four-day-week',
        file: 'articles/four-day.txt',
        sha256: sha256(ARTICLE),
        title: 'Newsroom <b>weighs</b> a four-day week | & more',
        outlet: 'The <!here> Ledger',
        date: '2025-03-07',
        url: 'https://ledger.example/four-day?utm=a&b=c',
        quotes: [
          { id: 'lee-rested', ...locate('A four-day week would keep <!channel> reporters rested & sharp for the big stories,'), speaker: 'sam-lee', side: 'for', kind: 'direct', reviewed: true },
          { id: 'ortiz-squeezes', ...locate('A four-day week squeezes five days of <@U0BOSS> deadlines into four, and the weekend desk pays for it,'), speaker: 'robin-ortiz', side: 'against', kind: 'direct', reviewed: false },
        ],
      },
    ],
  };
  return buildCorpus(raw, (file) => (file === 'articles/four-day.txt' ? ARTICLE : undefined));
}
