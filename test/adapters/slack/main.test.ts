import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../helpers/run-cli.js';
import { slackSignature } from './stand-ins/sign-request.js';

/** The built adapter, as `npm run slack` runs it (the test run's global setup builds dist/ first). */
const SLACK_BIN = join(import.meta.dirname, '../../../dist/slack.js');
const TOKENS = { SLACK_APP_TOKEN: 'xapp-1-hidden-value-app', SLACK_BOT_TOKEN: 'xoxb-hidden-value-bot', SLACK_SIGNING_SECRET: '', SLACK_PORT: '', PORT: '' };

describe('npm run slack (dist/slack.js)', () => {
  it('names the missing variables and prints no value', async () => {
    const result = await runCommand(process.execPath, [SLACK_BIN], undefined, { ...TOKENS, SLACK_APP_TOKEN: '', SLACK_BOT_TOKEN: 'not-a-bot-token-hidden-value' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/SLACK_APP_TOKEN is missing/);
    expect(result.stderr).toMatch(/SLACK_BOT_TOKEN should start with "xoxb-"/);
    expect(result.stderr).not.toContain('hidden-value');
  });

  it('refuses to start on a broken corpus, naming the problem', async () => {
    const result = await runCommand(process.execPath, [SLACK_BIN], undefined, { ...TOKENS, COUNTERPOINT_CORPUS: join(import.meta.dirname, 'no-such-corpus') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not starting, the corpus is broken \(CORPUS_MISSING\): .*no-such-corpus/);
    expect(result.stderr).not.toContain('hidden-value');
  });

  it('starts in HTTP mode, rejects an unsigned request, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [SLACK_BIN], {
      env: { ...process.env, ...TOKENS, SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: 'secret', SLACK_PORT: String(port), COUNTERPOINT_CORPUS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const started = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('counterpoint: answering /perspectives')) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await started;
      expect(output).toMatch(new RegExp(`HTTP on port ${port}`));
      const body = 'command=%2Fperspectives&text=hi';
      const forged = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature('wrong', body) },
        body,
      });
      expect(forged.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).not.toContain('hidden-value');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
