import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileInstallationStore } from '../../../adapters/slack/file-installation-store.js';
import { BOT_SCOPES } from '../../../adapters/slack/scopes.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus } from '../../../src/index.js';
import { slackSignature } from './stand-ins/sign-request.js';
import { SlackWebApiStandIn } from './stand-ins/slack-web-api.js';
import { SIGNING_SECRET, startTestApp, type TestApp } from './test-app.js';

let app: TestApp;
let installations: string;
const installUrl = () => app.eventsUrl.replace('/slack/events', '/slack/install');

beforeAll(async () => {
  installations = join(mkdtempSync(join(tmpdir(), 'counterpoint-oauth-')), 'installations');
  const slack = await SlackWebApiStandIn.start();
  // Slack's token exchange, answered for whichever workspace the test installs into.
  slack.on('oauth.v2.access', (body) => ({
    ok: true,
    app_id: 'A0COUNTER',
    authed_user: { id: 'U0ADMIN' },
    scope: BOT_SCOPES.join(','),
    token_type: 'bot',
    access_token: `xoxb-${String(body['code'])}`,
    bot_user_id: 'UBOT',
    team: { id: String(body['code']).toUpperCase(), name: 'A newsroom' },
    enterprise: null,
    is_enterprise_install: false,
  }));
  app = await startTestApp(createCounterpoint(await loadCorpus(defaultCorpusDir())), {
    slack,
    config: { auth: { kind: 'oauth', clientId: '111.222', clientSecret: 'client-secret', stateSecret: 'state-secret', installationsDir: installations } },
  });
});

afterAll(async () => {
  await app?.close();
});

/** Walks the install flow as a browser would: the install page, then Slack's redirect back with a code. */
async function install(code: string): Promise<void> {
  const start = await fetch(installUrl(), { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location') ?? '');
  expect(authorize.searchParams.get('scope')).toBe(BOT_SCOPES.join(','));
  const state = authorize.searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const back = await fetch(installUrl().replace('/slack/install', `/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`), {
    headers: { cookie },
    redirect: 'manual',
  });
  expect(back.status).toBe(200);
}

async function mentionIn(team: string, ts: string): Promise<void> {
  const event = { type: 'app_mention', user: 'U0REPORTER', text: '<@UBOT> what do critics say?', ts, channel: 'C0DESK', event_ts: ts };
  const body = JSON.stringify({ team_id: team, api_app_id: 'A0COUNTER', type: 'event_callback', event_id: `Ev${ts}`, event_time: 1, event });
  const response = await fetch(app.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...slackSignature(SIGNING_SECRET, body) }, body });
  expect(response.status).toBe(200);
}

describe('several workspaces through OAuth, with installations kept in files', () => {
  it('installs into two workspaces and answers each with its own bot token', async () => {
    await install('t0first');
    await install('t0second');
    const store = new FileInstallationStore(installations);
    expect((await store.fetchInstallation({ teamId: 'T0FIRST', enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token).toBe('xoxb-t0first');

    await mentionIn('T0FIRST', '1700000400.000100');
    await mentionIn('T0SECOND', '1700000400.000200');
    const first = await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === '1700000400.000100');
    const second = await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === '1700000400.000200');
    expect(first.authorization).toBe('Bearer xoxb-t0first');
    expect(second.authorization).toBe('Bearer xoxb-t0second');
  });

  it('does not answer a workspace that never installed the app, and logs why', async () => {
    await mentionIn('T0STRANGER', '1700000400.000300');
    const logged = () => app.logger.errors().some((line) => line.includes('No installation in') && line.includes('team-T0STRANGER.json'));
    for (let attempt = 0; attempt < 400 && !logged(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(logged()).toBe(true);
    expect(app.slack.calls.some((c) => c.body['thread_ts'] === '1700000400.000300')).toBe(false);
  });
});
