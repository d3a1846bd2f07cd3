// `npm run discord:shards`: runs the bot under discord.js's ShardingManager (bundled to dist/discord-shards.js).
// Discord requires sharding from 2,500 servers; until then one process (`npm run discord`) is simpler.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { consoleLog } from './bot-log.js';
import { parseDiscordConfig } from './config.js';
import { errorMessage } from './handle-interaction.js';

const log = consoleLog('counterpoint-shards');
try {
  const config = parseDiscordConfig('bot');
  // The bot's own bundle, beside this one in dist/; each shard is a child process running it.
  const bot = fileURLToPath(new URL('./discord.js', import.meta.url));
  if (!existsSync(bot)) throw new Error(`${bot} is missing: run \`npm run build\` first`);
  // The manager passes the token and each shard's ids to the children in their environment.
  const manager = new ShardingManager(bot, { token: config.token, totalShards: 'auto', respawn: true });
  manager.on('shardCreate', (shard) => log.info(`Starting shard ${shard.id}.`));
  await manager.spawn();
  log.info(`All ${manager.totalShards} shards started.`);
} catch (error) {
  log.error(`Not started: ${errorMessage(error)}`);
  process.exit(1);
}
