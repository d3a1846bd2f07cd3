import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { noMentions } from '../answer-message.js';
import { renderHelpEmbed } from '../render-help.js';
import type { Command } from './command.js';

/** `/help`: what to type and how to read an answer; shown only to whoever asked. */
export const helpCommand: Command = {
  data: new SlashCommandBuilder().setName('help').setDescription('What you can ask and how answers are balanced.'),

  async execute(interaction, { engine }) {
    await interaction.reply({
      embeds: [renderHelpEmbed(engine.corpus)],
      flags: MessageFlags.Ephemeral,
      allowedMentions: noMentions(),
    });
  },
};
