import type { APIEmbed } from 'discord.js';
import type { Corpus } from '../../src/index.js';
import { escapeDiscordText } from './escape-text.js';
import { footerText } from './render-embeds.js';
import { shortenEscaped } from './shorten-text.js';
import { NEUTRAL_COLOR } from './side-colors.js';

/**
 * What students can type, what the corpus is about, and how answers are balanced. The topics come from the
 * corpus, so the help is right for whatever debate the class is studying.
 */
export function renderHelpEmbed(corpus: Corpus): APIEmbed {
  const topics = corpus.topics
    .slice(0, 10)
    .map((topic) => `• ${shortenEscaped(topic.question, 200, escapeDiscordText)}`)
    .join('\n');
  const description = [
    'I answer questions about a debate with quotes from the people in the news articles, in their own words, and I always show the other side beside the one you ask about.',
    `**What the articles debate**\n${topics}`,
    [
      '**What you can type**',
      '`/ask question:` ask anything, e.g. *what do critics say?* Add `private: True` to see the answer alone.',
      '`/side side:` hear one side first (the others are shown beside it).',
      '`/speaker name:` what one person or group said; start typing a name to pick it.',
      '`/sources` the articles the quotes come from.',
      'Or mention me with your question in a channel I can read.',
    ].join('\n'),
    '**Reading an answer**\nText “in quotation marks” is exactly what the speaker said. *(paraphrase)* means the article reports what they said in its own words. A ` …` marks words left out. *unreviewed* quotes have not been checked by a person yet.',
  ].join('\n\n');
  return {
    title: 'How to use counterpoint',
    description,
    color: NEUTRAL_COLOR,
    footer: { text: footerText(corpus.name) },
  };
}
