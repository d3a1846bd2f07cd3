import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordBot } from '../../../adapters/discord/start-bot.js';
import { FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

const quiet = { info: () => undefined, error: () => undefined };

describe('startDiscordBot', () => {
  it('refuses to start on a broken corpus, with the corpus error, before connecting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counterpoint-discord-'));
    writeFileSync(join(dir, 'corpus.json'), '{"version": 1, "name": "broken"');
    const env = { DISCORD_TOKEN: 'a-token-for-the-stand-in', COUNTERPOINT_CORPUS: dir };
    await expect(startDiscordBot(env, { rest: { api: fake.apiUrl }, log: quiet })).rejects.toMatchObject({
      code: 'CORPUS_BAD_JSON',
      message: expect.stringContaining('corpus.json'),
    });
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses to start without a token, naming the variable', async () => {
    await expect(startDiscordBot({}, { rest: { api: fake.apiUrl }, log: quiet })).rejects.toMatchObject({
      code: 'DISCORD_CONFIG',
      variables: ['DISCORD_TOKEN'],
    });
  });

  it('logs in with the bundled corpus when no corpus is named', async () => {
    const client = await startDiscordBot({ DISCORD_TOKEN: 'a-token-for-the-stand-in' }, { rest: { api: fake.apiUrl }, log: quiet });
    try {
      const identify = await fake.waitForGateway((payload) => payload.op === 2);
      expect((identify.d as { token: string }).token).toBe('a-token-for-the-stand-in');
    } finally {
      await client.destroy();
    }
  });
});
