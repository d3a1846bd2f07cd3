import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../../src/index.js';
import { answerMessage } from '../answer-message.js';
import { sendAnswer } from '../send-answer.js';
import type { Command } from './command.js';

/** `/ask question: [private:]`: the main command; any question about the debate. */
export const askCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about the debate; you get quotes from every side.')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('For example: what do critics say? or what did parents say about safety?')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((option) => option.setName('private').setDescription('Show the answer to you only.')),

  async execute(interaction, { engine }) {
    const question = interaction.options.getString('question', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    await sendAnswer(interaction, { ephemeral }, () => answerMessage(engine.ask(question), engine, question));
  },
};
