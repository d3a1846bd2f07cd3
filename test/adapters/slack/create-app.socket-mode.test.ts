import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../adapters/slack/actions.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus } from '../../../src/index.js';
import { expectEscaped, expectWithinSlackLimits } from './slack-limits.js';
import { messageOf, SlackWebApiStandIn } from './stand-ins/slack-web-api.js';
import { SocketModeStandIn } from './stand-ins/socket-mode-server.js';
import { startTestApp, type TestApp } from './test-app.js';

let socket: SocketModeStandIn;
let app: TestApp;

beforeAll(async () => {
  const slack = await SlackWebApiStandIn.start();
  socket = await SocketModeStandIn.start();
  slack.webSocketUrl = socket.url;
  app = await startTestApp(createCounterpoint(await loadCorpus(defaultCorpusDir())), { mode: 'socket', slack });
});

afterAll(async () => {
  await app?.close();
  await socket?.close();
});

describe('the Slack app in Socket Mode, against loopback stand-ins of apps.connections.open and the WebSocket', () => {
  it('opens the connection with the app-level token', () => {
    const open = app.slack.calls.find((call) => call.method === 'apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-test');
  });

  it('acknowledges a slash-command envelope by its envelope_id, then answers through the response_url', async () => {
    socket.deliver({
      envelope_id: 'envelope-slash-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy',
        team_id: 'T0NEWS',
        team_domain: 'newsroom',
        channel_id: 'C0DESK',
        channel_name: 'desk',
        user_id: 'U0REPORTER',
        user_name: 'reporter',
        command: '/perspectives',
        text: 'what do SRO supporters say? <!channel>',
        api_app_id: 'A0COUNTER',
        is_enterprise_install: 'false',
        response_url: app.slack.responseUrl('socket-command'),
        trigger_id: '1.2.3',
      },
    });
    const ack = await socket.waitForAck('envelope-slash-1');
    expect(ack.envelope_id).toBe('envelope-slash-1');
    const body = (await app.slack.waitForResponse('socket-command')).body;
    expect(body['response_type']).toBe('ephemeral');
    const message = messageOf(body);
    expectWithinSlackLimits(message);
    expectEscaped(message);
    expect(JSON.stringify(message)).toContain('Supporters of police in schools');
    expect(message.blocks.some((block) => block.type === 'actions' && block.elements.some((button) => button.action_id === ACTION_IDS.share))).toBe(true);
  });

  it('acknowledges an app_mention envelope and answers in its thread', async () => {
    socket.deliver({
      envelope_id: 'envelope-mention-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: {
        team_id: 'T0NEWS',
        api_app_id: 'A0COUNTER',
        type: 'event_callback',
        event_id: 'EvSocket1',
        event_time: 1_700_000_000,
        event: { type: 'app_mention', user: 'U0REPORTER', text: '<@UBOT> what do critics say?', ts: '1700000100.000100', channel: 'C0DESK', event_ts: '1700000100.000100' },
      },
    });
    await socket.waitForAck('envelope-mention-1');
    const call = await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === '1700000100.000100');
    expect(call.body['channel']).toBe('C0DESK');
    expectWithinSlackLimits(messageOf(call.body));
  });
});
