import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExtractCommand } from '../../../adapters/cli/extract-command.js';
import { runIngestCommand } from '../../../adapters/cli/ingest-command.js';
import { runReviewCommand } from '../../../adapters/cli/review-command.js';

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
    const quote = json.articles[0]?.quotes[0];
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

describe('ingest and review commands', () => {
  it('ingest, list, side, speaker, accept and reject, as an editor would', async () => {
    const dir = join(work, 'corpus');
    const file = join(work, 'start.md');
    writeFileSync(file, ARTICLE);
    expect(await runIngestCommand(['--corpus', dir, file], io)).toBe(0);
    expect(out).toMatch(/added .*start\.md/);
    out = '';
    expect(await runReviewCommand(['--corpus', dir, 'list'], io)).toBe(0);
    const id = /^(\S+)\n {2}Alma Reyes/m.exec(out)?.[1] ?? '';
    expect(id).not.toBe('');
    expect(await runReviewCommand(['--corpus', dir, 'side', id, 'against'], io)).toBe(0);
    expect(await runReviewCommand(['--corpus', dir, 'speaker', id, 'Alma', 'Reyes'], io)).toBe(0);
    expect(await runReviewCommand(['--corpus', dir, 'accept', id], io)).toBe(0);
    const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as { articles: Array<{ quotes: Array<{ id: string; side: string; reviewed: boolean }> }> };
    expect(corpus.articles[0]?.quotes.find((q) => q.id === id)).toMatchObject({ side: 'against', reviewed: true });
    expect(await runReviewCommand(['--corpus', dir, 'side', id, 'sideways'], io)).toBe(1);
    expect(await runReviewCommand(['--corpus', dir, 'accept', 'nope'], io)).toBe(1);
    expect(await runReviewCommand(['--corpus', dir, 'frobnicate'], io)).toBe(2);
    expect(await runReviewCommand(['--corpus', dir, 'reject', id], io)).toBe(0);
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
