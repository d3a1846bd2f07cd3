import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { AnswerMessage } from './answer-message.js';

/**
 * Sends an answer to a command or button. It defers first: the core is synchronous, and while it works (or
 * while other interactions queue before it on a busy shard) nothing could answer Discord's 3-second window;
 * a deferred interaction has 15 minutes. Ephemeral answers are seen only by whoever asked.
 */
export async function sendAnswer(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  options: { readonly ephemeral: boolean },
  compose: () => AnswerMessage,
): Promise<void> {
  await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply(compose());
}
