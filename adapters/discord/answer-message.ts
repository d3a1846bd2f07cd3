import type { APIActionRowComponent, APIButtonComponent, APIEmbed, MessageMentionOptions } from 'discord.js';
import type { Answer, Counterpoint } from '../../src/index.js';
import { renderAnswerButtons } from './render-buttons.js';
import { renderAnswerEmbeds } from './render-embeds.js';

/**
 * No pings, ever: set on the client and again on every message we send, so that neither a student's
 * `@everyone` nor a name in a quote can notify anyone. A fresh object each time, since discord.js keeps
 * references to the options it is given.
 */
export function noMentions(): MessageMentionOptions {
  return { parse: [], repliedUser: false };
}

/** A message body with an answer: embeds, buttons and the no-ping rule. */
export interface AnswerMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: MessageMentionOptions;
}

/**
 * The whole message for an answer. `asked` is what the reader typed, echoed (escaped) in the first embed,
 * when it differs from the question the core answered (e.g. a `/side` choice).
 */
export function answerMessage(answer: Answer, engine: Counterpoint, asked?: string): AnswerMessage {
  return {
    embeds: renderAnswerEmbeds(answer, asked === undefined ? { corpusName: engine.corpus.name } : { corpusName: engine.corpus.name, asked }),
    components: renderAnswerButtons(answer),
    allowedMentions: noMentions(),
  };
}
