import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { createCounterpoint } from '../../src/engine.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';

const seeds = join(import.meta.dirname, '../../corpus');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'counterpoint-ingest-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function article(name: string, frontMatter: string, body: string): string {
  const file = join(work, name);
  writeFileSync(file, `---\n${frontMatter}\n---\n${body}`);
  return file;
}

const PHONES = `Lincoln High School will lock students' phones in pouches starting Monday, Principal Dana Whitfield announced.

“Our teachers have been competing with a screen for years, and the pouches have helped us get students focused again,” Whitfield said.

Parent Marcus Bell disagreed. “My daughter needs to be able to reach me if something goes wrong,” Bell said.`;

describe('ingestFiles', () => {
  it('creates a corpus with a topic from the front matter question and unreviewed quotes that carry a basis', async () => {
    const dir = join(work, 'new-corpus');
    const file = article('phones.md', 'title: Lincoln High locks up phones\noutlet: The Ledger\ndate: 2024-09-03\nquestion: Should schools ban cellphones during class?', PHONES);
    const report = await ingestFiles(dir, [file]);
    expect(report.created).toBe(true);
    const corpus = loadCorpus(dir);
    expect(corpus.topics.map((topic) => topic.question)).toEqual(['Should schools ban cellphones during class?']);
    expect(corpus.articles[0]?.title).toBe('Lincoln High locks up phones');
    const direct = corpus.quotes.filter((quote) => quote.kind === 'direct');
    expect(direct.map((quote) => corpus.speakerById.get(quote.speaker)?.name)).toEqual(['Dana Whitfield', 'Marcus Bell']);
    for (const quote of corpus.quotes) {
      expect(quote.reviewed).toBe(false);
      expect(quote.stanceBasis).toMatch(/\S/);
    }
    expect(corpus.speakerById.get(direct[0]?.speaker ?? '')?.aliases).toContain('Whitfield');
  });

  it('changes nothing when the same article is ingested again', async () => {
    const dir = join(work, 'c');
    const file = article('phones.md', 'question: Should schools ban cellphones during class?', PHONES);
    await ingestFiles(dir, [file]);
    const first = readFileSync(join(dir, 'corpus.json'), 'utf8');
    const again = await ingestFiles(dir, [file]);
    expect(again.added).toEqual([]);
    expect(again.unchanged).toHaveLength(1);
    expect(again.unchanged[0]?.differs).toEqual([]);
    expect(readFileSync(join(dir, 'corpus.json'), 'utf8')).toBe(first);
    // The same text with a corrected date: still unchanged, but the report names what the file would have changed.
    const corrected = article('phones-corrected.md', 'date: 2024-09-04\nquestion: Should schools ban cellphones during class?', PHONES);
    const third = await ingestFiles(dir, [corrected]);
    expect(third.unchanged[0]?.differs).toEqual(['date']);
    expect(readFileSync(join(dir, 'corpus.json'), 'utf8')).toBe(first);
  });

  it('joins an existing topic whose question differs only in case and punctuation, and merges known speakers', async () => {
    const dir = join(work, 'seed');
    cpSync(seeds, dir, { recursive: true });
    const file = article(
      'murphy.md',
      'question: should police officers be stationed in schools',
      'Sen. Chris Murphy spoke at a rally on Friday.\n\n“We have to stop sending children to court for talking back in class,” Murphy said.',
    );
    await ingestFiles(dir, [file]);
    const corpus = loadCorpus(dir);
    expect(corpus.topics).toHaveLength(1);
    const added = corpus.articles.at(-1);
    expect(added?.topic).toBe('police-in-schools');
    const quote = corpus.quotes.find((q) => q.article === added?.id);
    expect(quote?.speaker).toBe('chris-murphy');
    // The speaker's reviewed quotes in the corpus are all against: that side is proposed, with that reason.
    expect(quote?.side).toBe('against');
    expect(quote?.stanceBasis).toMatch(/reviewed/);
    expect(corpus.speakers.filter((speaker) => speaker.name === 'Chris Murphy')).toHaveLength(1);
  });

  it('puts every file under the --topic question and creates that topic when new', async () => {
    const dir = join(work, 'c');
    const one = article('a.md', 'question: Should schools ban cellphones during class?', PHONES);
    const two = article('b.md', 'title: Another', `${PHONES}\n\nThe district will review the policy in June.`);
    await ingestFiles(dir, [one, two], { topic: 'Do phone bans help students learn?' });
    const corpus = loadCorpus(dir);
    expect(corpus.topics.map((topic) => topic.question)).toEqual(['Do phone bans help students learn?']);
    expect(new Set(corpus.articles.map((a) => a.topic))).toEqual(new Set([corpus.topics[0]?.id]));
  });

  it('writes nothing when one of the files is bad, and says which', async () => {
    const dir = join(work, 'seed');
    cpSync(seeds, dir, { recursive: true });
    const before = readFileSync(join(dir, 'corpus.json'), 'utf8');
    const good = article('good.md', 'question: Should police officers be stationed in schools?', PHONES);
    const bad = article('bad.md', 'date: last Tuesday', PHONES);
    await expect(ingestFiles(dir, [good, bad])).rejects.toThrow(/bad\.md: front matter: date/);
    await expect(ingestFiles(dir, [good, join(work, 'missing.md')])).rejects.toThrow(/missing\.md: cannot read/);
    expect(readFileSync(join(dir, 'corpus.json'), 'utf8')).toBe(before);
  });

  it('refuses to start a corpus without any debated question', async () => {
    const file = join(work, 'plain.txt');
    writeFileSync(file, PHONES);
    await expect(ingestFiles(join(work, 'none'), [file])).rejects.toMatchObject({ code: 'INGEST_NO_QUESTION' });
  });

  it('reports progress for every file', async () => {
    const files = [article('a.md', 'question: Q one?', PHONES), article('b.md', 'question: Q one?', `${PHONES}\n\nMore.`)];
    const seen: string[] = [];
    await ingestFiles(join(work, 'c'), files, { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/2', '2/2']);
  });
});

describe('a plain article with no front matter', () => {
  it('is cited by its headline and the outlet in its byline', async () => {
    const file = join(work, 'stadium.txt');
    writeFileSync(file, "Millbrook's stadium vote: what the money would buy\n\nBy Sam Whitaker, WMBK News\n\nMayor Teresa Okafor stood in a gravel lot on Tuesday.\n\n\"Build it and they will come,\" Okafor said.\n");
    const dir = join(work, 'plain');
    await ingestFiles(dir, [file], { topic: 'Should Millbrook build a stadium with public money?' });
    const article = loadCorpus(dir).articles[0];
    expect([article?.title, article?.outlet, article?.date]).toEqual(["Millbrook's stadium vote: what the money would buy", 'WMBK News', null]);
  });

  it('keeps a first line that reads as a sentence out of the title', async () => {
    const file = join(work, 'lede.txt');
    writeFileSync(file, 'Mayor Teresa Okafor stood in a gravel lot on Tuesday.\n\n"Build it and they will come," Okafor said.\n');
    const dir = join(work, 'lede');
    await ingestFiles(dir, [file], { topic: 'Should Millbrook build a stadium with public money?' });
    expect(loadCorpus(dir).articles[0]?.title).toBeNull();
  });
});

describe('a spokesperson and the organisation they speak for', () => {
  it('are linked, so a question about the organisation brings the spokesperson too', async () => {
    const file = join(work, 'alliance.md');
    writeFileSync(file, [
      '---', 'title: Stadium deal draws fire', 'question: Should Millbrook build a stadium with public money?', '---',
      'The Millbrook Taxpayers Alliance said in a statement that "the numbers in this deal do not add up."',
      '',
      'Kevin Walsh, a spokesman for the Millbrook Taxpayers Alliance, said the group would campaign against it. "We will knock on every door in the city," Walsh said.',
      '',
    ].join('\n'));
    const dir = join(work, 'alliance');
    await ingestFiles(dir, [file]);
    const corpus = loadCorpus(dir);
    const walsh = corpus.speakers.find((speaker) => speaker.name === 'Kevin Walsh');
    const alliance = corpus.speakers.find((speaker) => speaker.name === 'Millbrook Taxpayers Alliance');
    expect(alliance?.kind).toBe('organization');
    expect(walsh?.organization).toBe(alliance?.id);
    const answer = createCounterpoint(corpus).ask('what did the Millbrook Taxpayers Alliance say?');
    expect(new Set(answer.sections.filter((s) => s.kind === 'answer').flatMap((s) => s.quotes.map((q) => q.speaker.name)))).toEqual(new Set(['Millbrook Taxpayers Alliance', 'Kevin Walsh']));
  });
});

describe('the same words twice in one article', () => {
  it('are shown once in an answer (a body pasted twice, a pull quote repeating the text)', async () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/debates/pass-fail-grades.md'), 'utf8');
    const end = text.indexOf('\n---\n', 4) + 5;
    const file = join(work, 'twice.md');
    writeFileSync(file, `${text.slice(0, end)}${text.slice(end)}\n${text.slice(end)}`);
    const dir = join(work, 'twice');
    await ingestFiles(dir, [file]);
    const engine = createCounterpoint(loadCorpus(dir));
    for (const question of ['what did Deborah Kline say?', 'should middle schools replace letter grades with pass/fail?', 'what do critics say?']) {
      const texts = engine.ask(question).sections.flatMap((section) => section.quotes.map((quote) => quote.text));
      expect(new Set(texts).size).toBe(texts.length);
    }
    expect(engine.ask('what did Deborah Kline say?').sections.filter((s) => s.kind === 'answer').flatMap((s) => s.quotes)).toHaveLength(3);
  });
});
