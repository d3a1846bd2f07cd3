import type { App } from '@slack/bolt';
import { composeReply } from '../compose-reply.js';
import { guarded } from '../guarded.js';
import { questionFromMention } from '../incoming-text.js';
import { isDirectChannel, MentionEventSchema } from '../payloads.js';
import { asPost } from '../send.js';
import type { ListenerDeps } from './deps.js';

/**
 * `@counterpoint what do critics say?` in a channel: answered in the message's thread (or the thread it is
 * already in), so a newsroom channel stays readable.
 */
export function listenAppMention(app: App, { core, throttle }: ListenerDeps): void {
  app.event('app_mention', async ({ event, say, context, logger, client }) => {
    const parsed = MentionEventSchema.safeParse(event);
    if (!parsed.success) {
      logger.warn(`counterpoint: ignored an app_mention without ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
      return;
    }
    const mention = parsed.data;
    // A mention inside a direct message is also a message there, which the direct-message listener answers.
    if (isDirectChannel(mention.channel)) return;
    const threadTs = mention.thread_ts ?? mention.ts;
    await guarded(
      logger,
      'an app_mention',
      async () => {
        const refusal = throttle.refusal({ team: context.teamId, user: mention.user ?? 'unknown', channel: mention.channel });
        if (refusal !== null) {
          // Only the asker needs to know; the thread stays clean.
          if (mention.user !== undefined) await client.chat.postEphemeral({ channel: mention.channel, user: mention.user, thread_ts: threadTs, text: refusal });
          return;
        }
        const question = questionFromMention(mention.text, context.botUserId);
        await say(asPost(composeReply(core, { kind: 'ask', question }, { ephemeral: false }), threadTs));
      },
      (failure) => say({ text: failure, thread_ts: threadTs }),
    );
  });
}
