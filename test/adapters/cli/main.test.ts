import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { copyOfSeedCorpus, editCorpusJson } from '../../helpers/corpus-fixture.js';
import { runCli } from '../../helpers/run-cli.js';

/** The JSON answer of CONTRACT.md, checked field by field. */
const QuoteJson = z.object({
  id: z.string(),
  text: z.string().min(1),
  kind: z.enum(['direct', 'paraphrase']),
  speaker: z.object({ name: z.string(), role: z.string().nullable() }),
  side: z.enum(['for', 'against', 'mixed']),
  source: z.object({ article: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), date: z.string().nullable(), url: z.string().nullable() }),
});
const AnswerJson = z.object({
  question: z.string(),
  topic: z.object({ id: z.string(), question: z.string() }).nullable(),
  intent: z.object({ side: z.enum(['for', 'against', 'mixed']).nullable(), speakers: z.array(z.string()), terms: z.array(z.string()) }),
  sections: z.array(z.object({ kind: z.enum(['answer', 'counterpoint']), side: z.enum(['for', 'against', 'mixed']), label: z.string(), quotes: z.array(QuoteJson) })),
  notice: z.string().nullable(),
});

describe('counterpoint ask', () => {
  it('answers a question given as an argument in plain text', async () => {
    const result = await runCli(['ask', 'what do SRO supporters say?']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Supporters of police in schools');
    expect(result.stdout).toContain('The other side: Critics of police in schools');
    expect(result.stdout).toMatch(/— Mo Canady, National Association of School Resource Officers · Nexstar/);
  });

  it('prints the CONTRACT.md JSON with --json', async () => {
    const result = await runCli(['ask', '--json', 'what do SRO supporters say?']);
    expect(result.code).toBe(0);
    const answer = AnswerJson.parse(JSON.parse(result.stdout));
    expect(answer.topic?.id).toBe('police-in-schools');
    expect(answer.intent.side).toBe('for');
    expect(answer.sections.map((s) => [s.kind, s.side])).toEqual([['answer', 'for'], ['counterpoint', 'against']]);
    expect(answer.notice).toBeNull();
  });

  it('answers each line of standard input as JSON Lines', async () => {
    const result = await runCli(['ask', '--json'], 'should police be in schools?\nwhat did the ACLU say?\nwhat\u2019s for lunch?\n');
    const lines = result.stdout.trim().split('\n').map((line) => AnswerJson.parse(JSON.parse(line)));
    expect(lines).toHaveLength(3);
    expect(lines[0]?.sections).toHaveLength(3);
    expect(lines[1]?.intent.speakers).toEqual(['ACLU of Missouri']);
    expect(lines[2]?.notice).toMatch(/nothing on/);
    expect(lines[2]?.sections).toHaveLength(0);
  });

  it('answers an empty question with the help, one JSON line for every line in', async () => {
    const result = await runCli(['ask', '--json'], 'what do critics say?\n\n\u200b\n?\nwhat did the ACLU say?\n');
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { message?: string; notice?: string; sections?: unknown[]; intent?: unknown });
    expect(lines).toHaveLength(5);
    // A line that asks nothing still gets an object with the contract's keys: no sections, the help as its notice.
    for (const line of lines.slice(1, 4)) {
      expect(line.notice).toMatch(/^Ask about this debate/);
      expect(line.sections).toEqual([]);
      expect(line.intent).toBeDefined();
    }
    expect(lines[4]?.intent).toBeDefined();
    const plain = await runCli(['ask', '']);
    expect(plain.stdout).toMatch(/Should police officers be stationed in schools\?/);
  });

  it('answers from another corpus with --corpus, and exits 1 with one line when it is broken', async () => {
    const dir = copyOfSeedCorpus();
    try {
      expect((await runCli(['ask', '--corpus', dir, 'what do critics say?'])).code).toBe(0);
      editCorpusJson(dir, (json) => void (json.articles[0].quotes[0].text = 'invented words'));
      const broken = await runCli(['ask', '--corpus', dir, 'what do critics say?']);
      expect(broken.code).toBe(1);
      expect(broken.stderr.trim().split('\n')).toHaveLength(1);
      expect(broken.stderr).toMatch(/corpus\.json: article "000_e4a85b81ec892bf0", quote "[a-z0-9-]+": text:/);
      expect(broken.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const badOption = await runCli(['ask', '--colour', 'x']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/^counterpoint: /);
  });
});

describe('counterpoint check', () => {
  it('reports articles, speakers, quotes per side and unreviewed quotes', async () => {
    const result = await runCli(['check']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/3 article\(s\), 16 speaker\(s\), 30 quote\(s\)/);
    expect(result.stdout).toMatch(/quotes per side: for \d+, against \d+, mixed \d+/);
    expect(result.stdout).toMatch(/unreviewed: 0/);
  });

  it('exits 1 naming file, entry and field on a broken corpus, with no stack trace', async () => {
    const dir = copyOfSeedCorpus();
    try {
      editCorpusJson(dir, (json) => void (json.articles[2].quotes[0].speaker = 'ghost'));
      const result = await runCli(['check', '--corpus', dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/corpus\.json: article "002_a37abcbc46c246e0", quote "[a-z0-9-]+": speaker: unknown speaker "ghost"/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 when the corpus folder does not exist', async () => {
    const result = await runCli(['check', '--corpus', '/nonexistent/corpus']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no corpus here/);
  });
});

describe('counterpoint extract and ingest', () => {
  const article = `---
title: District weighs armed staff
outlet: The Valley Ledger
date: 2024-03-02
question: Should school staff be armed?
---
The county board heard from both sides on Tuesday.

"Arming teachers puts a gun within reach of every student in the room," said Superintendent Karen Voss.

Deputy Sheriff Tom Hale disagreed. "A trained staff member can stop an attacker minutes before we arrive," Hale said.
`;

  it('extracts quotes with offsets that slice the body, then ingests them into a new corpus that answers', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'counterpoint-ingest-'));
    try {
      const file = join(dir, 'armed-staff.md');
      writeFileSync(file, article);
      const extracted = await runCli(['extract', '--json', file]);
      expect(extracted.code).toBe(0);
      const quotes = JSON.parse(extracted.stdout).articles[0].quotes as Array<{ text: string; start: number; end: number; speaker: string }>;
      expect(quotes.map((q) => q.speaker)).toEqual(['Karen Voss', 'Tom Hale']);
      const body = article.slice(article.indexOf('---\n', 4) + 4);
      for (const quote of quotes) expect(body.slice(quote.start, quote.end)).toBe(quote.text);

      const corpus = join(dir, 'corpus');
      expect((await runCli(['ingest', '--corpus', corpus, file])).code).toBe(0);
      const check = await runCli(['check', '--corpus', corpus]);
      expect(check.stdout).toMatch(/unreviewed: 2/);
      const answer = await runCli(['ask', '--json', '--corpus', corpus, 'what did Hale say?']);
      const parsed = AnswerJson.parse(JSON.parse(answer.stdout));
      expect(parsed.topic?.question).toBe('Should school staff be armed?');
      expect(parsed.sections[0]?.quotes[0]?.speaker.name).toBe('Tom Hale');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
