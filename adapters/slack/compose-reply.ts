import type { Counterpoint } from '../../src/index.js';
import type { AnswerRequest } from './actions.js';
import type { SlackMessage } from './block-kit.js';
import { renderAnswer } from './render-blocks.js';
import { renderSources } from './render-sources.js';

/** Where a reply goes, which decides its buttons. */
export interface ReplyContext {
  /** Only the asker sees it, so it offers "Share in channel". */
  readonly ephemeral: boolean;
  /** Set when the reply is someone's share into the channel. */
  readonly sharedBy?: string | null;
}

/**
 * Answers a request with the core and renders it for Slack. The one place requests meet the core, so every
 * listener (command, mention, message, shortcut, button) answers the same way.
 */
export function composeReply(core: Counterpoint, request: AnswerRequest, context: ReplyContext): SlackMessage {
  const options = { share: context.ephemeral ? request : null, sharedBy: context.sharedBy ?? null };
  switch (request.kind) {
    case 'ask':
      return renderAnswer(core.ask(request.question), options);
    case 'followUp':
      return renderAnswer(core.followUp(request.token), options);
    case 'sources':
      return renderSources(core.sources(request.topic ?? undefined), options);
  }
}
