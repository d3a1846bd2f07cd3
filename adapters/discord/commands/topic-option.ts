import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { fold, type Corpus, type Topic } from '../../../src/index.js';
import { shortenAtWord } from '../shorten-text.js';

/** Discord's limits for autocomplete and choices: 25 choices, names and values of 1 to 100 characters. */
export const MAX_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

/**
 * Topic choices for an autocompleted `topic:` option: topics whose question contains what was typed
 * (accent- and case-insensitive), at most 25, answered from memory. Autocomplete rather than fixed choices,
 * so that topics added to the corpus appear without deploying the commands again.
 */
export function topicChoices(corpus: Corpus, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const wanted = fold(typed).trim();
  return corpus.topics
    .filter((topic) => topic.id.length <= MAX_CHOICE_LENGTH && (wanted === '' || fold(topic.question).includes(wanted)))
    .slice(0, MAX_CHOICES)
    .map((topic) => ({ name: shortenAtWord(topic.question, MAX_CHOICE_LENGTH), value: topic.id }));
}

/**
 * The topic an option value names: its id (what autocomplete sends), or a question typed in full. Null when
 * nothing matches, so the command can say so; undefined input means "not given".
 */
export function resolveTopic(corpus: Corpus, value: string | null): Topic | null | undefined {
  if (value === null || value.trim() === '') return undefined;
  const byId = corpus.topicById.get(value);
  if (byId) return byId;
  const wanted = fold(value).trim();
  return corpus.topics.find((topic) => fold(topic.question).trim() === wanted) ?? null;
}

/** Case- and accent-insensitive form for matching what someone typed. */
