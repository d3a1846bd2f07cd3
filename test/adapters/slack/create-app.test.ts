import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS, decodeRequest } from '../../../adapters/slack/actions.js';
import type { ButtonElement, SlackMessage } from '../../../adapters/slack/block-kit.js';
import { createCounterpoint, defaultCorpusDir, loadCorpus, type Counterpoint } from '../../../src/index.js';
import { hostileCorpus } from './hostile-corpus.js';
import { expectEscaped, expectWithinSlackLimits } from './slack-limits.js';
import { slackSignature } from './stand-ins/sign-request.js';
import { messageOf } from './stand-ins/slack-web-api.js';
import { BOT_TOKEN, SIGNING_SECRET, startTestApp, type TestApp } from './test-app.js';

const CHANNEL = 'C0DESK';
const REPORTER = 'U0REPORTER';
const MENTION_TS = '1700000000.000100';

let seeds: Counterpoint;
let app: TestApp;
let sequence = 0;

beforeAll(async () => {
  seeds = createCounterpoint(await loadCorpus(defaultCorpusDir()));
  app = await startTestApp(seeds);
});

afterAll(async () => {
  await app?.close();
});

/** POSTs a signed body to the app's events URL, as Slack does. */
async function post(body: string, contentType: string, signature = slackSignature(SIGNING_SECRET, body)): Promise<Response> {
  return fetch(app.eventsUrl, { method: 'POST', headers: { 'content-type': contentType, ...signature }, body });
}

function slashCommand(text: string, responseUrl: string, command = '/perspectives'): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0NEWS',
    team_domain: 'newsroom',
    channel_id: CHANNEL,
    channel_name: 'desk',
    user_id: REPORTER,
    user_name: 'reporter',
    command,
    text,
    api_app_id: 'A0COUNTER',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

function eventCallback(event: Record<string, unknown>): string {
  sequence += 1;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0NEWS',
    api_app_id: 'A0COUNTER',
    type: 'event_callback',
    event_id: `Ev${sequence}`,
    event_time: 1_700_000_000,
    event,
    authorizations: [{ team_id: 'T0NEWS', user_id: 'UBOT', is_bot: true }],
  });
}

function interaction(payload: Record<string, unknown>): string {
  return new URLSearchParams({
    payload: JSON.stringify({ token: 'legacy-verification-token', api_app_id: 'A0COUNTER', team: { id: 'T0NEWS', domain: 'newsroom' }, ...payload }),
  }).toString();
}

function buttonClick(button: ButtonElement, responseUrl: string, where: { ephemeral: boolean; messageTs?: string; threadTs?: string; channel?: string }): string {
  const messageTs = where.messageTs ?? '1700000001.000100';
  return interaction({
    type: 'block_actions',
    user: { id: REPORTER, username: 'reporter', team_id: 'T0NEWS' },
    trigger_id: '1.2.4',
    container: { type: 'message', message_ts: messageTs, channel_id: where.channel ?? CHANNEL, is_ephemeral: where.ephemeral },
    channel: { id: where.channel ?? CHANNEL, name: 'desk' },
    ...(where.ephemeral ? {} : { message: { type: 'message', ts: messageTs, ...(where.threadTs ? { thread_ts: where.threadTs } : {}), text: 'answer' } }),
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: button.action_id, block_id: 'b1', value: button.value, action_ts: '1700000002.000100', text: button.text }],
  });
}

const FORM = 'application/x-www-form-urlencoded';

function buttons(message: SlackMessage): Map<string, ButtonElement> {
  return new Map(message.blocks.flatMap((block) => (block.type === 'actions' ? block.elements : [])).map((button) => [button.action_id, button]));
}

function sectionTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((block) => (block.type === 'section' ? [block.text.text] : []));
}

/** Runs the slash command and returns the ephemeral answer posted to its response_url. */
async function askBySlashCommand(text: string): Promise<Record<string, unknown>> {
  const name = `command-${++sequence}`;
  const response = await post(slashCommand(text, app.slack.responseUrl(name)), FORM);
  expect(response.status).toBe(200);
  return (await app.slack.waitForResponse(name)).body;
}

