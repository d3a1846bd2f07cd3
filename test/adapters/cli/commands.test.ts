import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../../adapters/cli/extract-command.js';
import { runIngestCommand } from '../../../adapters/cli/ingest-command.js';
import { runReviewCommand } from '../../../adapters/cli/review-command.js';
import { checkReport } from '../../../adapters/cli/check-command.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';

let work: string;
let out: string;
let err: string;
const io = { stdout: { write: (text: string) => (out += text) }, stderr: { write: (text: string) => (err += text) } };

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'counterpoint-cmd-'));
  out = '';
  err = '';
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const ARTICLE = `---
title: Board weighs later start
question: Should high schools start later in the morning?
---
Superintendent Alma Reyes told the board Tuesday that buses are the hard part.

“If we push the bell to 8:30, every elementary route shifts too,” Reyes said.`;

describe('extract command', () => {
  it('prints the contract JSON with offsets into the body after the front matter', async () => {
    const file = join(work, 'start.md');
    writeFileSync(file, ARTICLE);
    expect(await runExtractCommand(['--json', file], io)).toBe(0);
    const json = JSON.parse(out) as { articles: Array<{ file: string; quotes: Array<Record<string, unknown>> }> };
    expect(json.articles[0]?.file).toBe(file);
    // The lead sentence is reported speech ("Superintendent Alma Reyes told the board … that …"), offered first.
    expect(json.articles[0]?.quotes.map((q) => q['kind'])).toEqual(['paraphrase', 'direct']);
    const quote = json.articles[0]?.quotes.find((q) => q['kind'] === 'direct');
    expect(Object.keys(quote ?? {}).sort()).toEqual(['end', 'kind', 'role', 'speaker', 'stance', 'start', 'text']);
    const body = ARTICLE.slice(ARTICLE.indexOf('---\n', 4) + 4);
    expect(body.slice(quote?.['start'] as number, quote?.['end'] as number)).toBe(quote?.['text']);
    expect(quote).toMatchObject({ kind: 'direct', speaker: 'Alma Reyes', role: 'Superintendent' });
  });

  it('exits 2 without files and 1 for a missing file', async () => {
    expect(await runExtractCommand([], io)).toBe(2);
    expect(await runExtractCommand(['--bogus', 'x'], io)).toBe(2);
    expect(await runExtractCommand([join(work, 'missing.md')], io)).toBe(1);
    expect(err).toMatch(/missing\.md: cannot read/);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('files that are no article', () => {
  it('are refused by extract and ingest with exit 1 and a reason, and leave the corpus as it was', async () => {
    const binary = join(work, 'program.bin');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x22, 0x41]));
    const latin1 = join(work, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('\x93We will not pay for it,\x94 said Ana Ruiz.', 'latin1'));
    const empty = join(work, 'empty.md');
    writeFileSync(empty, '---\ntitle: Nothing here\n---\n\n  \n');
    const reasons = { [binary]: /not a text file/, [latin1]: /not UTF-8 text/, [empty]: /no article text/ };
    const dir = join(work, 'corpus');
    const good = join(work, 'start.md');
    writeFileSync(good, ARTICLE);
    expect(await runIngestCommand(['--corpus', dir, good], io)).toBe(0);
    const before = readFileSync(join(dir, 'corpus.json'), 'utf8');
    for (const [file, reason] of Object.entries(reasons)) {
      err = '';
      expect(await runExtractCommand([file], io)).toBe(1);
      expect(err).toMatch(reason);
      err = '';
      expect(await runIngestCommand(['--corpus', dir, file], io)).toBe(1);
      expect(err).toMatch(reason);
      expect(err).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(join(dir, 'corpus.json'), 'utf8')).toBe(before);
  });

  it('names a bad front matter field once', async () => {
    const file = join(work, 'bad-date.md');
    writeFileSync(file, '---\ndate: March 14, 2025\n---\n"We will not pay for it," said Ana Ruiz.');
    expect(await runExtractCommand([file], io)).toBe(1);
    expect(err.match(/front matter/g)).toHaveLength(1);
    expect(err).toMatch(/bad-date\.md: front matter: date:/);
  });
});

describe('ingest and review commands', () => {
  it('ingest, list, side, speaker, accept and reject, as an editor would', async () => {
    const dir = join(work, 'corpus');
    const file = join(work, 'start.md');
    writeFileSync(file, ARTICLE);
    expect(await runIngestCommand(['--corpus', dir, file], io)).toBe(0);
    expect(out).toMatch(/added .*start\.md/);
    out = '';
    expect(await runReviewCommand(['--corpus', dir, 'list'], io)).toBe(0);
    const id = /^(\S+) {2}\((\S+)\)\n {2}Alma Reyes/m.exec(out)?.[1] ?? '';
    expect(id).not.toBe('');
    type Stored = { articles: Array<{ quotes: Array<{ id: string; side: string; reviewed: boolean }> }> };
    const stored = () => (JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Stored).articles[0]?.quotes.find((q) => q.id === id);
    // A new speaker does not approve the side proposed for the old one: the quote still awaits review.
    out = '';
    expect(await runReviewCommand(['--corpus', dir, 'speaker', id, 'Alma', 'Reyes'], io)).toBe(0);
    expect(stored()?.reviewed).toBe(false);
    expect(out).toMatch(/still awaits review/);
    expect(out).not.toMatch(/a new speaker/);
    expect(await runReviewCommand(['--corpus', dir, 'side', id, 'against'], io)).toBe(0);
    expect(stored()).toMatchObject({ side: 'against', reviewed: true });
    expect(await runReviewCommand(['--corpus', dir, 'accept', id], io)).toBe(0);
    expect(stored()).toMatchObject({ side: 'against', reviewed: true });
    expect(await runReviewCommand(['--corpus', dir, 'side', id, 'sideways'], io)).toBe(1);
    expect(await runReviewCommand(['--corpus', dir, 'accept', 'nope'], io)).toBe(1);
    expect(await runReviewCommand(['--corpus', dir, 'frobnicate'], io)).toBe(2);
    out = '';
    expect(await runReviewCommand(['--corpus', dir, 'speaker', id, 'Robin', 'Ortiz'], io)).toBe(0);
    expect(out).toMatch(/speaker Robin Ortiz \(a new speaker\)/);
    out = '';
    expect(await runReviewCommand(['--corpus', dir, 'list', 'alma-reyes'], io)).toBe(0);
    expect(out).toMatch(/await review in .* for alma-reyes/);
    expect(await runReviewCommand(['--corpus', dir, 'list', 'no-such-speaker'], io)).toBe(1);
    expect(await runReviewCommand(['--corpus', dir, 'reject', id], io)).toBe(0);
    // An article ingested by mistake goes, with its quotes; an unknown one is named.
    const articleId = (JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { articles: Array<{ id: string }> }).articles[0]?.id ?? '';
    expect(await runReviewCommand(['--corpus', dir, 'remove-article', articleId], io)).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { articles: unknown[] }).articles).toEqual([]);
    err = '';
    expect(await runReviewCommand(['--corpus', dir, 'remove-article', articleId], io)).toBe(1);
    expect(err).toMatch(/no article with id/);
  });

  it('shows progress on stderr when several files are ingested, and refuses a broken corpus', async () => {
    const dir = join(work, 'seed');
    cpSync(join(import.meta.dirname, '../../../corpus'), dir, { recursive: true });
    const a = join(work, 'a.md');
    const b = join(work, 'b.md');
    writeFileSync(a, ARTICLE);
    writeFileSync(b, `${ARTICLE}\n\nThe vote is in May.`);
    expect(await runIngestCommand(['--corpus', dir, a, b], io)).toBe(0);
    expect(err).toContain('ingest: [2/2]');
    writeFileSync(join(dir, 'corpus.json'), '{ not json');
    expect(await runIngestCommand(['--corpus', dir, a], io)).toBe(1);
    expect(err).toMatch(/corpus error: .*not valid JSON/);
    expect(await runIngestCommand(['--corpus', dir], io)).toBe(2);
  });
});

describe('check report', () => {
  it('names articles nothing can cite them by and speakers with nothing quoted', async () => {
    const dir = join(work, 'plain');
    const file = join(work, 'lede.txt');
    writeFileSync(file, 'Mayor Teresa Okafor stood in a gravel lot on Tuesday.\n\n"Build it and they will come," Okafor said.\n');
    expect(await runIngestCommand(['--corpus', dir, '--topic', 'Should the city build a stadium?', file], io)).toBe(0);
    const stored = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { speakers: Array<Record<string, unknown>> };
    stored.speakers.push({ id: 'old-mill-road', name: 'Old Mill Road', kind: 'person', aliases: [], role: null, organization: null, groups: [] });
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(stored, null, 2));
    const report = checkReport(loadCorpus(dir), dir);
    expect(report).toMatch(/articles with no title, outlet or link to cite: \S+/);
    expect(report).toMatch(/speakers with no quotes \(not used in answers\): old-mill-road$/m);
  });
});
