import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, CORPUS_FILE } from '../corpus/build-corpus.js';
import { CorpusError } from '../corpus/corpus-error.js';
import { CorpusFileSchema, type CorpusFile } from '../model/corpus-schema.js';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Reading and writing a corpus folder for the commands that change it (ingest, review). Every write is checked
 * first with the core's own `buildCorpus`, so nothing the bot would refuse to load is ever written, and lands
 * atomically: article texts first, corpus.json last, so a crash leaves the corpus exactly as it was or exactly
 * as intended (new article texts that no corpus.json names yet are harmless).
 */

/** The corpus.json of `dir`, validated as the bot would load it; null when the folder has no corpus yet. */
export function readCorpusFile(dir: string): CorpusFile | null {
  const file = join(dir, CORPUS_FILE);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CorpusError('CORPUS_BAD_JSON', { file }, `not valid JSON (${(error as Error).message})`);
  }
  buildCorpus(raw, (articleFile) => readText(join(dir, articleFile)));
  return CorpusFileSchema.parse(raw);
}

/**
 * Validates `corpus` together with `newTexts` (article file → text) and the texts already on disk, then writes
 * the new texts and corpus.json atomically. Throws a `CorpusError` (and writes nothing) when invalid.
 */
export function writeCorpus(dir: string, corpus: CorpusFile, newTexts: ReadonlyMap<string, string> = new Map()): void {
  buildCorpus(corpus, (articleFile) => newTexts.get(articleFile) ?? readText(join(dir, articleFile)));
  try {
    mkdirSync(join(dir, 'articles'), { recursive: true });
    for (const [articleFile, text] of newTexts) {
      const target = join(dir, articleFile);
      if (readText(target) !== text) writeFileAtomic(target, text);
    }
    writeFileAtomic(join(dir, CORPUS_FILE), `${JSON.stringify(corpus, null, 2)}\n`);
  } catch (error) {
    // A folder the user may not write to: say so in words, not with a temporary file's name. (Nothing of the
    // corpus has changed: corpus.json is replaced last, by rename.)
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new Error(`cannot write to ${dir} (${code === 'EROFS' ? 'read-only file system' : 'permission denied'}); the corpus is unchanged`);
    throw error;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
