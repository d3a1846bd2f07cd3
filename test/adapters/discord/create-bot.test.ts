import { ApplicationCommandOptionType, Events, type APIEmbed, type Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_INTENTS } from '../../../adapters/discord/create-bot.js';
import { embedLimitViolations } from '../../../adapters/discord/embed-limits.js';
import { SIDE_COLORS } from '../../../adapters/discord/side-colors.js';
import type { Counterpoint } from '../../../src/index.js';
import { BOT_USER, IDS, STUDENT, type FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { startTestBot, TEST_TOKEN, type TestBot } from './test-bot.js';

const STRING = ApplicationCommandOptionType.String;
const BOOLEAN = ApplicationCommandOptionType.Boolean;
const EPHEMERAL = 64;

interface CallbackBody {
  type: number;
  data?: { flags?: number; content?: string; embeds?: APIEmbed[]; choices?: { name: string; value: string }[]; allowed_mentions?: { parse?: string[] } };
}
interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: { type: number; components: { type: number; custom_id: string; label: string }[] }[];
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
}

let bot: TestBot;
let fake: FakeDiscord;
let client: Client;
let engine: Counterpoint;

beforeAll(async () => {
  bot = await startTestBot();
  ({ fake, client, engine } = bot);
});

afterAll(async () => {
  await bot?.close();
});

/** The interaction callback (`POST /interactions/…/callback`) for the interaction with this token. */
async function callbackOf(token: string): Promise<CallbackBody> {
  const request = await fake.waitForRequest((r) => r.method === 'POST' && r.path.includes(`/${token}/callback`), `the callback for ${token}`);
  return request.body as CallbackBody;
}

