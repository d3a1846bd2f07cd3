import { afterAll, describe, expect, it } from 'vitest';
import { IDENTIFY_INTERVAL_MS, planShards } from '../../../adapters/discord/shard-plan.js';
import { FakeDiscord } from './fake-discord.js';

const fakes: FakeDiscord[] = [];
afterAll(async () => {
  await Promise.all(fakes.map((fake) => fake.close()));
});

async function gateway(recommendedShards: number, maxConcurrency: number): Promise<string> {
  const fake = await FakeDiscord.start({ recommendedShards, maxConcurrency });
  fakes.push(fake);
  return fake.apiUrl;
}

describe('planShards', () => {
  it("takes Discord's recommended count for 'auto', asked at DISCORD_API_URL with the token", async () => {
    const apiUrl = await gateway(3, 1);
    expect(await planShards({ token: 'a-token', apiUrl, shards: 'auto' })).toEqual({ totalShards: 3, spawnDelayMs: IDENTIFY_INTERVAL_MS });
    const [request] = fakes[0]?.requests ?? [];
    expect(request).toMatchObject({ method: 'GET', path: '/gateway/bot' });
    expect(request?.headers.authorization).toBe('Bot a-token');
  });

  it('keeps a fixed DISCORD_SHARDS count, and starts shards without a pause only when all may identify at once', async () => {
    expect(await planShards({ token: 'a-token', apiUrl: await gateway(1, 16), shards: 4 })).toEqual({ totalShards: 4, spawnDelayMs: 0 });
    expect(await planShards({ token: 'a-token', apiUrl: await gateway(1, 2), shards: 4 })).toEqual({
      totalShards: 4,
      spawnDelayMs: IDENTIFY_INTERVAL_MS,
    });
  });
});
