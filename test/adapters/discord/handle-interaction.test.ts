import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestLimits } from '../../../src/index.js';
import { BOT_USER, IDS } from './fake-discord.js';
import { startTestBot, type TestBot } from './test-bot.js';

let bot: TestBot;
beforeAll(async () => {
  // Two requests in a burst, and (for the test's few seconds) none back.
  bot = await startTestBot(new RequestLimits({ user: { burst: 2, perSecond: 0.001, maxKeys: 10 }, channel: { burst: 100, perSecond: 1, maxKeys: 10 } }));
});
afterAll(async () => {
  await bot?.close();
});

async function callbackOf(token: string): Promise<{ type: number; data?: { flags?: number; content?: string } }> {
  const request = await bot.fake.waitForRequest((r) => r.path.includes(`/${token}/callback`), `the callback for ${token}`);
  return request.body as { type: number; data?: { flags?: number; content?: string } };
}

describe('the interaction dispatcher', () => {
  it('answers a student over the rate limit politely and privately, and leaves autocomplete alone', async () => {
    expect((await callbackOf(bot.fake.sendCommand('help'))).type).toBe(4);
    expect((await callbackOf(bot.fake.sendCommand('sources'))).type).toBe(4);
    const refused = await callbackOf(bot.fake.sendCommand('help'));
    expect(refused).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(refused.data?.content).toMatch(/faster than I can keep up with.*try again in \d+ s/);
    const autocomplete = await callbackOf(bot.fake.sendAutocomplete('speaker', [{ name: 'name', type: 3, value: '', focused: true }]));
    expect(autocomplete.type).toBe(8);
  });

  it('leaves a mention over the rate limit unanswered rather than flooding the channel', async () => {
    bot.fake.sendMessage(`<@${BOT_USER.id}> what do critics say?`, [BOT_USER]);
    // The gateway delivers events in order, and the limit is checked before anything is awaited: once a
    // later command is answered, the mention has been handled.
    await callbackOf(bot.fake.sendCommand('help'));
    expect(bot.fake.requests.filter((r) => r.path === `/channels/${IDS.channel}/messages`)).toHaveLength(0);
    expect(bot.logged).toContain('A mention was over the rate limit and left unanswered.');
  });
});
