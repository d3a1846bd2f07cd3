// Child process of the benchmark (run.ts): how long a corpus takes to load and to index, and what its snapshot
// costs to write. Prints one JSON object on its last line of standard output.
import { rmSync, statSync } from 'node:fs';
import { loadCorpus } from '../../src/index.js';
import { loadIndexSnapshot } from '../../src/search/index-snapshot.js';
import { QuoteIndex } from '../../src/search/quote-index.js';
import { benchCorpus, parseSize } from './bench-corpus.js';
import { median, round, timed } from './stats.js';

const size = parseSize(process.argv[2]);
const quick = process.argv.includes('--quick');
const { dir, cacheDirs } = benchCorpus(size);

const load = timed(() => loadCorpus(dir));
const corpus = load.value;
const builds: number[] = [];
const budget = quick ? 1_000 : 5_000;
const started = performance.now();
do builds.push(timed(() => QuoteIndex.build(corpus)).ms);
while (builds.length < 15 && performance.now() - started + (builds.at(-1) ?? 0) < budget);

for (const cache of cacheDirs) rmSync(cache, { recursive: true, force: true });
const save = timed(() => loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes: 0 }));
if (save.value.from !== 'built' || save.value.file === null) throw new Error(`the snapshot was not written to ${cacheDirs.join(', ')}`);

console.log(
  JSON.stringify({
    size,
    quotes: corpus.quotes.length,
    speakers: corpus.speakers.length,
    articles: corpus.articles.length,
    textMB: round(corpus.articles.reduce((sum, article) => sum + Buffer.byteLength(article.body), 0) / 1e6),
    corpusLoadMs: round(load.ms),
    buildMs: round(median(builds)),
    builds: builds.length,
    snapshotSaveMs: round(save.ms),
    snapshotMB: round(statSync(save.value.file).size / 1e6),
  }),
);
