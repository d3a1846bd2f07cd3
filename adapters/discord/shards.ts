// `npm run discord:shards`: runs the bot under discord.js's ShardingManager (bundled to dist/discord-shards.js).
// Discord requires sharding from 2,500 servers; until then one process (`npm run discord`) is simpler.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { consoleLog } from './bot-log.js';
import { parseDiscordConfig } from './config.js';
import { errorMessage } from './handle-interaction.js';
import { planShards } from './shard-plan.js';

/** How long a shard may take to disconnect after SIGTERM before it is killed outright. */
const SHARD_STOP_GRACE_MS = 10_000;

const log = consoleLog('counterpoint-shards');
let manager: ShardingManager | null = null;
let stopping = false;

/** Stops one shard's process and resolves once it has exited (SIGKILL after the grace period). */
function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

// The shards are stopped and waited for before this process exits, whatever the reason: a manager that died
// alone would leave them connected to Discord as orphans.
async function stopShards(): Promise<void> {
  stopping = true;
  if (!manager) return;
  manager.respawn = false;
  await Promise.all([...manager.shards.values()].map((shard) => stopChild(shard.process)));
}

async function stop(signal: string): Promise<void> {
  if (stopping) return;
  log.info(`${signal}: stopping the shards.`);
  await stopShards();
  log.info('All shards disconnected.');
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

try {
  const config = parseDiscordConfig('bot');
  // The bot's own bundle, beside this one in dist/; each shard is a child process running it.
  const bot = fileURLToPath(new URL('./discord.js', import.meta.url));
  if (!existsSync(bot)) throw new Error(`${bot} is missing: run \`npm run build\` first`);
  const plan = await planShards(config);
  // Each shard's child gets this process's environment (DISCORD_API_URL, the corpus, the limits…) plus its
  // shard ids and the token, which the manager adds (discord.js Shard: Object.assign({}, process.env, …)).
  manager = new ShardingManager(bot, { token: config.token, totalShards: plan.totalShards, respawn: true });
  manager.on('shardCreate', (shard) => {
    log.info(`Starting shard ${shard.id} of ${plan.totalShards}.`);
    shard.on('spawn', (child) => {
      if ('pid' in child) log.info(`Shard ${shard.id} runs as process ${child.pid ?? 'unknown'}.`);
    });
    shard.on('error', (error) => log.error(`Shard ${shard.id}: ${errorMessage(error)}`));
  });
  if (!stopping) await manager.spawn({ amount: plan.totalShards, delay: plan.spawnDelayMs });
  if (!stopping) log.info(`All ${plan.totalShards} shards started.`);
} catch (error) {
  // A signal during start-up makes the shard being started "die": that is the stop, not a failure.
  if (!stopping) {
    log.error(`Not started: ${errorMessage(error)}`);
    await stopShards();
    process.exit(1);
  }
}
