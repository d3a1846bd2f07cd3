import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { answerMessage, noMentions } from './answer-message.js';
import { decodeButtonId } from './button-ids.js';
import type { BotContext } from './commands/command.js';
import { renderSourcesEmbed } from './render-sources.js';
import { sendAnswer } from './send-answer.js';

const ASKED = { more: 'More', other: 'The other side' } as const;

/**
 * Answers a press on "Other side", "More" or "Sources" from the state in its `custom_id` alone, so buttons
 * work after a restart and on any shard. The answer is a new reply (the original stays as it was), private
 * when the original answer was.
 */
export async function handleButton(interaction: ButtonInteraction, { engine }: BotContext): Promise<void> {
  const action = decodeButtonId(interaction.customId);
  if (action === null) {
    await interaction.reply({
      content: "That button isn't one of mine any more. Please ask your question again.",
      flags: MessageFlags.Ephemeral,
      allowedMentions: noMentions(),
    });
    return;
  }
  if (action.kind === 'sources') {
    const topicId = action.topicId && engine.corpus.topicById.has(action.topicId) ? action.topicId : undefined;
    await interaction.reply({
      embeds: [renderSourcesEmbed(engine.sources(topicId), engine.corpus.name)],
      flags: MessageFlags.Ephemeral,
      allowedMentions: noMentions(),
    });
    return;
  }
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  await sendAnswer(interaction, { ephemeral }, () => answerMessage(engine.followUp(action.token), engine, ASKED[action.kind]));
}
