import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCounterpoint, loadCorpus, type Counterpoint } from '../../src/index.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { readCorpusFile, writeCorpus } from '../../src/ingest/corpus-store.js';
import { setQuoteSide } from '../../src/ingest/review.js';

/** A debate nobody wrote corpus data for: everything the bot knows comes from ingest's defaults. */
describe('a new debate built by ingest alone', () => {
  let dir: string;
  let engine: Counterpoint;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'counterpoint-new-debate-'));
    await ingestFiles(dir, [join(import.meta.dirname, '../fixtures/gold/01-phone-ban-wire.md'), join(import.meta.dirname, '../fixtures/gold/09-phone-pouches-newspaper.md')]);
    engine = createCounterpoint(loadCorpus(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the proposition itself as no reversal ("banning" in a question about a ban)', () => {
    expect(engine.ask('who supports banning cellphones?').intent.side).toBe('for');
    expect(engine.ask('what do critics of the ban say?').intent.side).toBe('against');
    expect(engine.ask('who wants to lift the ban?').intent.side).toBe('against');
    expect(engine.ask('who wants to keep cellphones in class?').intent.side).toBe('against');
  });

  it('answers for groups placed by their roles', () => {
    const answer = engine.ask('what do teachers think?');
    expect(answer.intent.groups).toEqual(['Teachers']);
    expect(answer.sections.filter((s) => s.kind === 'answer').flatMap((s) => s.quotes).length).toBeGreaterThan(0);
  });

  it('gives every side for a neutral question and says nothing on an unrelated one', () => {
    expect(engine.ask('should phones be banned in school?').sections.filter((s) => s.quotes.length > 0).length).toBeGreaterThan(1);
    expect(engine.ask('what is the weather in Paris?').notice).toMatch(/nothing on/);
  });
});

