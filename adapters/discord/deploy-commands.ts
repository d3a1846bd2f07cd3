import { REST, Routes, type RESTOptions } from 'discord.js';
import { defaultCorpusDir, loadCorpus } from '../../src/index.js';
import { discordCommands } from './commands/command-list.js';
import { DiscordConfigError, parseDiscordConfig } from './config.js';

/** What a deploy did, for the script to report (no ids or tokens). */
export interface DeployResult {
  readonly scope: 'guild' | 'global';
  readonly commands: readonly string[];
}

/**
 * Registers the slash commands with Discord, replacing whatever was registered before (one bulk PUT): in
 * one server when `DISCORD_GUILD_ID` is set (immediate; right for a class), otherwise globally (every server
 * the bot is in). Reads the same environment as the bot, plus `DISCORD_APP_ID`, and the corpus, whose side
 * labels become `/side` choices.
 */
export async function deployCommands(
  env: NodeJS.ProcessEnv = process.env,
  options: { readonly rest?: Partial<RESTOptions> } = {},
): Promise<DeployResult> {
  const config = parseDiscordConfig('deploy', env);
  if (config.appId === null) throw new DiscordConfigError([{ variable: 'DISCORD_APP_ID', problem: 'is missing' }]);
  const corpus = await loadCorpus(config.corpusDir ?? defaultCorpusDir());
  const body = discordCommands(corpus).map((command) => command.data.toJSON());
  const rest = new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}), ...options.rest }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.appId, config.guildId)
    : Routes.applicationCommands(config.appId);
  await rest.put(route, { body });
  return { scope: config.guildId ? 'guild' : 'global', commands: body.map((command) => command.name) };
}
