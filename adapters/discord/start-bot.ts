import type { Client, RESTOptions } from 'discord.js';
import { defaultCorpusDir, openCounterpoint, requestLimitsFromEnv } from '../../src/index.js';
import type { BotLog } from './bot-log.js';
import { parseDiscordConfig } from './config.js';
import { createDiscordBot } from './create-bot.js';

/**
 * Starts the bot from the environment: reads the config, loads and verifies the corpus, builds the core and
 * logs in. Rejects before connecting on a bad config (`DiscordConfigError`) or a broken corpus
 * (`CorpusError`): the bot never serves a corpus it could not verify.
 */
export async function startDiscordBot(
  env: NodeJS.ProcessEnv = process.env,
  options: { readonly rest?: Partial<RESTOptions>; readonly log?: BotLog } = {},
): Promise<Client> {
  const config = parseDiscordConfig('bot', env);
  const engine = openCounterpoint(config.corpusDir ?? defaultCorpusDir());
  // DISCORD_API_URL (a proxy or a test stand-in) unless the caller passes its own REST options.
  const rest: Partial<RESTOptions> = { ...(config.apiUrl ? { api: config.apiUrl } : {}), ...options.rest };
  const client = createDiscordBot({ engine, limits: requestLimitsFromEnv(env), ...options, rest });
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  return client;
}
