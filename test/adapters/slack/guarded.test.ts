import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILURE_TEXT } from '../../../adapters/slack/guarded.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus } from '../../../src/index.js';
import { slackSignature } from './stand-ins/sign-request.js';
import { messageOf } from './stand-ins/slack-web-api.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let sequence = 0;

beforeAll(async () => {
  app = await startTestApp(createCounterpoint(await loadCorpus(defaultCorpusDir())));
});

afterAll(async () => {
  await app?.close();
});

async function post(body: string, contentType: string): Promise<number> {
  const response = await fetch(app.eventsUrl, { method: 'POST', headers: { 'content-type': contentType, ...slackSignature(SIGNING_SECRET, body) }, body });
  return response.status;
}

/** Mentions the bot and returns the `ts` its answer must be threaded under. */
async function mention(question: string): Promise<string> {
  sequence += 1;
  const ts = `1700000200.${String(sequence).padStart(6, '0')}`;
  const event = { type: 'app_mention', user: 'U0REPORTER', text: `<@UBOT> ${question}`, ts, channel: 'C0DESK', event_ts: ts };
  const body = JSON.stringify({ team_id: 'T0NEWS', api_app_id: 'A0COUNTER', type: 'event_callback', event_id: `EvG${sequence}`, event_time: 1, event });
  expect(await post(body, 'application/json')).toBe(200);
  return ts;
}

function slashCommand(text: string, responseName: string): string {
  return new URLSearchParams({
    team_id: 'T0NEWS',
    channel_id: 'C0DESK',
    user_id: 'U0REPORTER',
    command: '/perspectives',
    text,
    api_app_id: 'A0COUNTER',
    response_url: app.slack.responseUrl(responseName),
    trigger_id: '1.2.3',
  }).toString();
}

describe('failures on the way to Slack', () => {
  it('retries chat.postMessage after a 429 with Retry-After, and the answer arrives', async () => {
    app.slack.failNext('chat.postMessage', 429, 1, 0);
    const ts = await mention('what do critics say?');
    const call = await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === ts);
    expect(messageOf(call.body).blocks.length).toBeGreaterThan(0);
    expect(app.slack.failed).toContainEqual({ name: 'chat.postMessage', status: 429 });
  });

  it('retries chat.postMessage after HTTP 500s as the client is configured to, and the answer arrives', async () => {
    const before = app.slack.failed.length;
    app.slack.failNext('chat.postMessage', 500, 2);
    const ts = await mention('what do parents say?');
    await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === ts);
    expect(app.slack.failed.slice(before)).toEqual([
      { name: 'chat.postMessage', status: 500 },
      { name: 'chat.postMessage', status: 500 },
    ]);
  });

  it('tells the user clearly and privately when Slack keeps failing, logs it, and keeps answering', async () => {
    const ts = await mention('what does Mo Canady say?');
    const answer = messageOf((await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === ts)).body);
    const otherSide = answer.blocks.flatMap((block) => (block.type === 'actions' ? block.elements : [])).find((button) => button.action_id === 'counterpoint_other_side');
    if (otherSide === undefined) throw new Error('expected an Other side button');
    app.slack.failNext('chat.postMessage', 500, 3);
    const click = new URLSearchParams({
      payload: JSON.stringify({
        type: 'block_actions',
        team: { id: 'T0NEWS' },
        user: { id: 'U0REPORTER' },
        api_app_id: 'A0COUNTER',
        container: { type: 'message', message_ts: '1700000300.000100', channel_id: 'C0DESK', is_ephemeral: false },
        channel: { id: 'C0DESK' },
        message: { type: 'message', ts: '1700000300.000100', thread_ts: ts, text: 'answer' },
        response_url: app.slack.responseUrl('failing-thread'),
        actions: [{ type: 'button', action_id: otherSide.action_id, block_id: 'b', value: otherSide.value, action_ts: '1' }],
      }),
    }).toString();
    expect(await post(click, 'application/x-www-form-urlencoded')).toBe(200);
    const told = (await app.slack.waitForResponse('failing-thread')).body;
    expect(told).toMatchObject({ response_type: 'ephemeral', text: FAILURE_TEXT });
    expect(app.logger.errors().some((line) => line.includes('the Other side button failed'))).toBe(true);

    const next = await mention('what do supporters say?');
    await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === next);
  });

  it('survives a response_url that fails, logging both the answer and the apology, and answers the next command', async () => {
    app.slack.failNext('broken-url', 500, 2);
    expect(await post(slashCommand('what do critics say?', 'broken-url'), 'application/x-www-form-urlencoded')).toBe(200);
    expect(await post(slashCommand('what do supporters say?', 'working-url'), 'application/x-www-form-urlencoded')).toBe(200);
    expect((await app.slack.waitForResponse('working-url')).body['response_type']).toBe('ephemeral');
    expect(app.slack.failed.filter((failure) => failure.name === 'broken-url')).toHaveLength(2);
    const errors = app.logger.errors();
    expect(errors.some((line) => /the \/perspectives command failed: .*500/.test(line))).toBe(true);
    expect(errors.some((line) => line.includes('could not tell the user that the /perspectives command failed'))).toBe(true);
  });

  it('acknowledges and ignores a click whose payload lacks what it needs, naming the missing field in the log', async () => {
    const click = new URLSearchParams({
      payload: JSON.stringify({ type: 'block_actions', team: { id: 'T0NEWS' }, user: { id: 'U0REPORTER' }, api_app_id: 'A0COUNTER', actions: [{ type: 'button', action_id: 'counterpoint_more', action_ts: '1' }] }),
    }).toString();
    expect(await post(click, 'application/x-www-form-urlencoded')).toBe(200);
    await until(() => app.logger.lines.some((line) => line.level === 'warn' && line.text.includes('ignored a More click without actions.0.value')));
  });
});

describe('what the log holds after all of the above', () => {
  it('has the failures, but never a token or the signing secret', () => {
    expect(app.logger.errors().length).toBeGreaterThan(0);
    for (const line of app.logger.lines) {
      expect(line.text).not.toContain(BOT_TOKEN);
      expect(line.text).not.toContain(SIGNING_SECRET);
      expect(line.text).not.toMatch(/xox[abp]-|xapp-/);
    }
  });
});

/** Waits for something the app does after acknowledging (and so after the HTTP response). */
async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 400 && !condition(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}
