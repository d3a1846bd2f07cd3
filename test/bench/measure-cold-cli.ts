import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median, round } from './stats.js';

/** The repository root, where `npm run build` writes dist/. */
export const ROOT = join(import.meta.dirname, '../..');

/** A cold `counterpoint ask` against a bare Node start, timed alternately in the same run. */
export interface ColdStart {
  readonly available: boolean;
  readonly note: string | null;
  readonly runs: number;
  readonly bareNodeMs: number;
  readonly askMs: number;
  readonly ratio: number;
}

/**
 * Builds the bin (unless told not to), then runs `node -e ''` and `node dist/cli.js ask QUESTION` alternately
 * `runs` times each; medians of wall time from spawn to exit. Alternating spreads any background load of a
 * shared machine over both.
 */
export function measureColdCli(runs: number, build: boolean, question = 'what do critics say?', corpusDir?: string): ColdStart {
  const bin = join(ROOT, 'dist', 'cli.js');
  let note: string | null = null;
  if (build) {
    const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) note = `npm run build failed (${built.stderr.trim().split('\n')[0] ?? ''}); timed the existing dist/cli.js`;
  }
  if (!existsSync(bin)) return { available: false, note: note ?? 'dist/cli.js is missing: run npm run build', runs: 0, bareNodeMs: Number.NaN, askMs: Number.NaN, ratio: Number.NaN };
  const args = [bin, 'ask', question, ...(corpusDir === undefined ? [] : ['--corpus', corpusDir])];
  const time = (argv: string[]) => {
    const start = performance.now();
    const run = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`${argv.join(' ')} exited with ${run.status}: ${run.stderr}`);
    return ms;
  };
  time(['-e', '']);
  time(args);
  const bare: number[] = [];
  const ask: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    bare.push(time(['-e', '']));
    ask.push(time(args));
  }
  return { available: true, note, runs, bareNodeMs: round(median(bare)), askMs: round(median(ask)), ratio: round(median(ask) / median(bare)) };
}
