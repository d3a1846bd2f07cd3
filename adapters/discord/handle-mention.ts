import type { Message } from 'discord.js';
import { answerMessage, noMentions } from './answer-message.js';
import type { BotLog } from './bot-log.js';
import type { BotContext } from './commands/command.js';
import { errorMessage } from './handle-interaction.js';

/**
 * Answers a message that mentions the bot ("@counterpoint what do critics say?") like `/ask`, replying to it.
 *
 * This needs only the `Guilds` and `GuildMessages` intents: Discord leaves out message content for apps
 * without the privileged Message Content intent, except in messages that mention the app. Only a direct
 * mention of the bot counts (not `@everyone`, `@here` or a role), so the bot never answers a room-wide ping.
 * Mentions count against the same per-user and per-channel limits as commands. Errors are caught here, once,
 * and answered with a kind reply.
 */
export function createMentionHandler(context: BotContext, log: BotLog): (message: Message) => Promise<void> {
  return async (message) => {
    const me = message.client.user;
    if (message.author.bot || message.webhookId !== null || !message.mentions.users.has(me.id)) return;
    // Over the limit, a mention gets no reply: a public apology per message would itself flood the channel.
    if (!context.limits.take(message.author.id, message.channelId, Date.now()).allowed) {
      log.info('A mention was over the rate limit and left unanswered.');
      return;
    }
    try {
      const question = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').trim();
      if (question === '') {
        await message.reply({
          content: 'Ask me a question after the mention, e.g. “what do critics say?”, or type `/help`.',
          allowedMentions: noMentions(),
        });
        return;
      }
      await message.reply(answerMessage(context.engine.ask(question), context.engine, question));
    } catch (error) {
      log.error(`Could not answer a mention: ${errorMessage(error)}`);
      await message
        .reply({ content: 'Sorry, something went wrong while answering that. Please try again in a moment.', allowedMentions: noMentions() })
        .catch((reason: unknown) => log.error(`Could not apologize for a mention: ${errorMessage(reason)}`));
    }
  };
}
