import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../model/corpus.js';
import { buildCorpus, CORPUS_FILE } from './build-corpus.js';
import { CorpusError } from './corpus-error.js';

/**
 * Reads and verifies the corpus in `dir` (corpus.json plus the article texts it names). Throws a `CorpusError`
 * on anything inconsistent: the bot never serves a partial corpus.
 */
export function loadCorpus(dir: string): Corpus {
  const file = join(dir, CORPUS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CorpusError('CORPUS_MISSING', { file }, `no corpus here (expected ${CORPUS_FILE} in ${dir})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CorpusError('CORPUS_BAD_JSON', { file }, `not valid JSON (${(error as Error).message})`);
  }
  return buildCorpus(
    raw,
    (articleFile) => {
      try {
        return readFileSync(join(dir, articleFile), 'utf8');
      } catch {
        return undefined;
      }
    },
    text,
  );
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
