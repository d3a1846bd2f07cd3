import type { RespondArguments, SayArguments } from '@slack/bolt';
import type { SlackMessage } from './block-kit.js';

/**
 * The message arguments for Bolt's `respond` and `say`. Link unfurling is off: an answer cites up to a dozen
 * articles, and a dozen previews would bury the quotes.
 */
export function asResponse(message: SlackMessage, responseType: 'ephemeral' | 'in_channel'): RespondArguments {
  return { response_type: responseType, replace_original: false, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false };
}

/** A `say` message, in the thread `threadTs` names when given. */
export function asPost(message: SlackMessage, threadTs?: string): SayArguments {
  return {
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
  };
}
