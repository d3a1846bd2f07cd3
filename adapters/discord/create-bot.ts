import { Client, Events, GatewayIntentBits, type RESTOptions } from 'discord.js';
import { RequestLimits, type Counterpoint } from '../../src/index.js';
import { noMentions } from './answer-message.js';
import { consoleLog, type BotLog } from './bot-log.js';
import { discordCommands } from './commands/command-list.js';
import { createInteractionHandler, errorMessage } from './handle-interaction.js';
import { createMentionHandler } from './handle-mention.js';

/**
 * The gateway intents the bot asks for, and why: `Guilds` for the servers and channels it is in (discord.js
 * needs them cached to deliver messages), `GuildMessages` for MESSAGE_CREATE so it can answer mentions.
 * No privileged intent: mentions arrive with their content without Message Content (see docs/discord.md).
 * Slash commands and buttons need no intent at all.
 */
export const BOT_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] as const;

/** What the bot is built from. */
export interface DiscordBotOptions {
  readonly engine: Counterpoint;
  /** REST options for discord.js, e.g. `{ api }` to talk to a stand-in of Discord in tests. */
  readonly rest?: Partial<RESTOptions>;
  readonly log?: BotLog;
  /** Per-user and per-channel rate limits; the core's defaults when left out. */
  readonly limits?: RequestLimits;
}

/**
 * A discord.js client wired to the core: slash commands, autocomplete, buttons and mentions, with pings
 * turned off for every message. Call `login(token)` to connect and `destroy()` to leave.
 */
export function createDiscordBot(options: DiscordBotOptions): Client {
  const log = options.log ?? consoleLog();
  const client = new Client({
    intents: [...BOT_INTENTS],
    allowedMentions: noMentions(),
    ...(options.rest ? { rest: options.rest } : {}),
  });
  const context = { engine: options.engine, limits: options.limits ?? new RequestLimits() };
  const onInteraction = createInteractionHandler(discordCommands(options.engine.corpus), context, log);
  const onMention = createMentionHandler(context, log);
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => void onMention(message));
  client.once(Events.ClientReady, (ready) => {
    const shards = ready.shard ? ` (shards ${ready.shard.ids.join(', ')} of ${ready.shard.count})` : '';
    log.info(`Connected to Discord, in ${ready.guilds.cache.size} servers${shards}, answering from “${options.engine.corpus.name}”.`);
  });
  client.on(Events.ShardResume, (id) => log.info(`Shard ${id} resumed its session.`));
  client.on(Events.Error, (error) => log.error(`discord.js: ${errorMessage(error)}`));
  return client;
}
