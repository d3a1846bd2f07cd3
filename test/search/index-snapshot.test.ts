import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCounterpoint, loadCorpus, type Corpus } from '../../src/index.js';
import { loadIndexSnapshot, snapshotName } from '../../src/search/index-snapshot.js';
import { copyOfSeedCorpus, editCorpusJson } from '../helpers/corpus-fixture.js';

const QUESTIONS = ['what do critics say?', 'should police be in schools?', 'what do parents think?', 'what about the weather on mars?'];

function answers(corpus: Corpus, load: ReturnType<typeof loadIndexSnapshot>) {
  const engine = createCounterpoint(corpus, { index: load.index });
  return QUESTIONS.map((question) => engine.ask(question));
}

/** A corpus folder of its own, with its cache kept inside it (never the shared temp folder). */
function fixture() {
  const dir = copyOfSeedCorpus();
  const cacheDirs = [join(dir, '.cache')];
  return { dir, cacheDirs, minQuotes: 0, corpus: loadCorpus(dir) };
}

describe('index snapshot', () => {
  it('saves a snapshot when first built, then loads it and answers exactly as a fresh index does', () => {
    const { dir, cacheDirs, minQuotes, corpus } = fixture();
    const first = loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes });
    expect(first.from).toBe('built');
    expect(first.file).toBe(join(dir, '.cache', snapshotName(corpus)));
    expect(existsSync(first.file ?? '')).toBe(true);

    const second = loadIndexSnapshot(loadCorpus(dir), dir, { cacheDirs, minQuotes });
    expect(second.from).toBe('snapshot');
    expect(second.file).toBe(first.file);
    expect(answers(corpus, second)).toEqual(QUESTIONS.map((question) => createCounterpoint(corpus).ask(question)));
  });

  it('rebuilds under a new name when the corpus changes, and removes the stale snapshot', () => {
    const { dir, cacheDirs, minQuotes, corpus } = fixture();
    const before = loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes });
    editCorpusJson(dir, (json) => {
      json.articles[0].quotes = json.articles[0].quotes.slice(1);
    });
    const changed = loadCorpus(dir);
    expect(changed.hash).not.toBe(corpus.hash);

    const after = loadIndexSnapshot(changed, dir, { cacheDirs, minQuotes });
    expect(after.from).toBe('built');
    expect(after.file).not.toBe(before.file);
    expect(snapshotsIn(join(dir, '.cache'))).toEqual([snapshotName(changed)]);
    const removed = corpus.quotes.find((quote) => quote.article === corpus.articles[0]?.id)?.id;
    expect(removed).toBeDefined();
    const shown = answers(changed, after).flatMap((answer) => answer.sections.flatMap((section) => section.quotes.map((quote) => quote.id)));
    expect(shown).not.toContain(removed);
    expect(loadIndexSnapshot(changed, dir, { cacheDirs, minQuotes }).from).toBe('snapshot');
  });

  it.each([
    ['garbage', () => 'not a snapshot at all'],
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['a changed byte in the index', (text: string) => text.replace(/"documentCount":\d+/, '"documentCount":7')],
    ['a snapshot made under other index settings', (text: string) => text.replace(/^(\S+ \S+ )\S+/, '$1' + '0'.repeat(64))],
    ['an empty file', () => ''],
  ])('rebuilds instead of crashing when the snapshot file is %s', (_, damage) => {
    const { dir, cacheDirs, minQuotes, corpus } = fixture();
    const { file } = loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes });
    if (file === null) throw new Error('the snapshot was not written');
    writeFileSync(file, damage(readFileSync(file, 'utf8')));

    const load = loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes });
    expect(load.from).toBe('built');
    expect(answers(corpus, load)).toEqual(QUESTIONS.map((question) => createCounterpoint(corpus).ask(question)));
    expect(loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes }).from).toBe('snapshot');
  });

  it('falls back to the next cache folder when the first cannot be written', () => {
    const { dir, minQuotes, corpus } = fixture();
    writeFileSync(join(dir, 'blocked'), 'a file where a folder should be');
    mkdirSync(join(dir, 'fallback'));
    const cacheDirs = [join(dir, 'blocked', '.cache'), join(dir, 'fallback')];

    const first = loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes });
    expect(first.file).toBe(join(dir, 'fallback', snapshotName(corpus)));
    expect(loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes }).from).toBe('snapshot');
  });

  it('indexes a small corpus directly, reading and writing no snapshot', () => {
    const { dir, cacheDirs, corpus } = fixture();
    const load = loadIndexSnapshot(corpus, dir, { cacheDirs });
    expect(load).toMatchObject({ from: 'built', file: null });
    expect(snapshotsIn(join(dir, '.cache'))).toEqual([]);
    expect(answers(corpus, load)).toEqual(QUESTIONS.map((question) => createCounterpoint(corpus).ask(question)));
  });

  it('still answers, unsaved, when no cache folder can be written', () => {
    const { dir, minQuotes, corpus } = fixture();
    writeFileSync(join(dir, 'blocked'), 'a file where a folder should be');
    const load = loadIndexSnapshot(corpus, dir, { cacheDirs: [join(dir, 'blocked', 'cache')], minQuotes });
    expect(load).toMatchObject({ from: 'built', file: null });
    expect(answers(corpus, load)[0]?.sections.length).toBeGreaterThan(0);
  });
});

/** The index snapshots in a cache folder (it also holds the corpus's schema verdict, see load-corpus). */
function snapshotsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith('index-')) : [];
}
