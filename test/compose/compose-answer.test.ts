import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, createCounterpoint, CorpusFileSchema, defaultCorpusDir, loadCorpus, type Answer, type Counterpoint, type Side } from '../../src/index.js';
import { twoTopicCorpus } from '../helpers/phone-ban-corpus.js';

const seeds = createCounterpoint(loadCorpus(defaultCorpusDir()));
const twoTopics = createCounterpoint(twoTopicCorpus());

/** Question fragments users combine; the generator mixes them with noise and arbitrary text. */
const FRAGMENTS = [
  'what do', 'supporters', 'critics', 'opponents', 'say', 'think', 'about', 'should', 'police', 'be in schools',
  'SROs', 'cops', 'parents', 'the ACLU', 'Murphy', 'Canady', 'law enforcement', 'safety', 'arrests', 'Parkland',
  'removing', "don't", 'undecided', 'why', 'counselors', 'phones', 'ban', 'students', 'lunch', 'weather', 'racism',
  'and', 'not', '?', 'pros and cons', 'on the fence', 'Okafor', 'torn',
];
const question = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 0, maxLength: 8 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 60 }),
);

function allQuotes(answer: Answer) {
  return answer.sections.flatMap((section) => section.quotes);
}

function checkInvariants(engine: Counterpoint, answer: Answer, page = 0): void {
  const corpus = engine.corpus;
  const shown = allQuotes(answer);
  // Every quote verbatim: each piece is its article's text at its offsets, cuts marked with "…".
  for (const quote of shown) {
    const body = corpus.articleById.get(quote.source.article)?.body ?? '';
    for (const piece of quote.pieces) expect(body.slice(piece.start, piece.end)).toBe(piece.text);
    expect(quote.text).toBe(quote.pieces.map((piece) => piece.text).join(' … '));
    expect(corpus.speakerById.get(quote.speaker.id)?.name).toBe(quote.speaker.name);
  }
  // No passage twice in one answer.
  expect(new Set(shown.map((quote) => quote.id)).size).toBe(shown.length);
  // The per-speaker cap: two per section, three only when the question names a single speaker.
  for (const section of answer.sections) {
    const perSpeaker = new Map<string, number>();
    for (const quote of section.quotes) perSpeaker.set(quote.speaker.id, (perSpeaker.get(quote.speaker.id) ?? 0) + 1);
    const cap = answer.intent.speakers.length === 1 && section.kind === 'answer' ? 3 : 2;
    for (const count of perSpeaker.values()) expect(count).toBeLessThanOrEqual(cap);
  }
  // A notice means nothing is shown, and quotes mean no notice.
  expect(answer.notice === null).toBe(shown.length > 0 || answer.sections.length > 0);
  if (answer.topic === null || shown.length === 0) return;
  // On "more" pages a side may run out; its section then says so.
  if (page > 0) {
    for (const section of answer.sections) if (section.quotes.length === 0) expect(section.note).not.toBeNull();
    return;
  }
  // Both sides appear whenever both are in the corpus for the topic.
  const sidesInTopic = new Set(corpus.quotes.filter((quote) => quote.topic === answer.topic?.id).map((quote) => quote.side));
  const sidesShown = new Set(answer.sections.filter((section) => section.quotes.length > 0).map((section) => section.side));
  if (sidesShown.has('for') && sidesInTopic.has('against')) expect(sidesShown.has('against')).toBe(true);
  if (sidesShown.has('against') && sidesInTopic.has('for')) expect(sidesShown.has('for')).toBe(true);
  // No side asked, no speaker named: every side in equal measure (± 1 where one has fewer).
  if (answer.intent.side === null && answer.intent.speakers.length === 0 && answer.intent.groups.length === 0) {
    const counts = answer.sections.map((section) => section.quotes.length);
    expect(answer.sections.every((section) => section.kind === 'answer')).toBe(true);
    expect(answer.sections.map((section) => section.side).sort()).toEqual([...sidesInTopic].sort());
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  }
}

