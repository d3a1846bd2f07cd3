import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Counterpoint, Speaker } from '../../../src/index.js';
import { answerMessage, noMentions } from '../answer-message.js';
import { echoUserText } from '../escape-text.js';
import { sendAnswer } from '../send-answer.js';
import { shortenAtWord } from '../shorten-text.js';
import type { Command } from './command.js';
import { MAX_CHOICES, MAX_CHOICE_LENGTH } from './topic-option.js';

/**
 * `/speaker name:`: what one person or organization said, beside the other sides. Names autocomplete from
 * the corpus with the core's `suggestSpeakers`, in memory, well inside Discord's 3-second window.
 */
export const speakerCommand: Command = {
  data: new SlashCommandBuilder()
    .setName('speaker')
    .setDescription('What one person or organization in the articles said.')
    .addStringOption((option) =>
      option
        .setName('name')
        .setDescription('Start typing a name and pick from the list.')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(200),
    ),

  async autocomplete(interaction, { engine }) {
    const typed = interaction.options.getFocused();
    const choices = engine
      .suggestSpeakers(typed, MAX_CHOICES)
      .filter((speaker) => speaker.id.length <= MAX_CHOICE_LENGTH)
      .slice(0, MAX_CHOICES)
      .map((speaker) => ({
        name: shortenAtWord(speaker.role ? `${speaker.name} — ${speaker.role}` : speaker.name, MAX_CHOICE_LENGTH),
        value: speaker.id,
      }));
    await interaction.respond(choices);
  },

  async execute(interaction, { engine }) {
    const value = interaction.options.getString('name', true);
    const speaker = resolveSpeaker(engine, value);
    if (!speaker) {
      await interaction.reply({
        content: `I don't know anyone called “${echoUserText(value, 100)}” in these articles. Start typing a name and pick one of the suggestions.`,
        flags: MessageFlags.Ephemeral,
        allowedMentions: noMentions(),
      });
      return;
    }
    // Route to a topic the speaker is quoted on: with no words to go by, the core would take the first topic.
    const topicId = engine.corpus.quotes.find(
      (quote) => quote.speaker === speaker.id || engine.corpus.speakerById.get(quote.speaker)?.organization === speaker.id,
    )?.topic;
    const options = topicId ? { speakerIds: [speaker.id], topicId } : { speakerIds: [speaker.id] };
    await sendAnswer(interaction, { ephemeral: false }, () => answerMessage(engine.ask('', options), engine, `/speaker ${speaker.name}`));
  },
};

/** The speaker an option names: the id autocomplete sends, or a name typed without picking (best match). */
function resolveSpeaker(engine: Counterpoint, value: string): Speaker | undefined {
  const byId = engine.corpus.speakerById.get(value);
  if (byId) return byId;
  if (value.trim() === '') return undefined;
  const best = engine.suggestSpeakers(value, 1)[0];
  return best ? engine.corpus.speakerById.get(best.id) : undefined;
}
