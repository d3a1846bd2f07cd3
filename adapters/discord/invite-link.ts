import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/** The OAuth2 scopes a server adds the bot with: the bot user, and its slash commands. Nothing else. */
export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

/**
 * The least the bot needs in a channel, to answer mentions there (slash commands and buttons need no
 * permission; Discord delivers their answers through the interaction):
 * - View Channels: to receive a mention at all;
 * - Send Messages, and Send Messages in Threads for classes that debate in threads: to answer it;
 * - Embed Links: without it Discord hides a bot's embeds, and answers are embeds;
 * - Read Message History: Discord requires it to send a message as a reply to another.
 */
export const INVITE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/** The link a teacher opens to add the bot to a server they manage. */
export function inviteUrl(appId: string): string {
  const query = new URLSearchParams({
    client_id: appId,
    scope: INVITE_SCOPES.join(' '),
    permissions: INVITE_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${query.toString()}`;
}
