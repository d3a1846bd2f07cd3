import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../src/ingest/ingest-files.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus } from '../../../src/index.js';
import { ReplSession } from '../../../adapters/repl/repl-session.js';
import { runCli, runCommand } from '../../helpers/run-cli.js';

describe('the REPL session', () => {
  const session = () => new ReplSession(createCounterpoint(loadCorpus(defaultCorpusDir())), { width: 80, color: false });

  it('continues the last answer with "more" and "other side"', () => {
    const repl = session();
    const first = repl.handle('what do critics say?');
    expect(first.answer?.sections[0]?.side).toBe('against');
    const more = repl.handle('more');
    const firstIds = new Set(first.answer?.sections[0]?.quotes.map((q) => q.id));
    expect(more.answer?.sections[0]?.quotes.some((q) => firstIds.has(q.id))).toBe(false);
    const other = repl.handle('other side');
    expect(other.answer?.sections[0]).toMatchObject({ kind: 'answer', side: 'for' });
  });

  it('reads "what does the other side say?" as the follow-up once there is an answer', () => {
    const repl = session();
    repl.handle('what do SRO supporters say?');
    expect(repl.handle('what does the other side say?').answer?.sections[0]).toMatchObject({ kind: 'answer', side: 'against' });
  });

  it('explains "more" and "other side" before any question', () => {
    const repl = session();
    expect(repl.handle('more').text).toMatch(/nothing more/i);
    expect(repl.handle('other side').text).toMatch(/Ask about one side first/);
  });

  it('lists help, sources and speakers', () => {
    const repl = session();
    const help = repl.handle('help').text;
    expect(help).toContain('other side');
    expect(help).toContain('Should police officers be stationed in schools?');
    expect(repl.handle('sources').text.split('\n')).toHaveLength(3);
    expect(repl.handle('speakers').text).toContain('Mulenga Chen, parent — 1 quote (mixed)');
  });

  it("names an ingested debate's question once in the help, though its suggestions start with it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpoint-repl-help-'));
    try {
      await ingestFiles(dir, [join(import.meta.dirname, '../../fixtures/debates/pass-fail-grades.md')]);
      const corpus = loadCorpus(dir);
      expect(corpus.topics[0]?.suggestions[0]).toBe(corpus.topics[0]?.question);
      const help = new ReplSession(createCounterpoint(corpus), { width: 80, color: false }).handle('help').text;
      expect(help.split('Should middle schools replace letter grades with pass/fail?')).toHaveLength(2);
      expect(help).toContain('What do critics say?');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('wraps text to the width it is given', () => {
    const text = session().handle('should police be in schools?').text;
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});

describe('the REPL process', () => {
  it('answers piped lines and exits at end of input, without colour', async () => {
    const result = await runCli(['repl'], 'what do critics say?\nother side\nsources\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Critics of police in schools');
    expect(result.stdout).toContain('The other side: Supporters of police in schools');
    expect(result.stdout).toContain('[002_a37abcbc46c246e0]');
    expect(result.stdout).not.toContain('\u001b[');
    for (const line of result.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('is what npm start runs', async () => {
    const result = await runCommand('npm', ['start', '--silent'], 'what do parents think?\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Mulenga Chen');
  });
});
