import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { isRunning, startBotProcess, waitUntilGone, type BotProcess } from './bot-process.js';
import { FakeDiscord } from './fake-discord.js';
import { TEST_TOKEN } from './test-bot.js';

// `npm run discord:shards` (dist/discord-shards.js): discord.js's ShardingManager and one child process per
// shard, all pointed at a stand-in of Discord through DISCORD_API_URL, which each child inherits.

const started: BotProcess[] = [];
const fakes: FakeDiscord[] = [];
const shardPids: number[] = [];

afterAll(async () => {
  for (const bot of started) bot.kill();
  for (const pid of shardPids) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  await Promise.all(fakes.map((fake) => fake.close()));
});

/** Starts the manager against a new stand-in; resolves once it says every shard started, with the shards' pids. */
async function startShards(
  env: Record<string, string>,
  gateway: { recommendedShards?: number; maxConcurrency?: number } = {},
): Promise<{ fake: FakeDiscord; manager: BotProcess; pids: number[] }> {
  const fake = await FakeDiscord.start({ heartbeatInterval: 200, ...gateway });
  fakes.push(fake);
  const manager = startBotProcess('dist/discord-shards.js', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, ...env });
  started.push(manager);
  await manager.waitForOutput(/All 2 shards started\./);
  // Each shard says when it is connected; stopping before that would test start-up, not a clean stop.
  await manager.waitForOutput(/Connected to Discord[^]*Connected to Discord/, 'that both shards are connected');
  const pids = [...manager.output().matchAll(/Shard \d runs as process (\d+)\./g)].map((match) => Number(match[1]));
  shardPids.push(...pids);
  return { fake, manager, pids };
}

function shardsIdentified(fake: FakeDiscord): unknown[] {
  return fake.identifies.map((identify) => (identify.d as { shard?: unknown }).shard).sort();
}

async function expectStopsWithItsShards(manager: BotProcess, pids: readonly number[], signal: NodeJS.Signals): Promise<void> {
  manager.child.kill(signal);
  expect(await manager.exited()).toEqual({ code: 0, signal: null });
  expect(manager.output()).toContain('All shards disconnected.');
  expect(manager.output().match(/\[counterpoint-discord\] Disconnected\./g), manager.output()).toHaveLength(2);
  for (const pid of pids) expect(isRunning(pid), `shard process ${pid} is still running`).toBe(false);
  expect(manager.output()).not.toContain(TEST_TOKEN);
}

describe('the sharded bot (dist/discord-shards.js)', () => {
  it('starts DISCORD_SHARDS=2 shards that identify as [0, 2] and [1, 2], answers on the right one, and SIGTERM stops them all', async () => {
    // Two identifies may start at once here, as for large bots, so the shards start without the 5.5 s pause.
    const { fake, manager, pids } = await startShards({ DISCORD_SHARDS: '2' }, { recommendedShards: 1, maxConcurrency: 2 });
    expect(shardsIdentified(fake)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const identify of fake.identifies) expect((identify.d as { token: string }).token).toBe(TEST_TOKEN);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(isRunning(pid)).toBe(true);

    // The class server is on shard 0 (its id >> 22, mod 2): only that shard's process answers.
    const token = fake.sendCommand('ask', [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'what do critics say?' }]);
    await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/@original`), 'the answer');
    expect(fake.requests.filter((r) => r.path.includes(`/${token}/callback`))).toHaveLength(1);

    await expectStopsWithItsShards(manager, pids, 'SIGTERM');
  });

  it("asks DISCORD_API_URL, not discord.com, for the shard count when DISCORD_SHARDS is unset ('auto'), and stops on SIGINT", async () => {
    const { fake, manager, pids } = await startShards({}, { recommendedShards: 2, maxConcurrency: 16 });
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect(shardsIdentified(fake)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    await expectStopsWithItsShards(manager, pids, 'SIGINT');
  });

  it('leaves no shard behind when the manager itself is killed outright (SIGKILL): each shard notices and disconnects', async () => {
    const { manager, pids } = await startShards({ DISCORD_SHARDS: '2' }, { maxConcurrency: 2 });
    manager.child.kill('SIGKILL');
    expect(await manager.exited()).toEqual({ code: null, signal: 'SIGKILL' });
    for (const pid of pids) await waitUntilGone(pid);
    // The shards share the manager's output, which the test still reads after the manager is gone.
    await manager.waitForOutput(/The shard manager is gone: disconnecting\.[^]*The shard manager is gone: disconnecting\./, 'both shards leaving');
    expect(manager.output()).not.toContain(TEST_TOKEN);
  });
});
