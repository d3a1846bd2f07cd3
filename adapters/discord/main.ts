// `npm run discord`: the bot's entry point (bundled to dist/discord.js). Also what each shard runs under
// `npm run discord:shards`; discord.js reads the shard ids the ShardingManager passes in the environment.
import { consoleLog } from './bot-log.js';
import { errorMessage } from './handle-interaction.js';
import { startDiscordBot } from './start-bot.js';

const log = consoleLog();
try {
  const client = await startDiscordBot();
  const stop = (): void => {
    log.info('Disconnecting.');
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  // Config and corpus errors say what to fix; no stack trace, and no value from the environment.
  log.error(`Not started: ${errorMessage(error)}`);
  process.exit(1);
}