/** A proposal to take something away, in a style and debate of its own (test/fixtures/debates/). */
describe('a new debate whose question takes something away', () => {
  let dir: string;
  let engine: Counterpoint;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'counterpoint-removal-debate-'));
    await ingestFiles(dir, [join(import.meta.dirname, '../fixtures/debates/pass-fail-grades.md')]);
    engine = createCounterpoint(loadCorpus(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads removing the thing as yes, and keeping it or backing it as no', () => {
    expect(loadCorpus(dir).topics[0]?.removes).toEqual(['letter grades']);
    const side = (question: string) => engine.ask(question).intent.side;
    expect(side('who supports removing letter grades?')).toBe('for');
    expect(side('cons of getting rid of letter grades')).toBe('against');
    expect(side('who opposes eliminating letter grades?')).toBe('against');
    expect(side('who wants to keep letter grades?')).toBe('against');
    expect(side('what do supporters of letter grades say?')).toBe('against');
    expect(side('what do supporters say?')).toBe('for');
    expect(side('what do critics of pass/fail say?')).toBe('against');
  });

  it('caps a group with one quoted member at two places, like any group', () => {
    const answer = engine.ask('what do parents think?');
    expect(answer.intent.groups).toEqual(['Parents']);
    const parents = answer.sections.filter((s) => s.kind === 'answer').flatMap((s) => s.quotes);
    expect(parents.map((q) => q.speaker.name)).toEqual(['Deborah Kline', 'Deborah Kline']);
    // Naming the one person lifts the cap: all three of her quotes.
    const named = engine.ask('what did Deborah Kline say?').sections.filter((s) => s.kind === 'answer').flatMap((s) => s.quotes);
    expect(named).toHaveLength(3);
  });

  it('answers "what did the superintendent say?" with the superintendent, and "teachers" with the group', () => {
    const speakers = (question: string) => engine.ask(question).intent.speakers;
    expect(speakers('what did the superintendent say?')).toEqual(['Gloria Stanfield']);
    expect(speakers('what did the eighth-grade teacher say?')).toEqual(['Ramon Ortiz']);
    expect(speakers('what did the board member say?')).toEqual(['Hannah Walsh']);
    expect(speakers('what did Ramon say?')).toEqual(['Ramon Ortiz']);
    // A surname alone names its bearer where it stands as a name, not where it is a word of something else.
    expect(speakers('what did Bell say?')).toEqual(['Marcus Bell']);
    expect(speakers('what about Bell?')).toEqual(['Marcus Bell']);
    // A surname matches as written: "water" is no "Waters".
    expect(speakers('what did Waters say?')).toEqual(['Brook Waters']);
    expect(speakers('what about water?')).toEqual([]);
    expect(speakers('ramon')).toEqual(['Ramon Ortiz']);
    const schedule = engine.ask('what do supporters say about the bell schedule?');
    expect([schedule.intent.speakers, schedule.intent.terms]).toEqual([[], ['bell']]);
    expect(speakers('quotes from Deborah')).toEqual(['Deborah Kline']);
    const teachers = engine.ask('what do teachers think?');
    expect([teachers.intent.speakers, teachers.intent.groups]).toEqual([[], ['Teachers']]);
  });

  it('shows a speaker on one side of an answer, unless the question names them', () => {
    const file = readCorpusFile(dir);
    const kline = file?.speakers.find((speaker) => speaker.name === 'Deborah Kline');
    const quote = file?.articles[0]?.quotes.find((q) => q.speaker === kline?.id && q.side === 'against');
    if (file === null || file === undefined || quote === undefined) throw new Error('fixture changed');
    // One of her three quotes put on the other side, as an unreviewed proposal can.
    const moved = `${dir}-moved`;
    cpSync(dir, moved, { recursive: true });
    writeCorpus(moved, setQuoteSide(file, quote.id, 'for'));
    const mixedUp = createCounterpoint(loadCorpus(moved));
    rmSync(moved, { recursive: true, force: true });
    const sidesOfKline = (question: string) => mixedUp.ask(question).sections.filter((s) => s.quotes.some((q) => q.speaker.name === 'Deborah Kline')).map((s) => s.side);
    expect(sidesOfKline('should middle schools replace letter grades with pass/fail?')).toEqual(['against']);
    expect(sidesOfKline('what do supporters say?')).toEqual(['against']);
    expect(sidesOfKline('what did Deborah Kline say?').sort()).toEqual(['against', 'for']);
  });

  it('lets no speaker left without quotes claim a question', () => {
    const file = readCorpusFile(dir);
    const walsh = file?.speakers.find((speaker) => speaker.name === 'Hannah Walsh');
    const quote = file?.articles[0]?.quotes.find((q) => q.speaker === walsh?.id);
    if (file === null || file === undefined || quote === undefined) throw new Error('fixture changed');
    const moved = `${dir}-walsh`;
    cpSync(dir, moved, { recursive: true });
    // Moved by hand in corpus.json (review would drop the speaker left with nothing): the speaker entry stays.
    const kline = file.speakers.find((speaker) => speaker.name === 'Deborah Kline');
    writeCorpus(moved, { ...file, articles: file.articles.map((article) => ({ ...article, quotes: article.quotes.map((q) => (q.id === quote.id ? { ...q, speaker: kline?.id ?? q.speaker, continues: null } : q)) })) });
    const corpus = loadCorpus(moved);
    rmSync(moved, { recursive: true, force: true });
    expect(corpus.speakers.some((speaker) => speaker.name === 'Hannah Walsh')).toBe(true);
    expect(createCounterpoint(corpus).ask('what did Hannah Walsh say?').intent.speakers).toEqual([]);
  });

  it("answers a debate's own question with every side, though it names a speaker ('the Gradewell grading plan')", async () => {
    const named = `${dir}-named`;
    await ingestFiles(named, [join(import.meta.dirname, '../fixtures/debates/pass-fail-grades.md')], { topic: 'Should the board adopt the Gradewell grading plan?' });
    const engine2 = createCounterpoint(loadCorpus(named));
    rmSync(named, { recursive: true, force: true });
    const answer = engine2.ask('Should the board adopt the Gradewell grading plan?');
    expect(answer.intent.speakers).toEqual([]);
    expect(answer.sections.filter((s) => s.quotes.length > 0).length).toBeGreaterThan(1);
    expect(engine2.ask('what did Gradewell say?').intent.speakers).toEqual(['Gradewell']);
    // Wanting it stopped, or things kept as they are, is the no side of any proposal.
    expect(engine2.ask('who wants to block the plan?').intent.side).toBe('against');
    expect(engine2.ask('who wants things to stay the way they are?').intent.side).toBe('against');
    expect(engine2.ask('who wants to keep grading the way it is?').intent.side).toBe('against');
    expect(engine2.ask('who supports the plan?').intent.side).toBe('for');
  });

  it('reads keeping things as they are as no to a proposal that changes them', async () => {
    const changed = `${dir}-change`;
    await ingestFiles(changed, [join(import.meta.dirname, '../fixtures/debates/pass-fail-grades.md')], { topic: 'Should the district lower the passing grade to 50?' });
    const change = createCounterpoint(loadCorpus(changed));
    rmSync(changed, { recursive: true, force: true });
    expect(change.ask('who wants to keep things the way they are?').intent.side).toBe('against');
    expect(change.ask('who wants to keep it at 60?').intent.side).toBe('against');
    expect(change.ask('who supports lowering it?').intent.side).toBe('for');
  });

  it('labels the sides plainly under the question', () => {
    const topic = loadCorpus(dir).topics[0];
    expect([topic?.sides.for.label, topic?.sides.against.label]).toEqual(['Those who say yes', 'Those who say no']);
  });
});