/** The deferred reply's content, sent as `PATCH /webhooks/…/messages/@original`. */
async function editedReplyOf(token: string): Promise<MessageBody> {
  const request = await fake.waitForRequest(
    (r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`),
    `the edited reply for ${token}`,
  );
  return request.body as MessageBody;
}

/** Asserts what every answer message must be: within limits, with buttons that fit, pinging no one. */
function expectSafeAnswer(message: MessageBody): void {
  expect(message.allowed_mentions?.parse).toEqual([]);
  expect(message.embeds?.length ?? 0).toBeGreaterThan(0);
  expect(embedLimitViolations(message.embeds ?? [])).toEqual([]);
  for (const row of message.components ?? []) {
    for (const button of row.components) expect(button.custom_id.length).toBeLessThanOrEqual(100);
  }
}

function buttonIds(message: MessageBody): Map<string, string> {
  return new Map((message.components ?? []).flatMap((row) => row.components.map((button) => [button.label, button.custom_id])));
}

async function ask(question: string, extra: { name: string; type: number; value: unknown }[] = []): Promise<{ callback: CallbackBody; reply: MessageBody }> {
  const token = fake.sendCommand('ask', [{ name: 'question', type: STRING, value: question }, ...extra]);
  return { callback: await callbackOf(token), reply: await editedReplyOf(token) };
}

describe('the Discord bot against a stand-in of Discord', () => {
  it('identifies with only the Guilds and GuildMessages intents, no privileged one', async () => {
    const identify = await fake.waitForGateway((payload) => payload.op === 2);
    const intents = (identify.d as { intents: number }).intents;
    expect(intents).toBe(BOT_INTENTS.reduce((sum, bit) => sum | bit, 0));
    expect(intents & (1 << 15)).toBe(0);
    expect(intents & (1 << 1)).toBe(0);
    expect(intents & (1 << 8)).toBe(0);
  });

  it('answers /ask by deferring, then with embeds per side, buttons and no pings', async () => {
    const { callback, reply } = await ask('what do critics say?');
    expect(callback.type).toBe(5);
    expect(callback.data?.flags ?? 0).toBe(0);
    expectSafeAnswer(reply);
    expect(reply.embeds?.length).toBeGreaterThanOrEqual(3);
    const colors = reply.embeds?.slice(1).map((embed) => embed.color);
    expect(colors).toContain(SIDE_COLORS.against);
    expect(reply.embeds?.at(-1)?.footer?.text).toContain(engine.corpus.name);
    expect([...buttonIds(reply).keys()]).toEqual(expect.arrayContaining(['Other side', 'Sources']));
  });

  it('answers privately when asked with private: True', async () => {
    const { callback, reply } = await ask('what do supporters say?', [{ name: 'private', type: BOOLEAN, value: true }]);
    expect(callback).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expectSafeAnswer(reply);
  });

  it('answers hostile questions safely: @everyone, markdown, mentions and 6,000 characters', async () => {
    for (const question of [
      '@everyone @here what do **critics** say? <@&123> <@456> [click](https://evil.example) ||spoiler||',
      `@everyone ${'why '.repeat(1500)}`,
      '\u202Ewhat do critics say\u0000?`rm -rf`',
    ]) {
      const { reply } = await ask(question);
      expectSafeAnswer(reply);
      const shown = JSON.stringify(reply.embeds);
      expect(shown).not.toMatch(/(?<!\\u200b|\u200b)@everyone/);
      expect(shown).not.toMatch(/(?<!\\\\)<@/);
      expect(shown).not.toContain('\u202E');
    }
  });

  it('answers /side with that side first, in its colour', async () => {
    const token = fake.sendCommand('side', [{ name: 'side', type: STRING, value: 'against' }]);
    expect((await callbackOf(token)).type).toBe(5);
    const reply = await editedReplyOf(token);
    expectSafeAnswer(reply);
    const label = engine.corpus.topics[0]?.sides.against.label ?? '';
    expect(reply.embeds?.[1]).toMatchObject({ color: SIDE_COLORS.against, title: expect.stringContaining(label.slice(0, 20)) });
  });

  it('autocompletes /speaker names from the corpus, at most 25', async () => {
    const someone = engine.speakers()[0];
    expect(someone).toBeDefined();
    const typed = someone?.name.slice(0, 3) ?? '';
    const token = fake.sendAutocomplete('speaker', [{ name: 'name', type: STRING, value: typed, focused: true }]);
    const callback = await callbackOf(token);
    expect(callback.type).toBe(8);
    const choices = callback.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((choice) => choice.value)).toContain(someone?.id);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('answers /speaker with that speaker’s quotes', async () => {
    const someone = engine.speakers()[0];
    const token = fake.sendCommand('speaker', [{ name: 'name', type: STRING, value: someone?.id }]);
    expect((await callbackOf(token)).type).toBe(5);
    const reply = await editedReplyOf(token);
    expectSafeAnswer(reply);
    expect(JSON.stringify(reply.embeds)).toContain(someone?.name);
  });

  it('answers /sources and /help privately with one embed each', async () => {
    for (const name of ['sources', 'help']) {
      const callback = await callbackOf(fake.sendCommand(name));
      expect(callback).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
      expect(callback.data?.embeds).toHaveLength(1);
      expect(embedLimitViolations(callback.data?.embeds ?? [])).toEqual([]);
    }
  });

  it('answers the Other side, More and Sources buttons from their custom_id alone', async () => {
    const { reply } = await ask('what do supporters say?');
    const ids = buttonIds(reply);
    const other = ids.get('Other side');
    expect(other).toBeDefined();
    const otherToken = fake.pressButton(other ?? '');
    expect((await callbackOf(otherToken)).type).toBe(5);
    expectSafeAnswer(await editedReplyOf(otherToken));

    const more = ids.get('More');
    if (more) {
      const moreToken = fake.pressButton(more, { ephemeral: true });
      expect(await callbackOf(moreToken)).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
      expect(embedLimitViolations((await editedReplyOf(moreToken)).embeds ?? [])).toEqual([]);
    }

    const sources = await callbackOf(fake.pressButton(ids.get('Sources') ?? ''));
    expect(sources).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
  });

  it('answers a button it did not make kindly and privately', async () => {
    const callback = await callbackOf(fake.pressButton('someone-elses-button'));
    expect(callback).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
  });

  it('catches an error once and apologizes privately', async () => {
    // A malformed payload (the required option missing) makes the command throw inside discord.js.
    const callback = await callbackOf(fake.sendCommand('ask'));
    expect(callback).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    expect(callback.data?.content).toMatch(/^Sorry/);
    expect(bot.logged.some((line) => line.startsWith('Could not answer /ask'))).toBe(true);
  });

  it('answers a message that mentions it, as a reply that pings no one', async () => {
    const ignored = fake.sendMessage('@everyone what do critics say?');
    const id = fake.sendMessage(`<@${BOT_USER.id}> what do @everyone critics say?`, [BOT_USER]);
    const request = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages`);
    const message = request.body as MessageBody;
    expect(message.message_reference?.message_id).toBe(id);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectSafeAnswer(message);
    const replies = fake.requests.filter((r: RecordedRequest) => r.path === `/channels/${IDS.channel}/messages`);
    expect(replies.map((r) => (r.body as MessageBody).message_reference?.message_id)).not.toContain(ignored);
  });

  it('ignores messages from bots and messages that mention someone else', async () => {
    const before = fake.requests.length;
    fake.sendMessage(`<@${STUDENT.id}> hi`, [STUDENT]);
    const id = fake.sendMessage(`<@!${BOT_USER.id}>`, [BOT_USER]);
    const request = await fake.waitForRequest(
      (r) => (r.body as MessageBody | null)?.message_reference?.message_id === id,
      'the reply to an empty mention',
    );
    expect((request.body as MessageBody).content).toContain('/help');
    expect(fake.requests.slice(before).filter((r) => r.path.startsWith('/channels/'))).toHaveLength(1);
  });

  it('resumes its session after the gateway drops, and answers again', async () => {
    const sent = fake.gatewayReceived.length;
    fake.dropConnections();
    const resume = await fake.waitForGateway((payload) => payload.op === 6, sent, 'a RESUME');
    expect((resume.d as { session_id: string }).session_id).toBe('session-1');
    await new Promise((resolve) => client.once(Events.ShardResume, resolve));
    const { reply } = await ask('what do parents say?');
    expectSafeAnswer(reply);
  });

  it('never logs the token, even for failures', () => {
    expect(bot.logged.length).toBeGreaterThan(0);
    for (const line of bot.logged) {
      expect(line).not.toContain(TEST_TOKEN);
      expect(line).not.toContain(TEST_TOKEN.split('.')[1]);
    }
  });
});
