import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrottle } from '../../../adapters/slack/throttle.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus, RequestLimits } from '../../../src/index.js';
import { slackSignature } from './stand-ins/sign-request.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from './test-app.js';

const ONE_PER_USER = { user: { burst: 1, perSecond: 0.001, maxKeys: 100 }, channel: { burst: 100, perSecond: 1, maxKeys: 100 } };

describe('createThrottle', () => {
  it('refuses a user past their burst with a polite sentence, and lets them ask again later', () => {
    let now = 0;
    const throttle = createThrottle(new RequestLimits({ user: { burst: 2, perSecond: 1, maxKeys: 10 } }), () => now);
    const ana = { team: 'T1', user: 'U1', channel: 'C1' };
    expect(throttle.refusal(ana)).toBeNull();
    expect(throttle.refusal(ana)).toBeNull();
    expect(throttle.refusal(ana)).toMatch(/try again in 1 s/);
    expect(throttle.refusal({ ...ana, user: 'U2' })).toBeNull();
    now = 1000;
    expect(throttle.refusal(ana)).toBeNull();
  });

  it('keeps workspaces apart: the same user id in another workspace is someone else', () => {
    const throttle = createThrottle(new RequestLimits(ONE_PER_USER), () => 0);
    expect(throttle.refusal({ team: 'T1', user: 'U1', channel: 'C1' })).toBeNull();
    expect(throttle.refusal({ team: 'T2', user: 'U1', channel: 'C1' })).toBeNull();
    expect(throttle.refusal({ team: 'T1', user: 'U1', channel: 'C1' })).not.toBeNull();
  });
});

describe('rate limits in the running app', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(createCounterpoint(await loadCorpus(defaultCorpusDir())), { extra: { limits: new RequestLimits(ONE_PER_USER) } });
  });

  afterAll(async () => {
    await app?.close();
  });

  const command = (user: string, name: string) =>
    new URLSearchParams({ team_id: 'T0NEWS', channel_id: 'C0DESK', user_id: user, command: '/perspectives', text: 'what do critics say?', api_app_id: 'A0COUNTER', response_url: app.slack.responseUrl(name), trigger_id: '1' }).toString();

  async function post(body: string): Promise<void> {
    const contentType = body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded';
    const response = await fetch(app.eventsUrl, { method: 'POST', headers: { 'content-type': contentType, ...slackSignature(SIGNING_SECRET, body) }, body });
    expect(response.status).toBe(200);
  }

  it('answers a user’s first command, tells them privately to wait on the next, and still answers others', async () => {
    await post(command('U0EAGER', 'first'));
    expect((await app.slack.waitForResponse('first')).body['blocks']).toBeDefined();
    await post(command('U0EAGER', 'second'));
    expect((await app.slack.waitForResponse('second')).body).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/faster than I can keep up/) });
    await post(command('U0CALM', 'third'));
    expect((await app.slack.waitForResponse('third')).body['blocks']).toBeDefined();
  });

  it('tells a user who mentions the bot too often privately, not in the thread', async () => {
    const mention = (ts: string) =>
      JSON.stringify({
        team_id: 'T0NEWS',
        api_app_id: 'A0COUNTER',
        type: 'event_callback',
        event_id: `Ev${ts}`,
        event_time: 1,
        event: { type: 'app_mention', user: 'U0LOUD', text: '<@UBOT> what do parents say?', ts, channel: 'C0DESK', event_ts: ts },
      });
    await post(mention('1700000500.000100'));
    await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === '1700000500.000100');
    await post(mention('1700000500.000200'));
    const ephemeral = await app.slack.waitForCall('chat.postEphemeral', (c) => c.body['user'] === 'U0LOUD');
    expect(ephemeral.body).toMatchObject({ channel: 'C0DESK', thread_ts: '1700000500.000200', text: expect.stringMatching(/try again/) });
    expect(app.slack.calls.some((c) => c.method === 'chat.postMessage' && c.body['thread_ts'] === '1700000500.000200')).toBe(false);
  });
});
