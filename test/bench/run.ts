// `npm run bench`: the benchmark of issue 6. Prints a table (or, with --json, one JSON object) of index build,
// snapshot and start-up times, heap, warm `ask` latency beside raw MiniSearch, extractor throughput and a cold
// CLI start, for the seeds and synthetic corpora of 1k, 10k and 100k quotes; then the targets, met or not.
//   --quick        shorter measuring loops (finishes within a minute once the synthetic corpora are cached)
//   --json         one JSON object on standard output; progress goes to standard error
//   --sizes=a,b    only these sizes ("seeds" or numbers of quotes)
//   --no-build     time the existing dist/cli.js instead of running npm run build first
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseSize, type BenchSize } from './bench-corpus.js';
import { measureColdCli, ROOT } from './measure-cold-cli.js';
import { sizeTable, table, target, targetTable, type SizeResult, type Target } from './report.js';
import { median, round } from './stats.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const sizes: BenchSize[] = (args.find((arg) => arg.startsWith('--sizes='))?.slice('--sizes='.length).split(',') ?? ['seeds', '1000', '10000', '100000']).map(parseSize);
const progress = (text: string) => process.stderr.write(`${text}\n`);
const started = performance.now();
const loadAtStart = loadavg()[0] ?? Number.NaN;

/** Runs a measuring script in a fresh Node process (so that heap and start-up are its own) and reads its JSON. */
function child(script: string, extra: readonly string[]): Record<string, unknown> {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, script), ...extra, ...(quick ? ['--quick'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !last.startsWith('{')) throw new Error((run.stderr.trim().split('\n').find((line) => /Error/.test(line)) ?? `exit ${run.status}`).slice(0, 200));
  return JSON.parse(last) as Record<string, unknown>;
}

const results: SizeResult[] = sizes.map((size) => {
  progress(`bench: ${size === 'seeds' ? 'seed corpus' : `${size} quotes`}…`);
  try {
    const build = child('measure-build.ts', [String(size)]);
    const start = child('measure-start.ts', [String(size)]);
    // Start-up is one sample per process: take the median of several fresh processes, as a shared machine is noisy.
    const starts = [start, ...Array.from({ length: quick ? 0 : 2 }, () => child('measure-start.ts', [String(size), '--start-only']))];
    const middle = (key: string) => round(median(starts.map((s) => Number(s[key]))));
    const startup = Object.fromEntries(['startupMs', 'corpusLoadMs', 'snapshotLoadMs', 'engineMs', 'heapMB'].map((key) => [key, middle(key)]));
    return { ...build, ...start, ...startup, startupRuns: starts.length, coldCorpusLoadMs: build.corpusLoadMs, size };
  } catch (error) {
    return { size, error: (error as Error).message };
  }
});

progress('bench: extractor…');
let extract: Record<string, unknown>;
try {
  extract = child('measure-extract.ts', []);
} catch (error) {
  extract = { available: false, reason: (error as Error).message };
}

progress('bench: cold CLI start…');
const cold = measureColdCli(quick ? 7 : 21, !args.includes('--no-build'));

const bySize = (size: BenchSize) => results.find((result) => result.size === size && result.error === undefined);
const largest = [...results].reverse().find((result) => result.error === undefined && typeof result.size === 'number');
const real = (extract.real ?? {}) as Record<string, unknown>;
const targets: Target[] = [
  target('cold ask ÷ bare node start (seeds)', cold.ratio, '×', { max: 3 }),
  target('warm ask p99 at the seeds', bySize('seeds')?.askP99, 'ms', { max: 1 }),
  target(`warm ask p99 at ${largest?.size ?? '100000'} quotes`, largest?.askP99, 'ms', { max: 5 }),
  ...results.filter((r) => r.error === undefined).map((r) => target(`ask p99 ÷ raw MiniSearch p99 (${r.size})`, r.ratioP99, '×', { max: 1.5 })),
  target(`start-up from snapshot at ${largest?.size ?? '100000'} quotes`, largest?.startupMs, 'ms', { max: 1000 }),
  target(`heap after load at ${largest?.size ?? '100000'} quotes`, largest?.heapMB, 'MB', { max: 300 }),
  target('extract throughput (real articles)', real.MBps, 'MB/s', { min: 2 }),
];

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1e9),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  /** The 1-minute load average at the start: above the core count, other work shares the CPUs with the benchmark. */
  loadAverage: round(loadAtStart),
};
const report = { date: new Date().toISOString(), quick, machine, sizes: results, extract, cold, targets, seconds: Math.round((performance.now() - started) / 1000) };

if (json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  const lines = [
    `counterpoint benchmarks${quick ? ' (--quick)' : ''}: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}, load average ${machine.loadAverage}`,
    '',
    sizeTable(results),
    '',
    `times in ms; start-up = corpus load + snapshot load + engine, in a fresh process (median of ${quick ? 1 : 3}); heap = V8 heap used after GC;`,
    'ask = engine.ask over the question mix; raw = the same question texts as MiniSearch searches on the same index',
    '',
    extract.available === true
      ? table(['extract', 'articles', 'MB', 'MB/s'], ['real', 'synthetic'].map((kind) => {
          const r = (extract[kind] ?? {}) as Record<string, unknown>;
          return [kind, r.articles, r.MB, r.MBps];
        }))
      : `extract: n/a (${String(extract.reason)})`,
    '',
    cold.available
      ? `cold CLI: node dist/cli.js ask "what do critics say?" ${cold.askMs} ms vs node -e '' ${cold.bareNodeMs} ms (medians of ${cold.runs}): ${cold.ratio}×${cold.note ? ` (${cold.note})` : ''}`
      : `cold CLI: n/a (${cold.note})`,
    '',
    targetTable(targets),
    '',
    `${report.seconds} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
