import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { noMentions } from '../answer-message.js';
import { renderSourcesEmbed } from '../render-sources.js';
import type { Command } from './command.js';
import { resolveTopic, topicChoices } from './topic-option.js';

/** `/sources [topic:]`: the articles the quotes come from, with links; shown only to whoever asked. */
export const sourcesCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('The news articles the quotes come from.')
    .addStringOption((option) =>
      option.setName('topic').setDescription('Only the articles on this debate.').setAutocomplete(true),
    ),

  async autocomplete(interaction, { engine }) {
    await interaction.respond(topicChoices(engine.corpus, interaction.options.getFocused()));
  },

  async execute(interaction, { engine }) {
    const topic = resolveTopic(engine.corpus, interaction.options.getString('topic'));
    await interaction.reply({
      embeds: [renderSourcesEmbed(engine.sources(topic?.id), engine.corpus.name)],
      flags: MessageFlags.Ephemeral,
      allowedMentions: noMentions(),
    });
  },
};