describe('composing answers', () => {
  it('keeps every invariant over many generated questions (seed corpus)', () => {
    fc.assert(fc.property(question, (q) => checkInvariants(seeds, seeds.ask(q))), { numRuns: 400 });
  });

  it('keeps every invariant over many generated questions (two topics)', () => {
    fc.assert(fc.property(question, (q) => checkInvariants(twoTopics, twoTopics.ask(q))), { numRuns: 400 });
  });

  it('keeps every invariant on every "more" page and never repeats a passage', () => {
    fc.assert(
      fc.property(question, (q) => {
        let answer = seeds.ask(q);
        const seen = new Set(allQuotes(answer).map((quote) => quote.id));
        for (let page = 0; page < 6 && answer.followUps.more !== null; page += 1) {
          answer = seeds.followUp(answer.followUps.more);
          checkInvariants(seeds, answer, page + 1);
          for (const quote of answer.sections.filter((s) => s.kind === 'answer').flatMap((s) => s.quotes)) {
            expect(seen.has(quote.id)).toBe(false);
            seen.add(quote.id);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers a one-sided question with that side, then offers the other side beside it', () => {
    const answer = seeds.ask('what do SRO supporters say?');
    expect(answer.sections.map((s) => [s.kind, s.side])).toEqual([['answer', 'for'], ['counterpoint', 'against']]);
    expect(answer.sections[0]?.quotes.length).toBe(3);
    expect(answer.sections[1]?.quotes.length).toBeGreaterThan(0);
    expect(answer.sections[0]?.label).toBe('Supporters of police in schools');
  });

  it('lets quiet speakers in: distinct speakers come before anyone’s second quote', () => {
    const answer = seeds.ask('what do critics say?');
    const speakers = answer.sections[0]?.quotes.map((quote) => quote.speaker.id) ?? [];
    expect(new Set(speakers).size).toBe(speakers.length);
  });

  it('gives every side the same share when the question takes none', () => {
    const answer = seeds.ask('should police be in schools?');
    expect(answer.sections.map((s) => s.side).sort()).toEqual(['against', 'for', 'mixed']);
    expect(answer.sections.map((s) => s.quotes.length)).toEqual([2, 2, 2]);
  });

  it('rotates which side comes first across questions', () => {
    const firsts = new Set<Side>();
    for (const q of ['should police be in schools?', 'police in schools?', 'SROs?', 'what about cops in schools', 'school police', 'resource officers']) {
      const first = seeds.ask(q).sections[0]?.side;
      if (first) firsts.add(first);
    }
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('answers a speaker question with their quotes, then the other side', () => {
    const answer = seeds.ask('what did the ACLU say?');
    const answered = answer.sections.filter((s) => s.kind === 'answer').flatMap((s) => s.quotes);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((q) => ['aclu-of-missouri', 'luz-maria-henriquez'].includes(q.speaker.id))).toBe(true);
    expect(answer.sections.some((s) => s.kind === 'counterpoint' && s.side === 'for' && s.quotes.length > 0)).toBe(true);
  });

  it('shows a continuation with the quote it continues, as one passage', () => {
    const answer = seeds.ask('what did Canady say?');
    const passage = answer.sections.flatMap((s) => s.quotes).find((q) => q.id === 'canady-tremendous-impact');
    expect(passage?.pieces.map((p) => p.text)).toHaveLength(2);
    expect(passage?.text).toContain(' … ');
    expect(answer.sections.flatMap((s) => s.quotes).some((q) => q.id === 'canady-stop-it')).toBe(false);
  });

  it("never joins two people's words into one passage, even where a continuation names another speaker", () => {
    const raw = CorpusFileSchema.parse(JSON.parse(readFileSync(join(defaultCorpusDir(), 'corpus.json'), 'utf8')));
    const moved = { ...raw, articles: raw.articles.map((article) => ({ ...article, quotes: article.quotes.map((quote) => (quote.id === 'canady-stop-it' ? { ...quote, speaker: 'chris-murphy' } : quote)) })) };
    const engine = createCounterpoint(buildCorpus(moved, (file) => readFileSync(join(defaultCorpusDir(), file), 'utf8')));
    const shown = engine.ask('what did Canady say?').sections.flatMap((s) => s.quotes);
    const passage = shown.find((q) => q.id === 'canady-tremendous-impact');
    expect(passage?.pieces).toHaveLength(1);
    expect(shown.filter((q) => q.speaker.id === 'mo-canady').every((q) => !q.text.includes('an SRO was there to stop it'))).toBe(true);
  });

  it('says which asked words none of the quotes mention, not that the corpus never does', () => {
    const answer = seeds.ask('what do critics of police in schools say about zebras?');
    expect(answer.sections[0]?.quotes.length).toBeGreaterThan(0);
    expect(answer.sections[0]?.note).toBe('None of the quotes mention “zebras”.');
  });

  it('labels reported speech as paraphrase', () => {
    const answer = seeds.ask('what do law enforcement critics say about defunding?');
    const paraphrases = answer.sections.flatMap((s) => s.quotes).filter((q) => q.kind === 'paraphrase');
    expect(paraphrases.some((q) => q.text.includes('defunding the police'))).toBe(true);
  });

  it('says honestly when nothing matches, with questions to try', () => {
    const answer = seeds.ask("what's for lunch?");
    expect(answer.sections).toHaveLength(0);
    expect(answer.notice).toMatch(/nothing on “lunch”/);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('ranks the quote that mentions the asked term first', () => {
    const answer = seeds.ask('what about Parkland?');
    const against = answer.sections.find((s) => s.side === 'against');
    expect(against?.quotes[0]?.text).toContain('Parkland');
    expect(answer.sections.find((s) => s.side === 'for')?.note).toMatch(/None of these quotes mention/);
  });

  it('routes a question to the topic it is about', () => {
    expect(twoTopics.ask('what do critics of the phone ban say?').topic?.id).toBe('phone-ban');
    expect(twoTopics.ask('what do critics of SROs say?').topic?.id).toBe('police-in-schools');
    expect(twoTopics.ask('what did Okafor say?').topic?.id).toBe('phone-ban');
    const phones = twoTopics.ask('should phones be banned in class?');
    expect(phones.sections.flatMap((s) => s.quotes).every((q) => q.source.article === 'westfield-courier-phones')).toBe(true);
  });

  it('routes by the speakers a surface passes, not only by the words of the question', () => {
    const answer = twoTopics.ask('', { speakerIds: ['marcus-bell'] });
    expect(answer.topic?.id).toBe('phone-ban');
    expect(answer.sections[0]?.quotes[0]?.speaker.name).toBe('Marcus Bell');
  });

  it('offers "other side" as a follow-up that answers the opposite side', () => {
    const first = seeds.ask('what do critics say?');
    expect(first.followUps.otherSide).not.toBeNull();
    const other = seeds.followUp(first.followUps.otherSide ?? '');
    expect(other.sections[0]).toMatchObject({ kind: 'answer', side: 'for' });
    expect(first.followUps.otherSide?.length).toBeLessThanOrEqual(90);
  });

  it('answers a forged or stale follow-up token with a notice, not an error', () => {
    for (const token of ['', 'garbage', '1~m~no-such-topic~~~~0~', '1~m~police-in-schools~sideways~~~0~', 'x'.repeat(500)]) {
      const answer = seeds.followUp(token);
      expect(answer.notice).not.toBeNull();
    }
  });
});
