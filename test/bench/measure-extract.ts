// Child process of the benchmark (run.ts): extractor throughput in MB/s of article text, on real articles (the
// seeds and the gold set) and on synthetic ones. Prints one JSON object on its last line of standard output.
//
// Hook: the extractor is `extractQuotes(body, options)` from src/extract/extract-quotes.ts. If that module or
// export is missing (or renamed), this prints `{ "available": false, ... }` and the table shows "n/a"; point
// EXTRACTOR below at the new place to measure it again.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpusDir, loadCorpus, type Topic } from '../../src/index.js';
import { generateCorpus, toCorpus } from './synthetic-corpus.js';
import { round } from './stats.js';

const EXTRACTOR = { module: '../../src/extract/extract-quotes.js', name: 'extractQuotes' };
type Extract = (body: string, options?: { topic?: Topic }) => readonly unknown[];

const quick = process.argv.includes('--quick');
const { extract, reason } = await loadExtractor();
if (extract === null) {
  console.log(JSON.stringify({ available: false, reason }));
} else {
  const seeds = loadCorpus(defaultCorpusDir());
  const real = [...seeds.articles.map((article) => ({ body: article.body, topic: seeds.topicById.get(article.topic) })), ...goldArticles()];
  const synthetic = toCorpus(generateCorpus(1000));
  const made = synthetic.articles.map((article) => ({ body: article.body, topic: synthetic.topicById.get(article.topic) }));
  const budget = quick ? 1_500 : 5_000;
  console.log(JSON.stringify({ available: true, real: throughput(extract, real, budget), synthetic: throughput(extract, made, budget) }));
}

async function loadExtractor(): Promise<{ extract: Extract | null; reason: string }> {
  try {
    const module = (await import(EXTRACTOR.module)) as Record<string, unknown>;
    const found = module[EXTRACTOR.name];
    if (typeof found === 'function') return { extract: found as Extract, reason: '' };
    return { extract: null, reason: `no ${EXTRACTOR.name} exported by ${EXTRACTOR.module}` };
  } catch (error) {
    return { extract: null, reason: `${EXTRACTOR.module} did not load: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** The gold-set articles' bodies (front matter cut off), when the fixtures are there. */
function goldArticles(): { body: string; topic: undefined }[] {
  const dir = join(import.meta.dirname, '../fixtures/gold');
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith('.md'))
      .map((file) => ({ body: readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''), topic: undefined }));
  } catch {
    return [];
  }
}

/** Extracts from every article, over and over until the time budget is spent; MB of text per second. */
function throughput(run: Extract, articles: readonly { body: string; topic: Topic | undefined }[], budgetMs: number) {
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.body), 0);
  for (const article of articles.slice(0, 5)) run(article.body, article.topic ? { topic: article.topic } : {});
  let passes = 0;
  let quotes = 0;
  const start = performance.now();
  while (passes === 0 || performance.now() - start < budgetMs) {
    for (const article of articles) quotes += run(article.body, article.topic ? { topic: article.topic } : {}).length;
    passes += 1;
  }
  const seconds = (performance.now() - start) / 1000;
  return { articles: articles.length, MB: round(bytes / 1e6), passes, quotesPerPass: quotes / passes, MBps: round((bytes * passes) / 1e6 / seconds) };
}
