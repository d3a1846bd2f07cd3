import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCorpusDir } from '../../src/index.js';
import { GENERATOR_VERSION, generateCorpus, writeCorpus } from './synthetic-corpus.js';

/** A benchmark size: the bundled seed corpus, or a synthetic corpus of that many quotes. */
export type BenchSize = 'seeds' | number;

/** Where benchmark corpora and snapshots live: the temp folder, never the repository. */
export const BENCH_ROOT = join(tmpdir(), 'counterpoint-bench');

export interface BenchCorpus {
  readonly dir: string;
  /** Snapshot folders, kept out of the repository's corpus/ so a benchmark never leaves files there. */
  readonly cacheDirs: readonly string[];
}

/** Reads a size from the command line: "seeds" or a number of quotes. */
export function parseSize(text: string | undefined): BenchSize {
  if (text === 'seeds') return 'seeds';
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`expected "seeds" or a number of quotes, got "${text}"`);
  return n;
}

/**
 * The corpus folder for a size, generating the synthetic corpus on first use. Generated folders are reused
 * across runs (the generator is deterministic, and its version is in the folder name).
 */
export function benchCorpus(size: BenchSize): BenchCorpus {
  if (size === 'seeds') return { dir: defaultCorpusDir(), cacheDirs: [join(BENCH_ROOT, 'seeds-cache')] };
  const dir = join(BENCH_ROOT, `synthetic-v${GENERATOR_VERSION}-${size}`);
  const done = join(dir, '.complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeCorpus(generateCorpus(size), dir);
    writeFileSync(done, '');
  }
  return { dir, cacheDirs: [join(dir, '.cache')] };
}
