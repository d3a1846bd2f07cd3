import { loadCorpus } from './corpus/load-corpus.js';
import { createCounterpoint } from './engine.js';
import type { Counterpoint } from './engine-types.js';
import { loadOrBuildIndex } from './search/index-snapshot.js';

/**
 * The core for the corpus in `dir`, as every surface starts it: the corpus loaded and verified (a `CorpusError`
 * otherwise), and the search index restored from its snapshot when one matches the corpus, else built and
 * snapshotted. The one place the CLI, REPL, Discord and Slack open a corpus.
 */
export function openCounterpoint(dir: string): Counterpoint {
  const corpus = loadCorpus(dir);
  return createCounterpoint(corpus, { index: loadOrBuildIndex(corpus, dir) });
}
