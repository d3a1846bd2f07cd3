import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { SIDES, SideSchema, type Corpus, type Side } from '../../../src/index.js';
import { answerMessage, noMentions } from '../answer-message.js';
import { echoUserText } from '../escape-text.js';
import { sendAnswer } from '../send-answer.js';
import { shortenAtWord } from '../shorten-text.js';
import type { Command } from './command.js';
import { MAX_CHOICE_LENGTH, resolveTopic, topicChoices } from './topic-option.js';

/**
 * `/side side: [topic:]`: one side's quotes first, the others beside them as always. The choices are the
 * three sides with the corpus's own labels (those of its only topic; generic words when there are several
 * topics, whose labels differ), so this command is built from the corpus and redeployed when labels change.
 */
export function sideCommand(corpus: Corpus): Command {
  const only = corpus.topics.length === 1 ? corpus.topics[0] : undefined;
  const generic: Record<Side, string> = { for: 'For (yes)', against: 'Against (no)', mixed: 'Undecided or both ways' };
  const choices = SIDES.map((side) => ({
    name: shortenAtWord(only ? only.sides[side].label : generic[side], MAX_CHOICE_LENGTH),
    value: side,
  }));
  return {
    data: new SlashCommandBuilder()
      .setName('side')
      .setDescription("Hear one side of the debate first; the other sides are shown beside it.")
      .addStringOption((option) =>
        option.setName('side').setDescription('Which side to hear first.').setRequired(true).addChoices(...choices),
      )
      .addStringOption((option) =>
        option.setName('topic').setDescription('Which debate (when there are several).').setAutocomplete(true),
      ),

    async autocomplete(interaction, { engine }) {
      await interaction.respond(topicChoices(engine.corpus, interaction.options.getFocused()));
    },

    async execute(interaction, { engine }) {
      const side = SideSchema.safeParse(interaction.options.getString('side', true));
      const topicValue = interaction.options.getString('topic');
      const topic = resolveTopic(engine.corpus, topicValue);
      if (!side.success || topic === null) {
        const what = side.success ? `a topic called “${echoUserText(topicValue ?? '', 100)}”` : 'that side';
        await interaction.reply({
          content: `I don't know ${what}. Pick one of the suggestions as you type.`,
          flags: MessageFlags.Ephemeral,
          allowedMentions: noMentions(),
        });
        return;
      }
      const chosen = topic ?? engine.corpus.topics[0];
      const label = chosen?.sides[side.data].label ?? side.data;
      // The topic's own question carries its keywords, so the core routes and ranks as for a real question.
      const question = chosen?.question ?? '';
      const options = chosen ? { side: side.data, topicId: chosen.id } : { side: side.data };
      await sendAnswer(interaction, { ephemeral: false }, () =>
        answerMessage(engine.ask(question, options), engine, `/side ${label}`),
      );
    },
  };
}
