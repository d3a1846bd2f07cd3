// `npm run discord`: the bot's entry point (bundled to dist/discord.js). Also what each shard runs under
// `npm run discord:shards`; discord.js reads the shard ids the ShardingManager passes in the environment.
import type { Client } from 'discord.js';
import { consoleLog } from './bot-log.js';
import { errorMessage } from './handle-interaction.js';
import { startDiscordBot } from './start-bot.js';

const log = consoleLog();
let client: Client | null = null;
let stopping = false;

function stop(why: string): void {
  // Ctrl+C reaches a shard twice (from the terminal and from its manager): leave once.
  if (stopping) return;
  stopping = true;
  if (!client) {
    // Still logging in: nothing is serving yet, so there is nothing to close cleanly.
    log.info(`${why}: stopped while connecting.`);
    process.exit(0);
  }
  log.info(`${why}: disconnecting.`);
  void client
    .destroy()
    .then(() => log.info('Disconnected.'))
    .finally(() => process.exit(0));
}

// Installed before logging in, so that a signal during start-up is a clean stop too, not Node's default kill.
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
// A shard whose manager is gone (killed outright) leaves too, instead of staying connected as an orphan.
if (process.send) process.once('disconnect', () => stop('The shard manager is gone'));
// discord.js parses gateway events in promises nobody awaits: a malformed event (seen from a stand-in; Discord
// could send one after an API change) rejects there, and Node's default would end the process, dropping every
// class's conversation for one bad event. Log it (its message only, never a token) and keep serving.
process.on('unhandledRejection', (reason) => log.error(`Ignored an error outside any handler: ${errorMessage(reason)}`));

try {
  client = await startDiscordBot();
} catch (error) {
  // Config and corpus errors say what to fix; no stack trace, and no value from the environment.
  log.error(`Not started: ${errorMessage(error)}`);
  process.exit(1);
}
