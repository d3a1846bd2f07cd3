import { buildCorpus, sha256, type Corpus, type CorpusFileInput } from '../../src/index.js';
import { loadCorpus, defaultCorpusDir } from '../../src/index.js';

/**
 * A second debate, written for these tests in a student-paper style, added to the seed corpus: two topics
 * with different side words, speakers and synonyms, so that no test can pass by knowing only the seeds.
 */
const PHONE_ARTICLE = `Westfield High weighs a bell-to-bell phone ban

By the Westfield Courier staff

Principal Dana Okafor wants phones locked away from the first bell to the last. "Students cannot learn while a screen is buzzing in their pocket every four minutes," Okafor told the school board on Monday.

Junior Marcus Bell, who leads the student council, disagreed. "A ban treats us like children instead of teaching us how to manage our own attention," Bell said. "Half of us use our phones to check the bus schedule."

Parent Rosa Delgado said she was torn. "I want my daughter focused in class, but I also want to reach her if something happens at school," Delgado said.

Teacher Alan Price supports the ban. "Since our pilot started, I have seen students talk to each other at lunch again," Price said.
`;

function locate(body: string, text: string): { start: number; end: number; text: string } {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`fixture quote not in article: ${text}`);
  return { start, end: start + text.length, text };
}

/** The seed corpus plus a phone-ban topic with one article and four speakers. */
export function twoTopicCorpus(): Corpus {
  const seeds = loadCorpus(defaultCorpusDir());
  const q = (id: string, text: string, speaker: string, side: 'for' | 'against' | 'mixed') => ({
    id,
    ...locate(PHONE_ARTICLE, text),
    speaker,
    side,
    kind: 'direct' as const,
    reviewed: true,
  });
  const raw: CorpusFileInput = {
    version: 1,
    name: 'two topics',
    topics: [
      ...seeds.topics,
      {
        id: 'phone-ban',
        question: 'Should schools ban phones during the school day?',
        summary: 'A student paper on a bell-to-bell phone ban.',
        sides: {
          for: { label: 'For a phone ban', words: ['supporters', 'support', 'supports', 'in favor', 'backers'] },
          against: { label: 'Against a phone ban', words: ['critics', 'opponents', 'against', 'oppose'] },
          mixed: { label: 'Torn on a phone ban', words: ['torn', 'undecided', 'unsure'] },
        },
        reversals: ['allow', 'allowing', 'lift'],
        keywords: ['phone', 'phones', 'cellphone', 'cellphones', 'smartphone', 'ban', 'screens'],
        synonyms: [['phone', 'phones', 'cellphone', 'smartphone', 'screen']],
        suggestions: ['What do supporters of the phone ban say?'],
      },
    ],
    groups: [...seeds.groups, { id: 'student', label: 'Students', words: ['student', 'students', 'teens', 'kids'] }],
    speakers: [
      ...seeds.speakers,
      { id: 'dana-okafor', name: 'Dana Okafor', aliases: ['Okafor', 'Principal Okafor'], role: 'principal, Westfield High' },
      { id: 'marcus-bell', name: 'Marcus Bell', aliases: ['Bell'], role: 'junior, student council leader', groups: ['student'] },
      { id: 'rosa-delgado', name: 'Rosa Delgado', aliases: ['Delgado'], role: 'parent', groups: ['parent'] },
      { id: 'alan-price', name: 'Alan Price', aliases: ['Price'], role: 'teacher' },
    ],
    articles: [
      ...seeds.articles.map(({ body, ...article }) => ({
        ...article,
        quotes: seeds.quotes.filter((quote) => quote.article === article.id).map(({ article: _a, topic: _t, order: _o, ...quote }) => quote),
      })),
      {
        id: 'westfield-courier-phones',
        topic: 'phone-ban',
        file: 'articles/westfield-courier-phones.txt',
        sha256: sha256(PHONE_ARTICLE),
        title: 'Westfield High weighs a bell-to-bell phone ban',
        outlet: 'Westfield Courier',
        date: '2025-09-12',
        quotes: [
          q('okafor-buzzing', 'Students cannot learn while a screen is buzzing in their pocket every four minutes,', 'dana-okafor', 'for'),
          q('bell-children', 'A ban treats us like children instead of teaching us how to manage our own attention,', 'marcus-bell', 'against'),
          { ...q('bell-bus', 'Half of us use our phones to check the bus schedule.', 'marcus-bell', 'against'), continues: 'bell-children' },
          q('delgado-torn', 'I want my daughter focused in class, but I also want to reach her if something happens at school,', 'rosa-delgado', 'mixed'),
          q('price-lunch', 'Since our pilot started, I have seen students talk to each other at lunch again,', 'alan-price', 'for'),
        ],
      },
    ],
  };
  const texts = new Map(seeds.articles.map((article) => [article.file, article.body]));
  texts.set('articles/westfield-courier-phones.txt', PHONE_ARTICLE);
  return buildCorpus(raw, (file) => texts.get(file));
}
