// `npm run loadtest`: load and soak checks that are too slow for `npm test` (issue 7).
//  1. Slack HTTP mode under a loopback load of correctly signed slash commands: a real Bolt app from
//     createSlackBot, its Web API pointed at the loopback stand-in; autocannon at a fixed rate. Targets: 0 errors, p99 ≤ 50 ms.
//  2. 100,000 questions through one process: the heap after a full GC must stay flat.
// Every request goes to 127.0.0.1 only; both parts are bounded in count and time and stop by themselves.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { createCounterpoint, defaultCorpusDir, loadCorpus } from '../../src/index.js';
import { slackSignature } from '../adapters/slack/stand-ins/sign-request.js';
import { SIGNING_SECRET, startTestApp } from '../adapters/slack/test-app.js';

const quick = process.argv.includes('--quick');
const RATE = 500;
const SECONDS = quick ? 5 : 30;
const QUESTIONS = quick ? 20_000 : 100_000;

const core = createCounterpoint(loadCorpus(defaultCorpusDir()));

async function slackLoad(): Promise<boolean> {
  const app = await startTestApp(core, { mode: 'http' });
  try {
    const body = new URLSearchParams({
      team_id: 'T0LOAD', channel_id: 'C0LOAD', user_id: 'U0LOAD', command: '/perspectives', text: 'what do critics say?',
      api_app_id: 'A0LOAD', response_url: app.slack.responseUrl('load'), trigger_id: '1.2.3',
    }).toString();
    // One signature is valid for five minutes, longer than the run. autocannon runs in its own process so that
    // the load generator does not share the bot's event loop.
    const headers = { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SIGNING_SECRET, body) };
    const bin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
    const args = [bin, '--json', '-c', '20', '-R', String(RATE), '-d', String(SECONDS), '-m', 'POST', '-b', body,
      ...Object.entries(headers).flatMap(([key, value]) => ['-H', `${key}=${value}`]), app.eventsUrl];
    // Two seconds of warm-up first (JIT, lazily loaded modules, connection pools), not counted: the figure is the
    // steady state a running bot sees.
    const warmUp = args.map((arg, i) => (args[i - 1] === '-d' ? '2' : args[i - 1] === '-R' ? String(RATE / 2) : arg));
    await promisify(execFile)(process.execPath, warmUp, { maxBuffer: 16 * 2 ** 20 });
    const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 2 ** 20 });
    const result = JSON.parse(stdout) as {
      errors: number; timeouts: number; non2xx: number;
      latency: { p50: number; p99: number }; requests: { total: number; average: number };
    };
    const errors = result.errors + result.timeouts + result.non2xx;
    const p99 = result.latency.p99;
    console.log(`Slack HTTP mode: ${result.requests.total} signed slash commands in ${SECONDS} s at ${RATE}/s target ` +
      `(${result.requests.average.toFixed(0)}/s achieved), errors ${errors}, latency p50 ${result.latency.p50} ms, p99 ${p99} ms`);
    const ok = errors === 0 && p99 <= 50 && result.requests.average >= RATE * 0.95;
    console.log(ok ? '  PASS: 0 errors, p99 ≤ 50 ms' : '  FAIL: targets are 0 errors, p99 ≤ 50 ms, ≥ 95 % of the rate');
    return ok;
  } finally {
    await app.close();
  }
}

function heapSoak(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with node --expose-gc (npm run loadtest does)');
  const mix = ['what do SRO supporters say?', 'what do critics say about arrests?', 'should police be in schools?', 'what did the ACLU say?', 'what do parents think?', 'what about Parkland?', "what's for lunch?"];
  const samples: number[] = [];
  for (let i = 0; i < QUESTIONS; i += 1) {
    const answer = core.ask(`${mix[i % mix.length]} ${i % 97 === 0 ? `#${i}` : ''}`);
    if (answer.followUps.more !== null && i % 10 === 0) core.followUp(answer.followUps.more);
    if ((i + 1) % (QUESTIONS / 10) === 0) {
      gc();
      samples.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
  }
  const growth = (samples.at(-1) ?? 0) - (samples[1] ?? 0);
  console.log(`${QUESTIONS} questions in one process: heap after GC ${samples.map((mb) => mb.toFixed(1)).join(' → ')} MB (growth after warm-up ${growth.toFixed(1)} MB)`);
  const ok = growth < 5;
  console.log(ok ? '  PASS: heap flat (< 5 MB growth)' : '  FAIL: heap grew');
  return ok;
}

const results = [await slackLoad(), heapSoak()];
process.exitCode = results.every(Boolean) ? 0 : 1;
