import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';

/**
 * Ingest must never leave a half-written corpus. A real ingest process (the production code, bundled) is
 * killed with SIGKILL at many points of its write: as the 1st, 2nd, 5th… temporary file of an article text
 * appears, as corpus.json's temporary file appears, and at instants spread over the run. After every kill the
 * corpus must load and be exactly the corpus before or exactly the corpus after the ingest.
 */
const ARTICLES = 12;
const QUESTION = 'Should police officers be stationed in schools?';
const seeds = join(import.meta.dirname, '../../corpus');
let work: string;
let runner: string;
let inputs: string[];
let before: string;
let after: string;
let fullRun: number;

type Kill = { readonly afterMs: number } | { readonly atWrite: number };

/** Runs the ingest; kills it after a delay, or when the n-th temporary file of the write shows up (inotify). */
function run(dir: string, kill: Kill | null): Promise<{ signal: NodeJS.Signals | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [runner, dir, QUESTION, ...inputs], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const watchers: FSWatcher[] = [];
    let timer: NodeJS.Timeout | null = null;
    if (kill !== null && 'afterMs' in kill) timer = setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
    if (kill !== null && 'atWrite' in kill) {
      const seen = new Set<string>();
      const onEvent = (_event: string, name: string | null) => {
        if (name === null || (!name.includes('.tmp-') && name !== 'corpus.json') || seen.has(name)) return;
        seen.add(name);
        if (seen.size === kill.atWrite) child.kill('SIGKILL');
      };
      watchers.push(watch(dir, onEvent), watch(join(dir, 'articles'), onEvent));
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer !== null) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      if (signal === null && code !== 0) reject(new Error(`ingest failed: ${stderr}`));
      else resolve({ signal, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    });
  });
}

function freshCorpus(name: string): string {
  const dir = join(work, name);
  cpSync(seeds, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'counterpoint-kill-'));
  runner = join(work, 'ingest-runner.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'fixtures/ingest-runner.ts')], bundle: true, platform: 'node', format: 'esm', outfile: runner, logLevel: 'silent' });
  // Twelve distinct articles (the seeds with a numbered paragraph) make the write phase long enough to hit.
  const inputDir = join(work, 'inputs');
  mkdirSync(inputDir);
  const texts = readdirSync(join(seeds, 'articles')).map((file) => readFileSync(join(seeds, 'articles', file), 'utf8'));
  inputs = Array.from({ length: ARTICLES }, (_, n) => {
    const file = join(inputDir, `article-${n}.md`);
    writeFileSync(file, `---\ntitle: Copy ${n}\n---\n${texts[n % texts.length] ?? ''}\n\nThis copy is number ${n}.\n`);
    return file;
  });
  before = readFileSync(join(seeds, 'corpus.json'), 'utf8');
  const reference = freshCorpus('reference');
  fullRun = (await run(reference, null)).ms;
  after = readFileSync(join(reference, 'corpus.json'), 'utf8');
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ingest killed at any point', () => {
  it('leaves a corpus that loads and is exactly the one before or the one after', async () => {
    expect(after).not.toBe(before);
    expect(loadCorpus(join(work, 'reference')).articles).toHaveLength(3 + ARTICLES);
    // Each article text is written through a temporary file, then corpus.json is (ARTICLES + 1 temporary files),
    // then renamed into place (the last point).
    const kills: Kill[] = [1, 2, 6, ARTICLES, ARTICLES + 1, ARTICLES + 2].map((n) => ({ atWrite: n }));
    kills.push({ afterMs: Math.round(fullRun * 0.5) });
    const outcomes: string[] = [];
    for (const [trial, kill] of kills.entries()) {
      const dir = freshCorpus(`trial-${trial}`);
      const { signal } = await run(dir, kill);
      const corpus = readFileSync(join(dir, 'corpus.json'), 'utf8');
      expect([before, after]).toContain(corpus);
      expect(() => loadCorpus(dir)).not.toThrow();
      const written = readdirSync(join(dir, 'articles')).length - 3;
      outcomes.push(`${JSON.stringify(kill)} ${signal === 'SIGKILL' ? 'killed' : 'finished'} with ${written} new text file(s): ${corpus === before ? 'before' : 'after'}`);
    }
    console.log(`full run ${Math.round(fullRun)}ms\n${outcomes.join('\n')}`);
    // The write-point kills landed inside the write: the process died, and some texts were already on disk.
    expect(outcomes.filter((outcome) => outcome.includes('atWrite') && outcome.includes('killed')).length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
