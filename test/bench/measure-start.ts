// Child process of the benchmark (run.ts): a cold start from the index snapshot, the heap it leaves, and warm
// `ask` latency over the question mix beside the same questions as raw MiniSearch searches on the same index.
// Prints one JSON object on its last line of standard output.
import { readFileSync } from 'node:fs';
import { createCounterpoint, loadCorpus, type Answer } from '../../src/index.js';
import { loadIndexSnapshot } from '../../src/search/index-snapshot.js';
import { restoreMiniSearch } from '../../src/search/quote-index.js';
import { benchCorpus, parseSize } from './bench-corpus.js';
import { questionMix } from './question-mix.js';
import { collectGarbage, percentile, round, timed } from './stats.js';

const size = parseSize(process.argv[2]);
const quick = process.argv.includes('--quick');
const { dir, cacheDirs } = benchCorpus(size);
const MB = 1024 * 1024;

collectGarbage();
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
const corpus = loadCorpus(dir);
const corpusAt = performance.now();
const load = loadIndexSnapshot(corpus, dir, { cacheDirs, minQuotes: 0 });
if (load.from !== 'snapshot' || load.file === null) throw new Error('run measure-build first: no snapshot to start from');
const snapshotAt = performance.now();
const engine = createCounterpoint(corpus, { index: load.index });
const engineAt = performance.now();
const mix = questionMix(corpus);
const first = timed(() => engine.ask(mix[0]?.text ?? ''));
collectGarbage();
const memory = process.memoryUsage();

if (process.argv.includes('--start-only')) {
  console.log(
    JSON.stringify({
      startupMs: round(engineAt - start),
      corpusLoadMs: round(corpusAt - start),
      snapshotLoadMs: round(snapshotAt - corpusAt),
      engineMs: round(engineAt - snapshotAt),
      heapMB: round(memory.heapUsed / MB),
    }),
  );
  process.exit(0);
}

// The floor: the same index, as plain MiniSearch, searching each question's text with the index's own options.
const snapshot = readFileSync(load.file, 'utf8');
const raw = restoreMiniSearch(JSON.parse(snapshot.slice(snapshot.indexOf('\n') + 1)) as Parameters<typeof restoreMiniSearch>[0]);

const askMs: number[] = [];
const rawMs: number[] = [];
const byKind = new Map<string, number[]>();
const answers = new Map<string, Answer>();
for (let round = 0; round < 5; round += 1) for (const q of mix) (answers.set(q.text, engine.ask(q.text)), raw.search(q.text));
// Asks and raw searches alternate in blocks, with a full collection before each block: both run under the same
// machine load, but neither pays for the other's garbage (a raw search of common words at 100k quotes leaves
// megabytes of results, whose collection used to land in the next ask's timing). Each block's own collections
// still count against it.
const budget = quick ? 2_000 : 10_000;
const blockMs = quick ? 100 : 250;
const loopStart = performance.now();
let rounds = 0;
while (rounds < 20 || (performance.now() - loopStart < budget && rounds < 20_000)) {
  collectGarbage();
  const askStart = performance.now();
  do {
    for (const q of mix) {
      const ask = timed(() => engine.ask(q.text)).ms;
      askMs.push(ask);
      const samples = byKind.get(q.kind);
      if (samples === undefined) byKind.set(q.kind, [ask]);
      else samples.push(ask);
    }
    rounds += 1;
  } while (performance.now() - askStart < blockMs);
  collectGarbage();
  const rawStart = performance.now();
  do for (const q of mix) rawMs.push(timed(() => raw.search(q.text)).ms);
  while (performance.now() - rawStart < blockMs);
}

const more = [...answers.values()].map((answer) => answer.followUps.more).find((token) => token !== null);
const followUpMs = more == null ? [] : Array.from({ length: 50 }, () => timed(() => engine.followUp(more)).ms);
const suggestMs: number[] = [];
const suggestStart = performance.now();
do suggestMs.push(timed(() => engine.suggestSpeakers('ma')).ms);
while (suggestMs.length < 30 && performance.now() - suggestStart < (quick ? 1_000 : 3_000));

const p = (samples: number[], q: number) => round(percentile(samples, q));
console.log(
  JSON.stringify({
    size,
    quotes: corpus.quotes.length,
    startupMs: round(engineAt - start),
    corpusLoadMs: round(corpusAt - start),
    snapshotLoadMs: round(snapshotAt - corpusAt),
    engineMs: round(engineAt - snapshotAt),
    firstAskMs: round(first.ms),
    heapMB: round(memory.heapUsed / MB),
    heapDeltaMB: round((memory.heapUsed - heapBefore) / MB),
    rssMB: round(memory.rss / MB),
    askP50: p(askMs, 50),
    askP99: p(askMs, 99),
    rawP50: p(rawMs, 50),
    rawP99: p(rawMs, 99),
    ratioP50: round(percentile(askMs, 50) / percentile(rawMs, 50)),
    ratioP99: round(percentile(askMs, 99) / percentile(rawMs, 99)),
    samples: askMs.length,
    rawSamples: rawMs.length,
    askP50ByKind: Object.fromEntries([...byKind].map(([kind, samples]) => [kind, p(samples, 50)])),
    askP99ByKind: Object.fromEntries([...byKind].map(([kind, samples]) => [kind, p(samples, 99)])),
    followUpP50: p(followUpMs, 50),
    suggestSpeakersP50: p(suggestMs, 50),
    answered: Object.fromEntries(mix.map((q) => [q.text, answers.get(q.text)?.notice ?? `${answers.get(q.text)?.sections.reduce((n, s) => n + s.quotes.length, 0)} quotes`])),
  }),
);
