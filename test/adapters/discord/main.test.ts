import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from './bot-process.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { TEST_TOKEN } from './test-bot.js';

// The built bot (`npm run discord` runs dist/discord.js; the global setup builds dist/) as its own process,
// pointed at a stand-in of Discord with DISCORD_API_URL.

const STRING = ApplicationCommandOptionType.String;
const EPHEMERAL = 64;

interface Callback {
  type: number;
  data?: { flags?: number; content?: string; allowed_mentions?: { parse?: string[] } };
}
interface Reply {
  embeds?: unknown[];
  allowed_mentions?: { parse?: string[] };
}

let fake: FakeDiscord;
const started: BotProcess[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatInterval: 200 });
});
afterAll(async () => {
  for (const bot of started) bot.kill();
  await fake?.close();
});

/** Starts dist/discord.js against the stand-in; resolves once it says it is connected. */
async function startBot(): Promise<BotProcess> {
  const identifiesBefore = fake.identifies.length;
  const bot = startBotProcess('dist/discord.js', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl });
  started.push(bot);
  const identify = await fake.waitForGateway((payload) => payload.op === 2, fake.gatewayReceived.length, 'an IDENTIFY');
  expect(fake.identifies.length).toBe(identifiesBefore + 1);
  expect((identify.d as { token: string }).token).toBe(TEST_TOKEN);
  await bot.waitForOutput(/Connected to Discord, in 1 servers/);
  return bot;
}

function request(method: string, token: string, suffix: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.method === method && r.path.includes(`/${token}/${suffix}`), `${method} …/${suffix} for ${token}`);
}

async function expectAnswered(question: string): Promise<void> {
  const token = fake.sendCommand('ask', [{ name: 'question', type: STRING, value: question }]);
  expect(((await request('POST', token, 'callback')).body as Callback).type).toBe(5);
  const reply = (await request('PATCH', token, 'messages/@original')).body as Reply;
  expect(reply.embeds?.length ?? 0).toBeGreaterThan(0);
  expect(reply.allowed_mentions?.parse).toEqual([]);
}

async function expectStopsCleanly(bot: BotProcess, signal: NodeJS.Signals): Promise<void> {
  bot.child.kill(signal);
  expect(await bot.exited()).toEqual({ code: 0, signal: null });
  expect(bot.output()).toContain(`${signal}: disconnecting.`);
  expect(bot.output()).toContain('Disconnected.');
  expect(bot.output()).not.toContain(TEST_TOKEN);
}

describe('the built Discord bot process (dist/discord.js)', () => {
  it('logs in at DISCORD_API_URL, answers /ask, keeps answering after handlers fail, and stops on SIGTERM', async () => {
    const bot = await startBot();
    await expectAnswered('what do critics say?');

    // /ask without its required question: the command throws; the student gets a private apology.
    const broken = fake.sendCommand('ask', []);
    const apology = (await request('POST', broken, 'callback')).body as Callback;
    expect(apology.type).toBe(4);
    expect(apology.data?.flags).toBe(EPHEMERAL);
    expect(apology.data?.content).toMatch(/^Sorry, something went wrong/);
    expect(apology.data?.allowed_mentions?.parse).toEqual([]);

    // A command the bot does not know (registered by an older deploy): a private hint, nothing more.
    const unknown = fake.sendCommand('no-such-command', []);
    expect(((await request('POST', unknown, 'callback')).body as Callback).data?.content).toMatch(/discord:deploy/);

    // Payloads that break discord.js's own parsing, before any handler of ours runs.
    fake.dispatch('INTERACTION_CREATE', { id: 'not-a-snowflake', type: 2 });
    fake.dispatch('MESSAGE_CREATE', { id: '1', channel_id: 'nowhere' });

    await expectAnswered('and what do supporters say?');
    expect(bot.child.exitCode).toBeNull();
    expect(bot.output()).toContain('Could not answer /ask');
    expect(bot.output()).toContain('Ignored an error outside any handler');

    await expectStopsCleanly(bot, 'SIGTERM');
  });

  it('stops cleanly on SIGINT (Ctrl+C) too', async () => {
    const bot = await startBot();
    await expectAnswered('who is for it?');
    await expectStopsCleanly(bot, 'SIGINT');
  });
});
