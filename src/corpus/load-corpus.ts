import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../model/corpus.js';
import { buildCorpus, CORPUS_FILE } from './build-corpus.js';
import { CorpusError } from './corpus-error.js';
import { readShapeVerdict, writeShapeVerdict } from './verified-shape.js';

/**
 * Reads and verifies the corpus in `dir` (corpus.json plus the article texts it names). Throws a `CorpusError`
 * on anything inconsistent: the bot never serves a partial corpus. The schema check of a corpus.json whose exact
 * bytes already passed it under the same schema is skipped (see `verified-shape.ts`, which writes one small file
 * in `dir/.cache` when it can); every other check runs on every load.
 */
export function loadCorpus(dir: string): Corpus {
  const file = join(dir, CORPUS_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CorpusError('CORPUS_MISSING', { file }, `no corpus here (expected ${CORPUS_FILE} in ${dir})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new CorpusError('CORPUS_BAD_JSON', { file }, `not valid JSON (${(error as Error).message})`);
  }
  // One pass over the bytes gives both the verdict's key and the start of the corpus hash.
  const hash = createHash('sha256').update(bytes);
  const bytesSha256 = hash.copy().digest('hex');
  const verdict = readShapeVerdict(dir, bytesSha256);
  let checked: boolean | undefined;
  const corpus = buildCorpus(
    raw,
    (articleFile) => {
      try {
        return readFileSync(join(dir, articleFile), 'utf8');
      } catch {
        return undefined;
      }
    },
    {
      hash,
      shapeVerified: verdict === 'same',
      // A "differs" verdict already says what a new comparison would: zod runs, the file is left alone.
      ...(verdict === null ? { onShapeChecked: (same: boolean) => void (checked = same) } : {}),
    },
  );
  // Written only for a corpus that passed every check, though the verdict itself only speaks of its shape.
  if (checked !== undefined) writeShapeVerdict(dir, bytesSha256, checked ? 'same' : 'differs');
  return corpus;
}

/**
 * The bundled corpus: `corpus/` at the package root, found from this module's location whether it runs from
 * `src/` (tests, tsx) or from the bundle in `dist/`.
 */
export function defaultCorpusDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'corpus', CORPUS_FILE))) return join(dir, 'corpus');
    dir = dirname(dir);
  }
  return resolve('corpus');
}