describe('the Slack app over HTTP, against a loopback stand-in of Slack', () => {
  it('answers the slash command ephemerally with both sides, within limits, and a Share in channel button', async () => {
    const body = await askBySlashCommand('what do SRO supporters say?');
    expect(body['response_type']).toBe('ephemeral');
    expect(body['replace_original']).toBe(false);
    const message = messageOf(body);
    expectWithinSlackLimits(message);
    expectEscaped(message);
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Should police officers be stationed in schools?' } });
    expect(sectionTexts(message)).toContain('*Supporters of police in schools*');
    expect(sectionTexts(message).some((text) => text.startsWith('*The other side:'))).toBe(true);
    const share = buttons(message).get(ACTION_IDS.share);
    expect(share && decodeRequest(share.value)).toEqual({ kind: 'ask', question: 'what do SRO supporters say?' });
  });

  it('escapes a user’s <!channel> and <@U…> so the echo notifies nobody', async () => {
    const message = messageOf(await askBySlashCommand('what do critics say? <!channel> <@U0BOSS|boss> @here &amp; more'));
    expectEscaped(message);
    const asked = JSON.stringify(message.blocks[1]);
    expect(asked).toContain('You asked: what do critics say? @\u2060channel @boss @\u2060here &amp; more');
  });

  it('escapes corpus text too: quotes, names, roles, labels, outlets and titles', async () => {
    const hostile = await startTestApp(createCounterpoint(hostileCorpus()));
    try {
      const name = 'hostile';
      const body = slashCommand('what do supporters of the four-day week say?', hostile.slack.responseUrl(name));
      const response = await fetch(hostile.eventsUrl, { method: 'POST', headers: { 'content-type': FORM, ...slackSignature(SIGNING_SECRET, body) }, body });
      expect(response.status).toBe(200);
      const message = messageOf((await hostile.slack.waitForResponse(name)).body);
      expectEscaped(message);
      expectWithinSlackLimits(message);
      const all = JSON.stringify(message);
      expect(all).toContain('“A four-day week would keep &lt;!channel&gt; reporters rested &amp; sharp for the big stories,”');
      expect(all).toContain('*Sam &lt;Lee&gt;*, editor &amp; &lt;!everyone&gt;');
      expect(all).toContain('<https://ledger.example/four-day?utm=a&amp;b=c|Newsroom &lt;b&gt;weighs&lt;/b&gt; a four-day week | &amp; more>');
      expect(all).toContain('Unreviewed');
    } finally {
      await hostile.close();
    }
  });

  it('answers an app_mention in the thread of the mention, with the bot token', async () => {
    const response = await post(
      eventCallback({ type: 'app_mention', user: REPORTER, text: '<@UBOT> what do critics of police in schools say? <!here>', ts: MENTION_TS, channel: CHANNEL, event_ts: MENTION_TS }),
      'application/json',
    );
    expect(response.status).toBe(200);
    const call = await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === MENTION_TS);
    expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call.body['channel']).toBe(CHANNEL);
    const message = messageOf(call.body);
    expectWithinSlackLimits(message);
    expectEscaped(message);
    expect(sectionTexts(message)).toContain('*Critics of police in schools*');
    expect(buttons(message).has(ACTION_IDS.share)).toBe(false);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const parent = '1700000000.000500';
    await post(
      eventCallback({ type: 'app_mention', user: REPORTER, text: '<@UBOT> what do parents say?', ts: '1700000000.000600', thread_ts: parent, channel: CHANNEL, event_ts: '1700000000.000600' }),
      'application/json',
    );
    const call = await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === parent);
    expect(call.body['channel']).toBe(CHANNEL);
  });

  it('answers a direct message in the conversation, and ignores its own and edited messages', async () => {
    const dm = 'D0REPORTER';
    await post(eventCallback({ type: 'message', channel_type: 'im', channel: dm, user: 'UBOT', bot_id: 'BBOT', text: 'an answer', ts: '1700000000.000700' }), 'application/json');
    await post(eventCallback({ type: 'message', channel_type: 'im', channel: dm, subtype: 'message_changed', ts: '1700000000.000710' }), 'application/json');
    await post(eventCallback({ type: 'message', channel_type: 'im', channel: dm, user: REPORTER, text: 'what does Mo Canady say?', ts: '1700000000.000800' }), 'application/json');
    const call = await app.slack.waitForCall('chat.postMessage', (c) => c.body['channel'] === dm);
    expect(call.body['thread_ts']).toBeUndefined();
    expect(JSON.stringify(call.body['blocks'])).toContain('Mo Canady');
    expect(app.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === dm)).toHaveLength(1);
  });

  it('answers the Find perspectives message shortcut with the message’s text as the question', async () => {
    const name = 'shortcut';
    const response = await post(
      interaction({
        type: 'message_action',
        callback_id: 'find_perspectives',
        trigger_id: '1.2.5',
        response_url: app.slack.responseUrl(name),
        channel: { id: CHANNEL, name: 'desk' },
        user: { id: REPORTER, name: 'reporter' },
        message_ts: '1700000000.000900',
        message: { type: 'message', user: 'U0EDITOR', ts: '1700000000.000900', text: 'The mayor says school resource officers keep students safe &amp; calm' },
      }),
      FORM,
    );
    expect(response.status).toBe(200);
    const body = (await app.slack.waitForResponse(name)).body;
    expect(body['response_type']).toBe('ephemeral');
    const message = messageOf(body);
    expectWithinSlackLimits(message);
    const share = buttons(message).get(ACTION_IDS.share);
    expect(share && decodeRequest(share.value)).toEqual({ kind: 'ask', question: 'The mayor says school resource officers keep students safe & calm' });
  });

  it('answers Other side under a public answer in its thread, using the token the button carries', async () => {
    const answer = messageOf((await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === MENTION_TS)).body);
    const otherSide = buttons(answer).get(ACTION_IDS.otherSide);
    expect(otherSide).toBeDefined();
    if (otherSide === undefined) return;
    const response = await post(buttonClick(otherSide, app.slack.responseUrl('other-side'), { ephemeral: false, messageTs: '1700000001.000200', threadTs: MENTION_TS }), FORM);
    expect(response.status).toBe(200);
    const call = await app.slack.waitForCall('chat.postMessage', (c) => c.body['thread_ts'] === MENTION_TS && c !== app.slack.calls.find((first) => first.body['thread_ts'] === MENTION_TS));
    const message = messageOf(call.body);
    expectWithinSlackLimits(message);
    expect(sectionTexts(message).some((text) => text.includes('Supporters of police in schools'))).toBe(true);
  });

  it('answers More and Sources under a private answer privately, and shares it in the channel credited to the sharer', async () => {
    const answer = messageOf(await askBySlashCommand('what do SRO supporters say?'));
    const more = buttons(answer).get(ACTION_IDS.more);
    const sources = buttons(answer).get(ACTION_IDS.sources);
    const share = buttons(answer).get(ACTION_IDS.share);
    if (more === undefined || sources === undefined || share === undefined) throw new Error('expected More, Sources and Share buttons');

    await post(buttonClick(more, app.slack.responseUrl('more'), { ephemeral: true }), FORM);
    const moreBody = (await app.slack.waitForResponse('more')).body;
    expect(moreBody['response_type']).toBe('ephemeral');
    expectWithinSlackLimits(messageOf(moreBody));

    await post(buttonClick(sources, app.slack.responseUrl('sources'), { ephemeral: true }), FORM);
    const sourcesMessage = messageOf((await app.slack.waitForResponse('sources')).body);
    expect(sourcesMessage.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Sources' } });
    expect(JSON.stringify(sourcesMessage)).toMatch(/Channel 3[\s\S]*Nexstar/);

    await post(buttonClick(share, app.slack.responseUrl('share'), { ephemeral: true }), FORM);
    const shared = (await app.slack.waitForResponse('share')).body;
    expect(shared['response_type']).toBe('in_channel');
    const sharedMessage = messageOf(shared);
    expect(sharedMessage.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `Shared by <@${REPORTER}>`, verbatim: true }] });
    expect(buttons(sharedMessage).has(ACTION_IDS.share)).toBe(false);
    expect(sectionTexts(sharedMessage)).toEqual(sectionTexts(answer));
  });

  it('tells the user kindly when a button’s value is not one of ours', async () => {
    const forged: ButtonElement = { type: 'button', action_id: ACTION_IDS.share, text: { type: 'plain_text', text: 'Share in channel', emoji: true }, value: '<!channel>' };
    await post(buttonClick(forged, app.slack.responseUrl('forged'), { ephemeral: true }), FORM);
    const body = (await app.slack.waitForResponse('forged')).body;
    expect(body).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/no longer works/) });
  });

  it('rejects a request with a bad signature, and one whose timestamp is over five minutes old', async () => {
    const before = app.slack.responses.length;
    const body = slashCommand('what do critics say?', app.slack.responseUrl('forged-signature'));
    const wrongSecret = await post(body, FORM, slackSignature('not-the-secret', body));
    expect(wrongSecret.status).toBe(401);
    const tampered = await post(body.replace('critics', 'CRITICS'), FORM, slackSignature(SIGNING_SECRET, body));
    expect(tampered.status).toBe(401);
    const stale = await post(body, FORM, slackSignature(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60));
    expect(stale.status).toBe(401);
    const unsigned = await fetch(app.eventsUrl, { method: 'POST', headers: { 'content-type': FORM }, body });
    expect(unsigned.status).toBe(401);
    // The same body, correctly signed and fresh, is accepted: the rejections were about the signature alone.
    expect((await post(body, FORM)).status).toBe(200);
    await app.slack.waitForResponse('forged-signature');
    expect(app.slack.responses.slice(before).map((response) => response.name)).toEqual(['forged-signature']);
  });
});
